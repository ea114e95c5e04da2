import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { ErrorState, LoadingState } from '../../../components/states';
import { formatDateTime } from '../../../lib/format';
import { adminKeys, searchAudit, type AuditSearch } from '../api/admin-api';
import { useAdminT } from '../admin-messages';
import { FormField } from './form-field';

/** The audit log, searchable by actor, action, entity type and date range; read-only. */
export function AuditPanel() {
  const t = useAdminT();
  const [form, setForm] = useState<Omit<AuditSearch, 'page'>>({});
  const [query, setQuery] = useState<AuditSearch>({ page: 1 });
  const audit = useQuery({ queryKey: adminKeys.audit(query), queryFn: () => searchAudit(query) });
  const field = (key: keyof Omit<AuditSearch, 'page'>, label: string, type = 'text') => (
    <FormField label={label} error={audit.error} path={key}>
      <input
        type={type}
        value={form[key] ?? ''}
        onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value || undefined }))}
      />
    </FormField>
  );
  return (
    <div className="page">
      <section className="panel">
        <form
          className="adm-form"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            setQuery({ ...form, page: 1 });
          }}
        >
          {field('actor', t('audit.actor'))}
          {field('action', t('audit.action'))}
          {field('entityType', t('audit.entityType'))}
          {field('from', t('audit.from'), 'date')}
          {field('to', t('audit.to'), 'date')}
          <button type="submit">{t('audit.search')}</button>
        </form>
      </section>
      {audit.isPending ? (
        <LoadingState />
      ) : audit.isError ? (
        <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <section className="panel">
          <div className="adm-row">
            <span className="muted">{t('audit.total', { total: audit.data.total })}</span>
            <button
              type="button"
              disabled={query.page <= 1}
              onClick={() => setQuery((q) => ({ ...q, page: q.page - 1 }))}
            >
              {t('audit.prev')}
            </button>
            <span>{query.page}</span>
            <button
              type="button"
              disabled={query.page * audit.data.pageSize >= audit.data.total}
              onClick={() => setQuery((q) => ({ ...q, page: q.page + 1 }))}
            >
              {t('audit.next')}
            </button>
          </div>
          <div className="table-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('audit.at')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.entity')}</th>
                  <th scope="col">{t('audit.details')}</th>
                  <th scope="col">{t('audit.ip')}</th>
                </tr>
              </thead>
              <tbody>
                {audit.data.items.map((a) => (
                  <tr key={a.id}>
                    <td>{formatDateTime(a.at)}</td>
                    <td>{a.actorUsername ?? '—'}</td>
                    <td>{a.action}</td>
                    <td>
                      {a.entityType}
                      {a.entityId ? ` · ${a.entityId.slice(0, 8)}` : ''}
                    </td>
                    <td className="adm-details">{JSON.stringify(a.details)}</td>
                    <td>{a.ip ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
