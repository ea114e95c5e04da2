import {
  APPLICANT_COLUMN_COUNT,
  findRowDefinition,
  findScalarDefinition,
  getByKey,
  parseCellAddress,
  setByKey,
  type AnnualReport,
} from '@nianbao/report-format';

/** Cell address → corrected value, as a reporter sends it after looking at the preview. */
export type CellCorrections = Record<string, number>;

export interface CorrectionIssue {
  path: string;
  message: string;
}

/**
 * Applies corrections over a parsed report and returns a new report. A table-3 row the parser did not
 * find can only be corrected whole (all 7 columns): filling the rest with 0 would invent figures.
 */
export function applyCorrections(
  report: AnnualReport,
  corrections: CellCorrections,
): { ok: true; report: AnnualReport } | { ok: false; issues: CorrectionIssue[] } {
  const next = structuredClone(report);
  const issues: CorrectionIssue[] = [];
  const rowCells = new Map<string, Map<number, number>>();

  for (const [address, value] of Object.entries(corrections)) {
    let key: string;
    let column: number | undefined;
    try {
      ({ key, column } = parseCellAddress(address));
    } catch {
      issues.push({ path: address, message: `「${address}」不是有效的单元格地址` });
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      issues.push({ path: address, message: `「${address}」的更正值应为非负数字` });
      continue;
    }
    if (findRowDefinition(key) && column !== undefined && column < APPLICANT_COLUMN_COUNT) {
      const cells = rowCells.get(key) ?? new Map<number, number>();
      cells.set(column, value);
      rowCells.set(key, cells);
    } else if (findScalarDefinition(key) && column === undefined) {
      setByKey(next, key, value);
    } else {
      issues.push({ path: address, message: `「${address}」不是报告格式中的单元格` });
    }
  }

  for (const [key, cells] of rowCells) {
    const current = getByKey(next, key);
    if (Array.isArray(current)) {
      const row = [...(current as number[])];
      for (const [column, value] of cells) row[column] = value;
      setByKey(next, key, row);
    } else if (cells.size === APPLICANT_COLUMN_COUNT) {
      setByKey(
        next,
        key,
        Array.from({ length: APPLICANT_COLUMN_COUNT }, (_, c) => cells.get(c) ?? 0),
      );
    } else {
      issues.push({ path: key, message: `「${key}」一行未能从文件中读出，请更正该行全部 7 列` });
    }
  }

  return issues.length ? { ok: false, issues } : { ok: true, report: next };
}
