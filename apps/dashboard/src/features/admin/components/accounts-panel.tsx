import type { AccountDto, OrgNodeDto, UnitDto, UserRole } from '@nianbao/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { ErrorState, LoadingState } from '../../../components/states';
import {
  adminKeys,
  createAccount,
  listAccounts,
  listOrgNodes,
  listUnits,
  resetPassword,
  updateAccount,
} from '../api/admin-api';
import { useAdminT } from '../admin-messages';
import { AdminError } from './admin-error';
import { FormField } from './form-field';

const ROLES: UserRole[] = ['reporter', 'supervisor', 'admin'];

/** The scope a role needs: a unit for a reporter, an organisation node for a supervisor, none for an admin. */
function ScopeSelect({
  role,
  value,
  onChange,
  nodes,
  units,
  label,
  error,
}: {
  role: UserRole;
  value: string;
  onChange: (id: string) => void;
  nodes: OrgNodeDto[];
  units: UnitDto[];
  label: string;
  error: unknown;
}) {
  if (role === 'admin') return null;
  const options = role === 'reporter' ? units.filter((u) => u.isActive) : nodes;
  return (
    <FormField label={label} error={error} path={SCOPE_PATHS}>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">—</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </FormField>
  );
}

const SCOPE_PATHS = ['orgNodeId', 'unitId'];

function RoleSelect({
  value,
  onChange,
  error,
}: {
  value: UserRole;
  onChange: (r: UserRole) => void;
  error: unknown;
}) {
  const t = useAdminT();
  return (
    <FormField label={t('acc.role')} error={error} path="role">
      <select value={value} onChange={(e) => onChange(e.target.value as UserRole)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`role.${r}`)}
          </option>
        ))}
      </select>
    </FormField>
  );
}

function scopeBody(role: UserRole, scopeId: string) {
  return {
    role,
    orgNodeId: role === 'supervisor' ? scopeId || null : null,
    unitId: role === 'reporter' ? scopeId || null : null,
  };
}

function AccountRow({
  account,
  nodes,
  units,
}: {
  account: AccountDto;
  nodes: OrgNodeDto[];
  units: UnitDto[];
}) {
  const t = useAdminT();
  const qc = useQueryClient();
  const [mode, setMode] = useState<'none' | 'password' | 'scope'>('none');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<UserRole>(account.role);
  const [scopeId, setScopeId] = useState(account.unitId ?? account.orgNodeId ?? '');
  const [done, setDone] = useState<string | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: adminKeys.accounts() });
  const update = useMutation({
    mutationFn: (body: Parameters<typeof updateAccount>[1]) => updateAccount(account.id, body),
    onSuccess: () => {
      setMode('none');
      void refresh();
    },
  });
  const reset = useMutation({
    mutationFn: () => resetPassword(account.id, password),
    onSuccess: () => {
      setMode('none');
      setPassword('');
      setDone(t('acc.passwordReset'));
    },
  });
  const scopeName =
    (account.unitId && units.find((u) => u.id === account.unitId)?.name) ||
    (account.orgNodeId && nodes.find((n) => n.id === account.orgNodeId)?.name) ||
    '—';
  return (
    <tr data-username={account.username}>
      <td>{account.username}</td>
      <td>{account.displayName}</td>
      <td>{t(`role.${account.role}`)}</td>
      <td>{scopeName}</td>
      <td>
        {account.lockedUntil ? t('acc.locked') : account.isActive ? t('acc.active') : t('acc.disabled')}
      </td>
      <td>
        <div className="adm-row">
          <button
            type="button"
            className="link"
            onClick={() => update.mutate({ isActive: !account.isActive })}
          >
            {account.isActive ? t('acc.disable') : t('acc.enable')}
          </button>
          <button
            type="button"
            className="link"
            onClick={() => setMode(mode === 'password' ? 'none' : 'password')}
          >
            {t('acc.resetPassword')}
          </button>
          <button type="button" className="link" onClick={() => setMode(mode === 'scope' ? 'none' : 'scope')}>
            {t('acc.changeScope')}
          </button>
        </div>
        {mode === 'password' && (
          <form
            className="adm-form"
            onSubmit={(e) => {
              e.preventDefault();
              reset.mutate();
            }}
          >
            <FormField label={t('acc.newPassword')} error={reset.error} path="newPassword">
              <input
                type="password"
                autoComplete="new-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            </FormField>
            <button type="submit">{t('org.save')}</button>
          </form>
        )}
        {mode === 'scope' && (
          <form
            className="adm-form"
            onSubmit={(e) => {
              e.preventDefault();
              update.mutate(scopeBody(role, scopeId));
            }}
          >
            <RoleSelect value={role} onChange={setRole} error={update.error} />
            <ScopeSelect
              role={role}
              value={scopeId}
              onChange={setScopeId}
              nodes={nodes}
              units={units}
              label={t('acc.scope')}
              error={update.error}
            />
            <button type="submit">{t('org.save')}</button>
          </form>
        )}
        <AdminError error={update.error ?? reset.error} fields={['newPassword', 'role', SCOPE_PATHS]} />
        {done && (
          <span className="adm-ok" role="status">
            {done}
          </span>
        )}
      </td>
    </tr>
  );
}

