import type { AnnualReport } from './report.js';

/** Reads a value by dotted key (`applications.outcomes.total`). Returns undefined for an unknown key. */
export function getByKey(report: AnnualReport, key: string): unknown {
  let cur: unknown = report;
  for (const part of key.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Writes a value by dotted key; intermediate objects must exist (they do in every AnnualReport). */
export function setByKey(report: AnnualReport, key: string, value: unknown): void {
  const parts = key.split('.');
  let cur = report as unknown as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) cur = cur[part] as Record<string, unknown>;
  cur[parts[parts.length - 1]] = value;
}

/** Reads one applicant-row cell; null when the row is missing. */
export function getRowCell(report: AnnualReport, key: string, column: number): number | null {
  const row = getByKey(report, key);
  return Array.isArray(row) ? (row[column] as number) : null;
}
