import type { CompletenessFlag, CompletenessRow } from '@nianbao/contracts';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';

import { FLAG_ORDER, FlagChip } from '../../../components/flag-chip';
import { Page } from '../../../components/page';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { formatDateTime } from '../../../lib/format';
import { useFilters } from '../../../lib/filters';
import { useT, type TranslateFn } from '../../../lib/i18n';
import { missingXlsxUrl } from '../api/get-completeness';
import { useCompleteness } from '../hooks/use-completeness';
import { CompletenessByNode } from './completeness-by-node';

function daysText(row: CompletenessRow, t: TranslateFn) {
  const d = row.daysFromDeadline;
  if (d === 0) return <span>{t('completeness.onDeadline')}</span>;
  return d > 0 ? (
    <span className="days-early">{t('completeness.daysBefore', { n: d })}</span>
  ) : (
    <span className="days-late">{t('completeness.daysAfter', { n: -d })}</span>
  );
}

export function CompletenessPage() {
  const t = useT();
  const { year, orgNodeId } = useFilters();
  const query = useCompleteness();
  const [search, setSearch] = useState('');
  const [flag, setFlag] = useState<CompletenessFlag | 'all'>('all');

  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    return (query.data?.rows ?? []).filter(
      (r) =>
        (flag === 'all' || r.flags.includes(flag)) &&
        (!q || r.unitName.toLowerCase().includes(q) || (r.contactPerson ?? '').toLowerCase().includes(q)),
    );
  }, [query.data, search, flag]);

  const title = t('completeness.title');
  if (query.isPending)
    return (
      <Page title={title}>
        <LoadingState />
      </Page>
    );
  if (query.isError)
    return (
      <Page title={title}>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  const data = query.data;
  const counts = Object.fromEntries(
    FLAG_ORDER.map((f) => [f, data.rows.filter((r) => r.flags.includes(f)).length]),
  );

  return (
    <Page
      title={title}
      subtitle={`${data.orgNode.name} · ${data.year} · ${t('completeness.deadline')} ${data.statutoryDeadline}`}
    >
      {data.rowsBy === 'orgNode' ? (
        <section className="panel">
          <div className="panel-head">
            <span style={{ flex: 1 }} />
            <a className="button-link" href={missingXlsxUrl(year, orgNodeId)} download>
              {t('completeness.exportMissing')}
            </a>
          </div>
          <CompletenessByNode data={data} />
        </section>
      ) : data.rows.length === 0 ? (
        <EmptyState>{t('completeness.empty')}</EmptyState>
      ) : (
        <section className="panel">
          <div className="panel-head">
            <div className="filters" role="group" aria-label={t('completeness.filter')}>
              <input
                type="search"
                placeholder={t('completeness.search')}
                aria-label={t('completeness.search')}
                value={search}
                onChange={(e) => setSearch(e.target.value)}
              />
              <button
                type="button"
                className="chip-toggle"
                aria-pressed={flag === 'all'}
                onClick={() => setFlag('all')}
              >
                {t('completeness.all')} {data.rows.length}
              </button>
              {FLAG_ORDER.map((f) => (
                <button
                  key={f}
                  type="button"
                  className="chip-toggle"
                  aria-pressed={flag === f}
                  onClick={() => setFlag(f)}
                >
                  {t(`flag.${f}`)} {counts[f]}
                </button>
              ))}
            </div>
            <span style={{ flex: 1 }} />
            <a className="button-link" href={missingXlsxUrl(year, orgNodeId)} download>
              {t('completeness.exportMissing')}
            </a>
          </div>
          <p className="muted small">{t('completeness.count', { n: rows.length })}</p>
          {rows.length === 0 ? (
            <EmptyState>{t('completeness.noMatch')}</EmptyState>
          ) : (
            <div className="table-scroll" style={{ maxHeight: 'none' }}>
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t('completeness.unit')}</th>
                    <th scope="col">{t('completeness.kind')}</th>
                    <th scope="col">{t('completeness.flags')}</th>
                    <th scope="col">{t('completeness.days')}</th>
                    <th scope="col">{t('completeness.submittedAt')}</th>
                    <th scope="col" className="num">
                      {t('completeness.version')}
                    </th>
                    <th scope="col">{t('completeness.checks')}</th>
                    <th scope="col">{t('completeness.contact')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.unitId} data-testid="completeness-row">
                      <td>
                        <Link to={`/units/${r.unitId}`}>{r.unitName}</Link>
                      </td>
                      <td>{t(`kind.${r.unitKind}`)}</td>
                      <td>
                        {FLAG_ORDER.filter((f) => r.flags.includes(f)).map((f) => (
                          <FlagChip key={f} flag={f} />
                        ))}
                      </td>
                      <td>
                        {daysText(r, t)}
                        <div className="muted small">{r.deadline}</div>
                      </td>
                      <td>{formatDateTime(r.firstSubmittedAt)}</td>
                      <td className="num">{r.latestVersion ?? '—'}</td>
                      <td>
                        {r.latestVersion === null
                          ? '—'
                          : t('completeness.checksCount', { e: r.errorCount, w: r.warningCount })}
                      </td>
                      <td>
                        {r.contactPerson ?? '—'}
                        {r.contactPhone && <div className="muted small">{r.contactPhone}</div>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </Page>
  );
}
