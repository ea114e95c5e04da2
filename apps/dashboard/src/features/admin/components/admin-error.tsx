import { errorMessage } from '../../../lib/api-client';
import { unclaimedIssues } from './form-field';

/**
 * The API's Chinese message next to the form that caused it, with the issues that no field shows
 * itself (`fields`: the request paths the form's FormFields claim).
 */
export function AdminError({
  error,
  id,
  fields = [],
}: {
  error: unknown;
  id?: string;
  fields?: readonly (string | readonly string[])[];
}) {
  if (!error) return null;
  const issues = unclaimedIssues(error, fields);
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
