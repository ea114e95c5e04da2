import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';

import { ErrorState, LoadingState } from '../../../components/states';
import { apiUrl } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { SubmissionWithOriginal } from '../../source-view';
import { getReviewSubmission, reviewKeys } from '../api/review-api';
import { useReviewT } from '../review-messages';
import { FindingDecisions } from './finding-decisions';
import { ReviewControls } from './review-controls';
import { ReviewTables } from './review-tables';

/** One submission for the supervisor: its findings and the unit's explanations, then accept or return. */
export function ReviewPage() {
  const t = useReviewT();
  const { submissionId = '' } = useParams();
  const q = useQuery({
    queryKey: reviewKeys.submission(submissionId),
    queryFn: () => getReviewSubmission(submissionId),
  });
  if (q.isPending) return <LoadingState />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const s = q.data;
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t('review.title', { unit: s.unitName, year: s.year, version: s.version })}</h1>
        <span className={`chip chip-${s.reviewStatus}`} data-testid="review-status">
          {t(`review.status.${s.reviewStatus}`)}
        </span>
        <Link to={`/units/${s.unitId}`}>{t('review.unitPage')}</Link>
        {s.file && (
          <a href={apiUrl(`/submissions/${s.id}/file`)} download>
            {t('review.file')}：{s.file.fileName}
          </a>
        )}
      </div>
      <p className="muted">
        {t('review.submittedBy', { by: s.submittedBy ?? '—', at: formatDateTime(s.submittedAt) })}
      </p>
      {s.review.comment && (
        <p className="panel">
          <strong>{t('review.previousComment')}：</strong>
          {s.review.comment}
        </p>
      )}
      {s.notes && (
        <p className="panel">
          <strong>{t('review.notes')}：</strong>
          {s.notes}
        </p>
      )}
      <FindingDecisions submission={s} />
      <ReviewControls submission={s} />
      <SubmissionWithOriginal submissionId={s.id} hasFile={s.file !== null}>
        <ReviewTables submission={s} />
      </SubmissionWithOriginal>
    </section>
  );
}
