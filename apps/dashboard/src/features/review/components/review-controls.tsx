import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { ApiError, errorMessage } from '../../../lib/api-client';
import { acceptSubmission, returnSubmission, type ReviewSubmission } from '../api/review-api';
import { useReviewT } from '../review-messages';
import './review.css';

/** Accept (with an override reason when errors remain) or return with a comment; only on the latest version. */
export function ReviewControls({ submission }: { submission: ReviewSubmission }) {
  const t = useReviewT();
  const queryClient = useQueryClient();
  const [comment, setComment] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [done, setDone] = useState<'accepted' | 'returned' | null>(null);
  const settle = async (result: ReviewSubmission, kind: 'accepted' | 'returned') => {
    queryClient.setQueryData(['review', 'submission', result.id], result);
    setDone(kind);
    // Every page's figures (overview counts, completeness, unit detail) may change.
    await queryClient.invalidateQueries();
  };
  const accept = useMutation({
    mutationFn: () =>
      acceptSubmission(submission.id, submission.errorCount > 0 ? overrideReason.trim() : undefined),
    onSuccess: (r) => settle(r, 'accepted'),
  });
  const ret = useMutation({
    mutationFn: () => returnSubmission(submission.id, comment.trim()),
    onSuccess: (r) => settle(r, 'returned'),
  });

  if (!submission.isLatest) return <p className="muted">{t('review.notLatest')}</p>;
  if (done)
    return (
      <p className="rv-ok" role="status">
        {t(done === 'accepted' ? 'review.done.accepted' : 'review.done.returned')}
      </p>
    );
  if (submission.reviewStatus !== 'pending') return null;

  const needsOverride = submission.errorCount > 0;
  const acceptError = accept.error instanceof ApiError || accept.error ? errorMessage(accept.error) : null;
  const returnError = ret.error ? errorMessage(ret.error) : null;
  return (
    <section className="panel review-controls" aria-label={t('review.accept')}>
      <div>
        {needsOverride && (
          <label>
            {t('review.override')}
            <textarea
              value={overrideReason}
              onChange={(e) => setOverrideReason(e.target.value)}
              aria-describedby={acceptError ? 'accept-error' : undefined}
              style={{ width: '100%' }}
            />
          </label>
        )}
        <button
          type="button"
          className="primary"
          disabled={accept.isPending || (needsOverride && overrideReason.trim() === '')}
          onClick={() => accept.mutate()}
        >
          {t('review.accept')}
        </button>
        {acceptError && (
          <p className="rv-error" role="alert" id="accept-error">
            {acceptError}
          </p>
        )}
      </div>
      <div style={{ marginTop: 12 }}>
        <label>
          {t('review.comment')}
          <span className="small muted">（{t('review.commentHint')}）</span>
          <textarea
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            maxLength={5000}
            aria-describedby={returnError ? 'return-error' : undefined}
            style={{ width: '100%', minHeight: 80 }}
          />
        </label>
        <button type="button" disabled={ret.isPending || comment.trim() === ''} onClick={() => ret.mutate()}>
          {t('review.return')}
        </button>
        {returnError && (
          <p className="rv-error" role="alert" id="return-error">
            {returnError}
          </p>
        )}
      </div>
    </section>
  );
}
