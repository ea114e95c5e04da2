import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useFilters } from '../../../lib/filters';
import { getReviewQueue, reviewKeys } from '../api/review-api';
import { useReviewT } from '../review-messages';

/** The supervisor's queue: latest versions awaiting review in the chosen year and organisation. */
export function ReviewQueuePage() {
  const t = useReviewT();
  const { year, orgNodeId } = useFilters();
  const queue = useQuery({
    queryKey: reviewKeys.queue(year, orgNodeId),
    queryFn: () => getReviewQueue(year, orgNodeId),
  });
  if (queue.isPending) return <LoadingState />;
  if (queue.isError) return <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />;
  const rows = queue.data.rows.filter((r) => r.status === 'pending' && r.latestSubmissionId);
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t('queue.title')}</h1>
        <span className="muted">{year}</span>
      </div>
      {rows.length === 0 ? (
        <EmptyState>{t('queue.none')}</EmptyState>
      ) : (
        <section className="panel">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('queue.unit')}</th>
                <th scope="col">{t('queue.version')}</th>
                <th scope="col">{t('queue.checks')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.unitId}>
                  <td>{r.unitName}</td>
                  <td>{r.latestVersion}</td>
                  <td>
                    {r.errorCount} / {r.warningCount}
                  </td>
                  <td>
                    <Link to={`/review/${r.latestSubmissionId}`}>{t('queue.open')}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
