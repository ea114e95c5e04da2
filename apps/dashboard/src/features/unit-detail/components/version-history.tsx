import { useState } from 'react';

import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { submissionFileUrl, type SubmissionSummary } from '../api/unit-detail-api';
import { useSubmissionDiff } from '../hooks/use-unit-detail';

function DiffTable({ id, against }: { id: string; against: string }) {
  const t = useT();
  const diff = useSubmissionDiff(id, against);
  if (diff.isPending) return <LoadingState />;
  if (diff.isError) return <ErrorState error={diff.error} onRetry={() => void diff.refetch()} />;
  if (diff.data.differences.length === 0) return <EmptyState>{t('unit.noDifferences')}</EmptyState>;
  return (
    <table className="data">
      <thead>
        <tr>
          <th scope="col">{t('unit.cell')}</th>
          <th scope="col" className="num">
            {t('unit.before')}
          </th>
          <th scope="col" className="num">
            {t('unit.after')}
          </th>
        </tr>
      </thead>
      <tbody>
        {diff.data.differences.map((d) => (
          <tr key={d.address}>
            <td>{d.label}</td>
            <td className="num">{d.before ?? '—'}</td>
            <td className="num">{d.after ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every version of one year's report; each can be compared with the one before it. */
export function VersionHistory({ versions }: { versions: SubmissionSummary[] }) {
  const t = useT();
  const [open, setOpen] = useState<string | null>(null);
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  return (
    <section className="panel" aria-label={t('unit.versions')}>
      <div className="panel-head">
        <h2>{t('unit.versions')}</h2>
      </div>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('completeness.version')}</th>
            <th scope="col">{t('unit.submittedAt')}</th>
            <th scope="col">{t('unit.status')}</th>
            <th scope="col">{t('completeness.checks')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {sorted.map((v) => {
            const prev = sorted.find((p) => p.version === v.version - 1);
            return (
              <tr key={v.id}>
                <td>
                  {t('unit.version', { n: v.version })}{' '}
                  {v.isLatest && <span className="chip chip-accepted">{t('unit.latest')}</span>}
                </td>
                <td>
                  {formatDateTime(v.submittedAt)}{' '}
                  {v.isLate && <span className="chip chip-late">{t('flag.late')}</span>}
                </td>
                <td>{t(`review.${v.reviewStatus}`)}</td>
                <td>{t('completeness.checksCount', { e: v.errorCount, w: v.warningCount })}</td>
                <td>
                  <a href={submissionFileUrl(v.id)} download>
                    {t('unit.download')}
                  </a>{' '}
                  {prev && (
                    <button
                      type="button"
                      className="link"
                      aria-expanded={open === v.id}
                      onClick={() => setOpen(open === v.id ? null : v.id)}
                    >
                      {t('unit.compareWith')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {open &&
        (() => {
          const v = sorted.find((s) => s.id === open);
          const prev = v && sorted.find((p) => p.version === v.version - 1);
          return v && prev ? (
            <div style={{ marginTop: 12 }}>
              <h3>
                {t('unit.version', { n: prev.version })} → {t('unit.version', { n: v.version })}
              </h3>
              <DiffTable id={v.id} against={prev.id} />
            </div>
          ) : null;
        })()}
    </section>
  );
}
