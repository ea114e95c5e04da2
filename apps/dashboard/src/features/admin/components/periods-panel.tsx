import type { ReportingPeriodDto, UnitKind } from '@nianbao/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { ErrorState, LoadingState } from '../../../components/states';
import { useLang } from '../../../lib/i18n';
import { adminKeys, createPeriod, listPeriods, updatePeriod } from '../api/admin-api';
import { UNIT_KINDS, useAdminT } from '../admin-messages';
import { AdminError } from './admin-error';
import { FormField } from './form-field';

function PeriodRow({ period }: { period: ReportingPeriodDto }) {
  const t = useAdminT();
  const { lang } = useLang();
  const qc = useQueryClient();
  const [statutory, setStatutory] = useState(period.statutoryDeadline);
  const [internal, setInternal] = useState<Partial<Record<UnitKind, string>>>(period.internalDeadlines);
  const save = useMutation({
    mutationFn: (body: Parameters<typeof updatePeriod>[1]) => updatePeriod(period.year, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: adminKeys.periods() }),
  });
  const cleanInternal = Object.fromEntries(Object.entries(internal).filter(([, v]) => v));
  return (
    <tr data-year={period.year}>
      <th scope="row">{period.year}</th>
      <td>
        {/* The column header labels it; the aria-label names the year too. */}
        <FormField label={null} error={save.error} path="statutoryDeadline">
          <input
            type="date"
            aria-label={`${period.year} ${t('per.statutory')}`}
            value={statutory}
            onChange={(e) => setStatutory(e.target.value)}
          />
        </FormField>
      </td>
      <td>
        <div className="adm-form">
          {UNIT_KINDS.map((k) => (
            <FormField
              key={k.kind}
              label={lang === 'en' ? k.en : k.zh}
              error={save.error}
              path={`internalDeadlines.${k.kind}`}
            >
              <input
                type="date"
                value={internal[k.kind] ?? ''}
                onChange={(e) => setInternal((v) => ({ ...v, [k.kind]: e.target.value }))}
              />
            </FormField>
          ))}
        </div>
      </td>
      <td>
        <span className={period.isOpen ? 'chip chip-accepted' : 'chip'}>
          {period.isOpen ? t('per.open') : t('per.closed')}
        </span>{' '}
        <button type="button" className="link" onClick={() => save.mutate({ isOpen: !period.isOpen })}>
          {period.isOpen ? t('per.closeIt') : t('per.openIt')}
        </button>
      </td>
      <td>
        <button
          type="button"
          onClick={() => save.mutate({ statutoryDeadline: statutory, internalDeadlines: cleanInternal })}
        >
          {t('org.save')}
        </button>
        {save.isSuccess && (
          <span className="adm-ok" role="status">
            {t('per.saved')}
          </span>
        )}
        <AdminError error={save.error} fields={['statutoryDeadline', 'internalDeadlines']} />
      </td>
    </tr>
  );
}

/** Reporting periods: open or close a year, its statutory deadline and internal deadlines per kind of unit. */
export function PeriodsPanel() {
  const t = useAdminT();
  const qc = useQueryClient();
  const periods = useQuery({ queryKey: adminKeys.periods(), queryFn: listPeriods });
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const create = useMutation({
    mutationFn: () => createPeriod({ year: Number(year), internalDeadlines: {}, isOpen: false }),
    onSuccess: () => qc.invalidateQueries({ queryKey: adminKeys.periods() }),
  });
  if (periods.isPending) return <LoadingState />;
  if (periods.isError) return <ErrorState error={periods.error} onRetry={() => void periods.refetch()} />;
  return (
    <div className="page">
      <section className="panel">
        <form
          className="adm-form"
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate();
          }}
        >
          <FormField label={t('per.year')} error={create.error} path="year">
            <input value={year} onChange={(e) => setYear(e.target.value)} inputMode="numeric" size={6} />
          </FormField>
          <button type="submit">{t('per.create')}</button>
        </form>
        <AdminError error={create.error} fields={['year']} />
      </section>
      <section className="panel table-scroll">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('per.year')}</th>
              <th scope="col">{t('per.statutory')}</th>
              <th scope="col">{t('per.internal')}</th>
              <th scope="col">{t('per.open')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {[...periods.data]
              .sort((a, b) => b.year - a.year)
              .map((p) => (
                <PeriodRow key={`${p.year}-${p.isOpen}-${p.statutoryDeadline}`} period={p} />
              ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
