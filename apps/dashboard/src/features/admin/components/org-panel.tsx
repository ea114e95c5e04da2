import type { OrgNodeDto, OrgNodeLevel, UnitDto, UnitKind } from '@nianbao/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

import { ErrorState, LoadingState } from '../../../components/states';
import {
  adminKeys,
  createOrgNode,
  createUnit,
  importUnits,
  listOrgNodes,
  listUnits,
  updateOrgNode,
  updateUnit,
} from '../api/admin-api';
import { UNIT_KINDS, useAdminT } from '../admin-messages';
import { useLang } from '../../../lib/i18n';
import { AdminError } from './admin-error';
import { FormField } from './form-field';

const LEVELS: OrgNodeLevel[] = ['province', 'city', 'district', 'other'];

function useKindLabel(): (kind: UnitKind) => string {
  const { lang } = useLang();
  return (kind) => {
    const k = UNIT_KINDS.find((x) => x.kind === kind);
    return k ? (lang === 'en' ? k.en : k.zh) : kind;
  };
}

function InlineRename({
  value,
  label,
  onSave,
}: {
  value: string;
  label: string;
  onSave: (name: string) => Promise<unknown>;
}) {
  const t = useAdminT();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(value);
  const [error, setError] = useState<unknown>(null);
  if (!editing)
    return (
      <button
        type="button"
        className="link"
        onClick={() => setEditing(true)}
        aria-label={`${t('org.rename')} ${value}`}
      >
        {t('org.rename')}
      </button>
    );
  return (
    <form
      className="adm-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(name.trim()).then(
          () => setEditing(false),
          (err: unknown) => setError(err),
        );
      }}
    >
      <FormField label={label} error={error} path="name">
        <input value={name} onChange={(e) => setName(e.target.value)} autoFocus />
      </FormField>
      <button type="submit">{t('org.save')}</button>
      <button type="button" onClick={() => setEditing(false)}>
        {t('org.cancel')}
      </button>
      <AdminError error={error} fields={['name']} />
    </form>
  );
}

