import { useMemo } from 'react';

// The reporter's tables in read-only mode (no onChange): the same printed layout the unit filled in.
import { ReportTables } from '../../reporter/components/report-tables';
import { findingsByCell } from '../../reporter/utils/findings-by-cell';
import { entriesFromReport } from '../../reporter/utils/form-entries';
import type { ReviewSubmission } from '../api/review-api';
import { useReviewT } from '../review-messages';

/** The submitted report's tables, read-only, cells named by a finding highlighted, corrected cells marked. */
export function ReviewTables({ submission }: { submission: ReviewSubmission }) {
  const t = useReviewT();
  const entries = useMemo(() => entriesFromReport(submission.report), [submission.report]);
  const findings = useMemo(() => findingsByCell(submission.findings), [submission.findings]);
  const changed = useMemo(() => new Set(Object.keys(submission.corrections ?? {})), [submission.corrections]);
  return (
    <section className="panel" aria-labelledby="rv-tables-title">
      <h2 id="rv-tables-title">{t('review.tables')}</h2>
      <ReportTables idPrefix="review" entries={entries} findings={findings} changed={changed} />
    </section>
  );
}
