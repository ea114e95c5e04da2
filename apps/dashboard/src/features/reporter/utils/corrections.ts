import {
  SCALAR_FIELDS,
  findScalarDefinition,
  getByKey,
  parseCellAddress,
  setByKey,
  type AnnualReport,
} from '@nianbao/report-format';

import { parseFigure, type EntryProblem, type FormEntries } from './form-entries';

const RATE_KEYS = new Set(SCALAR_FIELDS.filter((f) => f.kind === 'rate').map((f) => f.key));

export interface CorrectionsResult {
  /** Cell address → corrected value, as the API takes it. */
  corrections: Record<string, number>;
  problems: Record<string, EntryProblem>;
}

/** The cells the reporter changed over what the file said, as corrections; text that is not a figure is a problem. */
export function correctionsFrom(parsed: FormEntries, edited: FormEntries): CorrectionsResult {
  const corrections: Record<string, number> = {};
  const problems: Record<string, EntryProblem> = {};
  for (const [address, text] of Object.entries(edited)) {
    if (address.startsWith('narrative.') || text === (parsed[address] ?? '')) continue;
    const value = parseFigure(text);
    if (value === null || value === 'invalid') {
      problems[address] = { message: '请输入非负数字', messageEn: 'Enter a non-negative number' };
      continue;
    }
    const { key } = parseCellAddress(address);
    const isCount = findScalarDefinition(key)?.kind === 'count' || !findScalarDefinition(key);
    if (isCount && !Number.isInteger(value)) {
      problems[address] = { message: '件数应为整数', messageEn: 'Counts are whole numbers' };
      continue;
    }
    if (RATE_KEYS.has(key) && value > 100) {
      problems[address] = { message: '比例不能超过 100%', messageEn: 'A rate cannot exceed 100%' };
      continue;
    }
    corrections[address] = RATE_KEYS.has(key) ? value / 100 : value;
  }
  return { corrections, problems };
}

/**
 * Applies corrections to a parsed report, as the API does (for the live checks). A table-3 row the file
 * lacked gets 0 in the columns not corrected, so the checks can still run; the API asks for the whole row.
 */
export function applyCorrections(report: AnnualReport, corrections: Record<string, number>): AnnualReport {
  const next = JSON.parse(JSON.stringify(report)) as AnnualReport;
  for (const [address, value] of Object.entries(corrections)) {
    const { key, column } = parseCellAddress(address);
    if (column === undefined) {
      setByKey(next, key, value);
      continue;
    }
    const current = getByKey(next, key);
    const row = Array.isArray(current) ? [...(current as number[])] : [0, 0, 0, 0, 0, 0, 0];
    row[column] = value;
    setByKey(next, key, row);
  }
  return next;
}
