import { cellLabel } from '@nianbao/report-format';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';

import { errorMessage } from '../../../lib/api-client';
import { useLang } from '../../../lib/i18n';
import {
  decideFindings,
  reviewKeys,
  type FindingDecision,
  type ReviewFinding,
  type ReviewSubmission,
} from '../api/review-api';
import { useReviewT } from '../review-messages';
import './review.css';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

function safeCellLabel(address: string, lang: 'zh' | 'en'): string {
  try {
    return cellLabel(address, lang);
  } catch {
    return address;
  }
}

function FindingRow({ submission, finding }: { submission: ReviewSubmission; finding: ReviewFinding }) {
  const t = useReviewT();
  const { lang } = useLang();
  const queryClient = useQueryClient();
  const noteId = useId();
  const errorId = useId();
  const [note, setNote] = useState(finding.decisionNote ?? '');
  const decide = useMutation({
    mutationFn: (decision: FindingDecision) =>
      decideFindings(submission.id, [
        { checkId: finding.checkId, cells: finding.cells, decision, note: note.trim() || null },
      ]),
    // No optimistic update: the row shows the decision once the submission has been read again.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewKeys.submission(submission.id) }),
  });
  const decidable = finding.severity !== 'error' && submission.isLatest;
  const hasExpected = finding.expected !== null && finding.actual !== null;
  return (
    <li className={`rv-finding rv-finding--${finding.severity}`} data-finding={finding.key}>
      <div>
        <span className={`chip rv-sev rv-sev--${finding.severity}`}>
          {t(`decision.severity.${finding.severity}`)}
        </span>{' '}
        <code className="rv-check">{finding.checkId}</code>{' '}
        <span>{lang === 'en' ? finding.messageEn : finding.message}</span>
      </div>
      {finding.cells.length > 0 && (
        <div className="small">
          {t('decision.cells')}：{finding.cells.map((c) => safeCellLabel(c, lang)).join('；')}
        </div>
      )}
      {hasExpected && (
        <div className="small">
          {t('decision.expected', { expected: String(finding.expected), actual: String(finding.actual) })}
        </div>
      )}
      <div className="small">
        {t('review.explanation')}：{finding.explanation ?? t('decision.noExplanation')}
      </div>
      <div className="small" data-testid="finding-decision">
        {t('decision.state')}：<strong>{t(`decision.state.${finding.decision ?? 'none'}`)}</strong>
        {finding.decisionNote ? `（${finding.decisionNote}）` : ''}
      </div>
      {finding.severity === 'error' ? (
        <div className="small muted">{t('decision.errorHint')}</div>
      ) : (
        decidable && (
          <div className="rv-decide">
            <label htmlFor={noteId} className="small">
              {t('decision.note')}
            </label>
            <input
              id={noteId}
              value={note}
              maxLength={2000}
              onChange={(e) => setNote(e.target.value)}
              aria-describedby={decide.isError ? errorId : undefined}
            />
            {(['confirmed', 'dismissed'] as const).map((d) => (
              <button
                key={d}
                type="button"
                aria-pressed={finding.decision === d}
                disabled={decide.isPending}
                onClick={() => decide.mutate(d)}
              >
                {t(d === 'confirmed' ? 'decision.confirm' : 'decision.dismiss')}
              </button>
            ))}
          </div>
        )
      )}
      {decide.isError && (
        <p className="rv-error" role="alert" id={errorId}>
          {errorMessage(decide.error)}
        </p>
      )}
    </li>
  );
}

/** The findings of a submission, errors first; warnings and notes can be confirmed or dismissed with a note. */
export function FindingDecisions({ submission }: { submission: ReviewSubmission }) {
  const t = useReviewT();
  const findings = [...submission.findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <section className="panel" aria-labelledby="rv-findings-title">
      <h2 id="rv-findings-title">
        {t('review.findings', { e: submission.errorCount, w: submission.warningCount })}
      </h2>
      {findings.length === 0 ? (
        <p>{t('review.noFindings')}</p>
      ) : (
        <ul className="rv-findings">
          {findings.map((f) => (
            <FindingRow key={f.key} submission={submission} finding={f} />
          ))}
        </ul>
      )}
    </section>
  );
}
