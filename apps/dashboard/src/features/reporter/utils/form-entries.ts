import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  SCALAR_FIELDS,
  cellAddress,
  createEmptyReport,
  getByKey,
  setByKey,
  type AnnualReport,
  type ScalarDefinition,
} from '@nianbao/report-format';

/** What the reporter typed, by cell address (and `narrative.*`), exactly as typed: the unit of a draft. */
export type FormEntries = Record<string, string>;

export const NARRATIVE_KEYS = ['narrative.overview', 'narrative.problems', 'narrative.other'] as const;

export interface EntryProblem {
  message: string;
  messageEn: string;
}

/** Table figures must be stated (0 when none); the section 六 supplement may be left blank (not stated). */
function isRequired(def: ScalarDefinition): boolean {
  return def.key.startsWith('activeDisclosure') || def.key.startsWith('reviewLitigation');
}

function formatNumber(value: number, def?: ScalarDefinition): string {
  // Rates are kept as shares (0–1) but typed as percentages.
  if (def?.kind === 'rate') return String(Math.round(value * 10000) / 100);
  return String(value);
}

/** The form's text for every cell of a report (null → blank). */
export function entriesFromReport(report: AnnualReport): FormEntries {
  const entries: FormEntries = {};
  for (const row of APPLICATION_ROWS) {
    const values = getByKey(report, row.key);
    for (const col of APPLICANT_COLUMNS) {
      const v = Array.isArray(values) ? (values[col.index] as unknown) : null;
      entries[cellAddress(row.key, col.index)] = typeof v === 'number' ? String(v) : '';
    }
  }
  for (const def of SCALAR_FIELDS) {
    const v = getByKey(report, def.key);
    entries[def.key] = typeof v === 'number' ? formatNumber(v, def) : '';
  }
  for (const key of NARRATIVE_KEYS) {
    const v = getByKey(report, key);
    entries[key] = typeof v === 'string' ? v : '';
  }
  return entries;
}

/** Reads a typed figure: full-width digits, spaces and thousands separators are accepted. */
export function parseFigure(text: string): number | null | 'invalid' {
  const t = text.normalize('NFKC').replace(/[\s,，]/g, '');
  if (t === '') return null;
  if (!/^\d+(\.\d+)?$/.test(t)) return 'invalid';
  return Number(t);
}

function problemFor(
  text: string,
  kind: ScalarDefinition['kind'],
  required: boolean,
): { value: number | null; problem?: EntryProblem } {
  const parsed = parseFigure(text);
  if (parsed === null) {
    return required
      ? { value: 0, problem: { message: '请填写数字，没有请填 0', messageEn: 'Enter a number (0 if none)' } }
      : { value: null };
  }
  if (parsed === 'invalid')
    return { value: 0, problem: { message: '请输入非负数字', messageEn: 'Enter a non-negative number' } };
  if (kind === 'count' && !Number.isInteger(parsed))
    return {
      value: Math.trunc(parsed),
      problem: { message: '件数应为整数', messageEn: 'Counts are whole numbers' },
    };
  if (kind === 'rate') {
    if (parsed > 100)
      return { value: 1, problem: { message: '比例不能超过 100%', messageEn: 'A rate cannot exceed 100%' } };
    return { value: parsed / 100 };
  }
  return { value: parsed };
}

export interface FormReport {
  report: AnnualReport;
  /** Cells whose text is not a valid figure, by cell address; such a cell counts as 0 (or its integer part) for the live checks. */
  problems: Record<string, EntryProblem>;
}

/** Builds the report the form stands for, and the problems of what was typed. */
export function reportFromEntries(entries: FormEntries, unitName: string, year: number): FormReport {
  const report = createEmptyReport();
  report.unitName = unitName;
  report.year = year;
  const problems: Record<string, EntryProblem> = {};
  for (const row of APPLICATION_ROWS) {
    const values = APPLICANT_COLUMNS.map((col) => {
      const address = cellAddress(row.key, col.index);
      const { value, problem } = problemFor(entries[address] ?? '', 'count', true);
      if (problem) problems[address] = problem;
      return value ?? 0;
    });
    setByKey(report, row.key, values);
  }
  for (const def of SCALAR_FIELDS) {
    const { value, problem } = problemFor(entries[def.key] ?? '', def.kind, isRequired(def));
    if (problem) problems[def.key] = problem;
    setByKey(report, def.key, value);
  }
  for (const key of NARRATIVE_KEYS) {
    const text = (entries[key] ?? '').trim();
    setByKey(report, key, text === '' ? null : text);
  }
  return { report, problems };
}
