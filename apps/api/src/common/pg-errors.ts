// PostgreSQL SQLSTATE 23505: unique_violation.
export function isUniqueViolation(err: unknown, constraintHint?: string): boolean {
  const e = err as {
    code?: unknown;
    driverError?: { code?: unknown; detail?: unknown; constraint?: unknown };
  };
  const code = e?.driverError?.code ?? e?.code;
  if (code !== '23505') return false;
  if (!constraintHint) return true;
  const detail = typeof e.driverError?.detail === 'string' ? e.driverError.detail : '';
  return detail.includes(`(${constraintHint})`);
}
