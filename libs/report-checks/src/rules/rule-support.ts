import {
  APPLICANT_COLUMNS,
  cellLabel,
  getByKey,
  type AnnualReport,
  type ReportDocument,
} from '@nianbao/report-format';
import type { CheckContext, CheckRule, Finding } from '../finding.js';

/** A finite number, or null: anything else (missing row, text, NaN) is "not known", never 0. */
export function asNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Reads a single figure by key (`reviewLitigation.review.total`). */
export function figure(report: AnnualReport, key: string): number | null {
  return asNumber(safeGet(report, key));
}

/** Reads one cell of a table-3 row; null when the row or the cell is missing or not a number. */
export function rowCell(report: AnnualReport, key: string, column: number): number | null {
  const row = safeGet(report, key);
  return Array.isArray(row) ? asNumber(row[column]) : null;
}

export function safeGet(report: unknown, key: string): unknown {
  if (report === null || typeof report !== 'object') return undefined;
  return getByKey(report as AnnualReport, key);
}

/** Sum of the values, or null as soon as one is unknown. */
export function sumKnown(values: (number | null)[]): number | null {
  let sum = 0;
  for (const v of values) {
    if (v === null) return null;
    sum += v;
  }
  return roundSum(sum);
}

// Decimal figures (万元) add up with binary noise; compare at 1e-9.
export function roundSum(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}

export function labelZh(address: string): string {
  return `「${cellLabel(address)}」`;
}

export function labelEn(address: string): string {
  return `"${cellLabel(address, 'en')}"`;
}

export function columnZh(column: number): string {
  return `「${APPLICANT_COLUMNS[column]?.zh ?? column}」列`;
}

export function columnEn(column: number): string {
  return `column "${APPLICANT_COLUMNS[column]?.en ?? column}"`;
}

export function makeFinding(
  rule: Pick<CheckRule, 'id' | 'severity'>,
  parts: Omit<Finding, 'checkId' | 'severity'>,
): Finding {
  return { checkId: rule.id, severity: rule.severity, ...parts };
}

/** The year the report covers, when it is a plausible number. */
export function reportYear(doc: ReportDocument | null | undefined): number | null {
  return asNumber(safeGet(doc?.report, 'year'));
}

/**
 * The report of year − 1: `ctx.previous`, else the entry of `ctx.history` for that year. A previous report
 * of a known but different year is ignored rather than compared wrongly.
 */
export function previousYearDocument(doc: ReportDocument, ctx: CheckContext): ReportDocument | null {
  const year = reportYear(doc);
  const candidates = [ctx.previous, ...(ctx.history ?? [])].filter(
    (d): d is ReportDocument => d !== null && d !== undefined && typeof d === 'object',
  );
  for (const candidate of candidates) {
    const prevYear = reportYear(candidate);
    if (year === null || prevYear === null || prevYear === year - 1) return candidate;
  }
  return null;
}

/** Whether the document came from a text document (not the web form or a JSON upload). */
export function hasDocumentText(doc: ReportDocument): boolean {
  const format = doc.meta?.sourceFormat;
  return format !== 'form' && format !== 'json';
}

export function sectionText(doc: ReportDocument, sectionNumber: number): string | null {
  const sections = Array.isArray(doc.meta?.sections) ? doc.meta.sections : [];
  const texts = sections
    .filter((s) => s && s.number === sectionNumber && typeof s.text === 'string')
    .map((s) => s.text);
  return texts.length ? texts.join('\n') : null;
}

export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function formatNumber(n: number | null): string {
  return n === null ? '—' : String(roundSum(n));
}