function MoveSelect({
  current,
  options,
  label,
  allowNone,
  onMove,
}: {
  current: string | null;
  options: OrgNodeDto[];
  label: string;
  allowNone?: boolean;
  onMove: (id: string | null) => void;
}) {
  const t = useAdminT();
  return (
    <label className="small">
      {t('org.move')}{' '}
      <select aria-label={label} value={current ?? ''} onChange={(e) => onMove(e.target.value || null)}>
        {allowNone && <option value="">{t('org.none')}</option>}
        {options.map((n) => (
          <option key={n.id} value={n.id}>
            {n.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Organisation tree editor: nodes and their units; add, rename, move, deactivate; import a unit list. */
export function OrgPanel() {
  const t = useAdminT();
  const qc = useQueryClient();
  const nodes = useQuery({ queryKey: adminKeys.nodes(), queryFn: listOrgNodes });
  const units = useQuery({ queryKey: adminKeys.units(), queryFn: listUnits });
  const [rowError, setRowError] = useState<unknown>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: adminKeys.all });

  const nodeUpdate = useMutation({
    mutationFn: (v: { id: string; body: Parameters<typeof updateOrgNode>[1] }) => updateOrgNode(v.id, v.body),
    onSuccess: refresh,
    onError: setRowError,
  });
  const unitUpdate = useMutation({
    mutationFn: (v: { id: string; body: Parameters<typeof updateUnit>[1] }) => updateUnit(v.id, v.body),
    onSuccess: refresh,
    onError: setRowError,
  });

  if (nodes.isPending || units.isPending) return <LoadingState />;
  if (nodes.isError) return <ErrorState error={nodes.error} onRetry={() => void nodes.refetch()} />;
  if (units.isError) return <ErrorState error={units.error} onRetry={() => void units.refetch()} />;

  const allNodes = nodes.data;
  const childrenOf = (parentId: string | null) => allNodes.filter((n) => n.parentId === parentId);
  const roots = allNodes.filter((n) => !n.parentId || !allNodes.some((p) => p.id === n.parentId));

  const renderNode = (node: OrgNodeDto) => {
    const nodeUnits = units.data.filter((u) => u.orgNodeId === node.id);
    return (
      <li key={node.id}>
        <div className="adm-row">
          <span className="adm-name">{node.name}</span>
          <span className="small muted">
            {node.code} · {t(`level.${node.level}`)} · {t('org.units', { count: nodeUnits.length })}
          </span>
          <InlineRename
            value={node.name}
            label={t('org.name')}
            onSave={(name) => nodeUpdate.mutateAsync({ id: node.id, body: { name } })}
          />
          <MoveSelect
            current={node.parentId}
            allowNone
            label={`${t('org.move')} ${node.name}`}
            options={allNodes.filter((n) => n.id !== node.id && !n.path.startsWith(node.path))}
            onMove={(parentId) => nodeUpdate.mutate({ id: node.id, body: { parentId } })}
          />
        </div>
        <ul className="adm-tree">
          {nodeUnits.map((u) => (
            <UnitRow
              key={u.id}
              unit={u}
              nodes={allNodes}
              onUpdate={(body) => unitUpdate.mutateAsync({ id: u.id, body })}
            />
          ))}
          {childrenOf(node.id).map(renderNode)}
        </ul>
      </li>
    );
  };

  return (
    <div className="page">
      <AdminError error={rowError} />
      <div className="grid-2">
        <NewNodeForm nodes={allNodes} onDone={refresh} />
        <NewUnitForm nodes={allNodes} onDone={refresh} />
      </div>
      <ImportForm onDone={refresh} />
      <section className="panel">
        <ul className="adm-tree" aria-label={t('tab.org')}>
          {roots.map(renderNode)}
        </ul>
      </section>
    </div>
  );
}

function UnitRow({
  unit,
  nodes,
  onUpdate,
}: {
  unit: UnitDto;
  nodes: OrgNodeDto[];
  onUpdate: (body: Parameters<typeof updateUnit>[1]) => Promise<unknown>;
}) {
  const t = useAdminT();
  const kindLabel = useKindLabel();
  return (
    <li>
      <div className="adm-row" data-unit={unit.name}>
        <span className={unit.isActive ? 'adm-unit' : 'adm-unit inactive'}>{unit.name}</span>
        <span className="small muted">
          {unit.code} · {kindLabel(unit.kind)}
          {!unit.isActive && ` · ${t('org.inactive')}`}
        </span>
        <InlineRename value={unit.name} label={t('org.name')} onSave={(name) => onUpdate({ name })} />
        <MoveSelect
          current={unit.orgNodeId}
          label={`${t('org.move')} ${unit.name}`}
          options={nodes}
          onMove={(orgNodeId) => orgNodeId && void onUpdate({ orgNodeId })}
        />
        <button type="button" className="link" onClick={() => void onUpdate({ isActive: !unit.isActive })}>
          {unit.isActive ? t('org.deactivate') : t('org.activate')}
        </button>
      </div>
    </li>
  );
}

function NewNodeForm({ nodes, onDone }: { nodes: OrgNodeDto[]; onDone: () => void }) {
  const t = useAdminT();
  const [parentId, setParentId] = useState('');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [level, setLevel] = useState<OrgNodeLevel>('district');
  const create = useMutation({
    mutationFn: () =>
      createOrgNode({ parentId: parentId || null, code: code.trim(), name: name.trim(), level }),
    onSuccess: () => {
      setCode('');
      setName('');
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <section className="panel" aria-label={t('org.addNode')}>
      <h2>{t('org.addNode')}</h2>
      <form className="adm-form" onSubmit={submit}>
        <FormField label={t('org.parent')} error={create.error} path="parentId">
          <select value={parentId} onChange={(e) => setParentId(e.target.value)}>
            <option value="">{t('org.none')}</option>
            {nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('org.code')} error={create.error} path="code">
          <input value={code} onChange={(e) => setCode(e.target.value)} required />
        </FormField>
        <FormField label={t('org.name')} error={create.error} path="name">
          <input value={name} onChange={(e) => setName(e.target.value)} required />
        </FormField>
        <FormField label={t('org.level')} error={create.error} path="level">
          <select value={level} onChange={(e) => setLevel(e.target.value as OrgNodeLevel)}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`level.${l}`)}
              </option>
            ))}
          </select>
        </FormField>
        <button type="submit" disabled={create.isPending}>
          {t('org.create')}
        </button>
      </form>
      <AdminError error={create.error} fields={NODE_FIELDS} />
    </section>
  );
}

const NODE_FIELDS = ['parentId', 'code', 'name', 'level'];
const UNIT_FIELDS = ['orgNodeId', 'code', 'name', 'kind', 'reportsFromYear'];

function NewUnitForm({ nodes, onDone }: { nodes: OrgNodeDto[]; onDone: () => void }) {
  const t = useAdminT();
  const kindLabel = useKindLabel();
  const [orgNodeId, setOrgNodeId] = useState(
    nodes.find((n) => n.level === 'district')?.id ?? nodes[0]?.id ?? '',
  );
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<UnitKind>('department');
  const [fromYear, setFromYear] = useState(String(new Date().getFullYear() - 1));
  const [created, setCreated] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () =>
      createUnit({
        orgNodeId,
        code: code.trim(),
        name: name.trim(),
        kind,
        reportsFromYear: Number(fromYear),
      }),
    onSuccess: (u) => {
      setCreated(u.name);
      setCode('');
      setName('');
      onDone();
    },
  });
  return (
    <section className="panel" aria-label={t('org.addUnit')}>
      <h2>{t('org.addUnit')}</h2>
      <form
        className="adm-form"
        onSubmit={(e) => {
          e.preventDefault();
          setCreated(null);
          create.mutate();
        }}
      >
        <FormField label={t('org.node')} error={create.error} path="orgNodeId">
          <select value={orgNodeId} onChange={(e) => setOrgNodeId(e.target.value)}>
            {nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('org.code')} error={create.error} path="code">
          <input value={code} onChange={(e) => setCode(e.target.value)} required />
        </FormField>
        <FormField label={t('org.name')} error={create.error} path="name">
          <input value={name} onChange={(e) => setName(e.target.value)} required />
        </FormField>
        <FormField label={t('org.kind')} error={create.error} path="kind">
          <select value={kind} onChange={(e) => setKind(e.target.value as UnitKind)}>
            {UNIT_KINDS.map(({ kind: k }) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('org.fromYear')} error={create.error} path="reportsFromYear">
          <input
            value={fromYear}
            onChange={(e) => setFromYear(e.target.value)}
            inputMode="numeric"
            size={6}
          />
        </FormField>
        <button type="submit" disabled={create.isPending}>
          {t('org.create')}
        </button>
      </form>
      <AdminError error={create.error} fields={UNIT_FIELDS} />
      {created && (
        <p className="adm-ok" role="status">
          {created}
        </p>
      )}
    </section>
  );
}

function ImportForm({ onDone }: { onDone: () => void }) {
  const t = useAdminT();
  const run = useMutation({ mutationFn: importUnits, onSuccess: onDone });
  return (
    <section className="panel" aria-label={t('org.import')}>
      <label>
        {t('org.import')}{' '}
        <input
          type="file"
          accept=".xlsx,.csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) run.mutate(file);
            e.target.value = '';
          }}
        />
      </label>
      <p className="small muted">{t('org.importHint')}</p>
      <AdminError error={run.error} />
      {run.data && (
        <p className="adm-ok" role="status">
          {t('org.imported', { created: run.data.created, updated: run.data.updated })}
        </p>
      )}
    </section>
  );
}