function NewAccountForm({ nodes, units }: { nodes: OrgNodeDto[]; units: UnitDto[] }) {
  const t = useAdminT();
  const qc = useQueryClient();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<UserRole>('reporter');
  const [scopeId, setScopeId] = useState('');
  const create = useMutation({
    mutationFn: () =>
      createAccount({
        username: username.trim(),
        displayName: displayName.trim(),
        password,
        ...scopeBody(role, scopeId),
      }),
    onSuccess: () => {
      setPassword('');
      void qc.invalidateQueries({ queryKey: adminKeys.accounts() });
    },
  });
  return (
    <section className="panel" aria-label={t('acc.create')}>
      <h2>{t('acc.create')}</h2>
      <form
        className="adm-form"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <FormField label={t('acc.username')} error={create.error} path="username">
          <input value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" required />
        </FormField>
        <FormField label={t('acc.displayName')} error={create.error} path="displayName">
          <input value={displayName} onChange={(e) => setDisplayName(e.target.value)} required />
        </FormField>
        <FormField label={t('acc.password')} error={create.error} path="password">
          <input
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </FormField>
        <RoleSelect
          value={role}
          onChange={(r) => {
            setRole(r);
            setScopeId('');
          }}
          error={create.error}
        />
        <ScopeSelect
          role={role}
          value={scopeId}
          onChange={setScopeId}
          nodes={nodes}
          units={units}
          label={t('acc.scope')}
          error={create.error}
        />
        <button type="submit" disabled={create.isPending}>
          {t('org.create')}
        </button>
      </form>
      <AdminError
        error={create.error}
        fields={['username', 'displayName', 'password', 'role', SCOPE_PATHS]}
      />
      {create.data && (
        <p className="adm-ok" role="status">
          {t('acc.created', { username: create.data.username })}
        </p>
      )}
    </section>
  );
}

/** Accounts: create, reset password, set role and scope, disable. */
export function AccountsPanel() {
  const t = useAdminT();
  const accounts = useQuery({ queryKey: adminKeys.accounts(), queryFn: listAccounts });
  const nodes = useQuery({ queryKey: adminKeys.nodes(), queryFn: listOrgNodes });
  const units = useQuery({ queryKey: adminKeys.units(), queryFn: listUnits });
  if (accounts.isError) return <ErrorState error={accounts.error} onRetry={() => void accounts.refetch()} />;
  if (!accounts.data || !nodes.data || !units.data) return <LoadingState />;
  return (
    <div className="page">
      <NewAccountForm nodes={nodes.data} units={units.data} />
      <section className="panel">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('acc.username')}</th>
              <th scope="col">{t('acc.displayName')}</th>
              <th scope="col">{t('acc.role')}</th>
              <th scope="col">{t('acc.scope')}</th>
              <th scope="col">{t('acc.status')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {accounts.data.map((a) => (
              <AccountRow key={a.id} account={a} nodes={nodes.data} units={units.data} />
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
