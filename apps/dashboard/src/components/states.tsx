import type { ReactNode } from 'react';

import { errorMessage } from '../lib/api-client';
import { useT } from '../lib/i18n';

export function LoadingState({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </div>
  );
}

export function EmptyState({ children }: { children?: ReactNode }) {
  const t = useT();
  return (
    <div className="state state-empty">
      <span className="state-icon" aria-hidden="true">
        ∅
      </span>
      {children ?? t('state.empty')}
    </div>
  );
}

/** Shows the Chinese message of an ApiError (or a generic one) with a retry button. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  return (
    <div className="state state-error" role="alert">
      <strong>{t('state.error')}</strong>
      <span>{errorMessage(error)}</span>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}
