import type { FindingDto } from '@nianbao/contracts';

import { useLang } from '../../../lib/i18n';
import { formatDateTime } from '../../../lib/format';
import { useSubmission } from '../hooks/use-reporter-data';
import { useReporterT } from '../reporter-messages';
import { cellList } from '../utils/cell-labels';

/** Findings the reviewer decided on or wrote a note to: what the unit has to change, and what was accepted. */
function decided(findings: readonly FindingDto[]): FindingDto[] {
  return findings
    .filter((f) => f.decision !== null || (f.decisionNote ?? '').trim() !== '')
    .sort((a, b) => (a.decision === 'confirmed' ? 0 : 1) - (b.decision === 'confirmed' ? 0 : 1));
}

/**
 * The reviewer's word on a reviewed version: the overall comment (why it was returned, or a note on
 * acceptance) and the decision and note on each finding, so the unit knows which cells to correct.
 */
export function ReviewNotes({ submissionId }: { submissionId: string }) {
  const t = useReporterT();
  const { lang } = useLang();
  const detail = useSubmission(submissionId);
  const d = detail.data;
  if (!d || d.review.status === 'pending') return null;
  const items = decided(d.findings);
  if (!d.review.comment && items.length === 0) return null;
  const returned = d.review.status === 'returned';
  const heading = returned ? t('my.returnComment') : t('my.reviewComment');
  return (
    <div
      className={returned ? 'rp-comment' : 'rp-comment rp-comment--accepted'}
      role="note"
      aria-label={heading}
    >
      {d.review.comment && (
        <div>
          <strong>{heading}：</strong>
          {d.review.comment}
        </div>
      )}
      {items.length > 0 && (
        <>
          <strong>{t('my.findingNotes')}</strong>
          <ul className="rp-decisions">
            {items.map((f) => (
              <li key={f.key} data-decision={f.decision ?? 'note'}>
                <span
                  className={`rp-status rp-status--${f.decision === 'confirmed' ? 'returned' : 'accepted'}`}
                >
                  {t(f.decision ? `my.decision.${f.decision}` : 'my.decision.note')}
                </span>{' '}
                {lang === 'en' ? f.messageEn : f.message}
                {f.cells.length > 0 && <span className="small muted"> （{cellList(f.cells, lang)}）</span>}
                {f.decisionNote && (
                  <div className="rp-decision-note">
                    {t('my.reviewerNote')}：{f.decisionNote}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="small muted">
        {t('my.reviewedBy', { by: d.review.reviewedBy ?? '', at: formatDateTime(d.review.reviewedAt) })}
      </div>
    </div>
  );
}
