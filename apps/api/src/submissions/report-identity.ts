import type { ReportDocument } from '@nianbao/report-format';

import { UNIT_MISMATCH_THRESHOLD, unitNameSimilarity } from './unit-name-match.js';

/**
 * The year a report says it covers: the parsed `year`, else the year in its title, else the year of its
 * statistics-period sentence. null when the document states none.
 */
export function statedYear(doc: ReportDocument): number | null {
  return doc.report.year ?? doc.meta.titleYear ?? doc.meta.periodYear ?? null;
}

/** Chinese refusal when the report covers another year than the one it is submitted for, else null. */
export function yearMismatchMessage(doc: ReportDocument, year: number): string | null {
  const stated = statedYear(doc);
  if (stated === null || stated === year) return null;
  return `报告年度为${stated}年，与报送年度${year}年不一致`;
}

/** Chinese refusal when the report names a clearly different unit, else null (unknown name: accepted). */
export function unitMismatchMessage(doc: ReportDocument, unitName: string): string | null {
  const stated = doc.report.unitName?.trim();
  if (!stated) return null;
  if (unitNameSimilarity(stated, unitName) >= UNIT_MISMATCH_THRESHOLD) return null;
  return `报告中的单位名称「${stated}」与报送单位「${unitName}」不一致`;
}

/** Fills identity a web form may leave out: the unit's name and the reporting year. */
export function withIdentity(doc: ReportDocument, unitName: string, year: number): ReportDocument {
  return {
    ...doc,
    report: { ...doc.report, unitName: doc.report.unitName ?? unitName, year: doc.report.year ?? year },
  };
}
