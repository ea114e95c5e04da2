import {
  APPLICATION_ROWS,
  APPLICANT_COLUMN_COUNT,
  TOTAL_COLUMN,
  getByKey,
  type AnnualReport,
} from '@nianbao/report-format';

export const OUTCOMES_TOTAL_KEY = 'applications.outcomes.total';

const DETAIL_ROW_KEYS = APPLICATION_ROWS.filter((r) => r.isOutcomeDetail).map((r) => r.key);

function rowOf(report: AnnualReport, key: string): number[] | null {
  const row = getByKey(report, key);
  return Array.isArray(row) ? (row as number[]) : null;
}

/** 总计 column of a table-3 row as the sum of its six applicant columns (T3-COL); null when the row is absent. */
export function computedRowTotal(report: AnnualReport, key: string): number | null {
  const row = rowOf(report, key);
  if (!row) return null;
  let sum = 0;
  for (let c = 0; c < TOTAL_COLUMN; c++) sum += Number.isFinite(row[c]) ? row[c] : 0;
  return sum;
}

/** （七）总计 of one column as the sum of the 21 detail rows (T3-RES). */
export function computedOutcomesTotal(report: AnnualReport, column: number): number {
  let sum = 0;
  for (const key of DETAIL_ROW_KEYS) {
    const v = rowOf(report, key)?.[column];
    sum += typeof v === 'number' && Number.isFinite(v) ? v : 0;
  }
  return sum;
}

/**
 * The value the form expects in a cell it can compute, or undefined for a plain cell. The （七）总计 × 总计
 * corner is both: the sum of the detail rows' 总计 column, which equals the sum of its own row.
 */
export function computedCell(report: AnnualReport, key: string, column: number): number | undefined {
  if (key === OUTCOMES_TOTAL_KEY) return computedOutcomesTotal(report, column);
  if (column === TOTAL_COLUMN) return computedRowTotal(report, key) ?? undefined;
  return undefined;
}

/** Every computable cell filled with its computed value: the "fill in the totals" action. */
export function withComputedTotals(report: AnnualReport): AnnualReport {
  const next = JSON.parse(JSON.stringify(report)) as AnnualReport;
  for (const row of APPLICATION_ROWS) {
    const values = rowOf(next, row.key);
    if (values && row.key !== OUTCOMES_TOTAL_KEY) values[TOTAL_COLUMN] = computedRowTotal(next, row.key) ?? 0;
  }
  next.applications.outcomes.total = Array.from({ length: APPLICANT_COLUMN_COUNT }, (_, c) =>
    computedOutcomesTotal(next, c),
  );
  return next;
}
