import { ApiError, errorMessage } from '../../../lib/api-client';

/** The API's Chinese message and its per-field issues, next to the form that caused them. */
export function AdminError({ error, id }: { error: unknown; id?: string }) {
  if (!error) return null;
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <div className="adm-error" role="alert" id={id}>
      <strong>{errorMessage(error)}</strong>
      {issues.length > 0 && (
        <ul>
          {issues.slice(0, 30).map((i, n) => (
            <li key={`${i.path}-${n}`}>
              {i.path ? `${i.path}：` : ''}
              {i.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
