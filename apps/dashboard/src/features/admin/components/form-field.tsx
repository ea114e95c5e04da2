import { cloneElement, useId, type ReactElement, type ReactNode } from 'react';

import { ApiError } from '../../../lib/api-client';

type Paths = string | readonly string[];

function matches(issuePath: string, paths: Paths): boolean {
  return (typeof paths === 'string' ? [paths] : paths).some(
    (p) => issuePath === p || issuePath.startsWith(`${p}.`),
  );
}

/** The API's messages about one field of the request (its path, or anything under it). */
export function fieldIssues(error: unknown, paths: Paths): string[] {
  if (!(error instanceof ApiError)) return [];
  return error.issues.filter((i) => matches(i.path, paths)).map((i) => i.message);
}

/** The issues no field of the form claims (shown in the form's AdminError). */
export function unclaimedIssues(
  error: unknown,
  claimed: readonly Paths[],
): { path: string; message: string }[] {
  if (!(error instanceof ApiError)) return [];
  return error.issues.filter((i) => !claimed.some((p) => matches(i.path, p)));
}

type ControlProps = { 'aria-invalid'?: boolean; 'aria-describedby'?: string };

/**
 * A labelled form control with the API's complaint about it right below. `path` names the request
 * field(s) the control fills; `error` is the failed mutation's error.
 */
export function FormField({
  label,
  error,
  path,
  children,
}: {
  label: ReactNode;
  error?: unknown;
  path?: Paths;
  children: ReactElement<ControlProps>;
}) {
  const errorId = `${useId()}-error`;
  const messages = path ? fieldIssues(error, path) : [];
  const control = messages.length
    ? cloneElement(children, { 'aria-invalid': true, 'aria-describedby': errorId })
    : children;
  return (
    <div className="adm-field">
      <label>
        {label}
        {control}
      </label>
      {messages.length > 0 && (
        <span id={errorId} className="adm-field-error">
          {messages.join('；')}
        </span>
      )}
    </div>
  );
}
