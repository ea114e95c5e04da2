import type { ReportDocument } from '@nianbao/report-format';

import type { TextSignature } from './similarity.js';

export type FindingSeverity = 'error' | 'warning' | 'info';

/** One failed check, with the cells involved and the numbers compared. */
export interface Finding {
  /** Stable check id of report-format.md, e.g. `T3-BAL`. */
  checkId: string;
  severity: FindingSeverity;
  /** Cell addresses (see `cellAddress()` of @nianbao/report-format), e.g. `applications.outcomes.total[6]`. */
  cells: string[];
  expected: number | string | null;
  actual: number | string | null;
  /** Simplified Chinese, names the cells by label and states the numbers. */
  message: string;
  messageEn: string;
}

export interface CompareText {
  label: string;
  text: string;
  kind: 'previousYear' | 'sameYearOtherUnit';
  /**
   * `comparisonSignature(text)` computed earlier (e.g. kept with the stored report), so TX-DUP does not
   * shingle the text again; when given, TX-DUP reads only the signature (`text` may then be left empty).
   * Built from `text` when absent.
   */
  signature?: TextSignature;
}

/** What a check may know beyond the report itself. Everything is optional. */
export interface CheckContext {
  /** Same unit, year − 1 (T2-XY-VALID, T3-XY-CARRY, T4-XY-PENDING). */
  previous?: ReportDocument | null;
  /** Older years of the same unit, newest first. */
  history?: ReportDocument[];
  /** Texts to compare the narrative with (TX-DUP). */
  compareTexts?: CompareText[];
  /** The reporting year the report is submitted for (TX-YEAR); defaults to `report.year`. */
  expectedYear?: number;
  /** T2-REG-LEVEL applies at district level; default 'district'. */
  unitLevel?: 'district' | 'city' | 'province';
}

export type CheckScope = 'single' | 'crossYear' | 'text' | 'district' | 'deadline';

export interface CheckDefinition {
  id: string;
  severity: FindingSeverity;
  titleZh: string;
  titleEn: string;
  scope: CheckScope;
}

/** One rule over one report; never throws on bad data, returns every finding. */
export interface CheckRule {
  id: string;
  severity: FindingSeverity;
  check(doc: ReportDocument, ctx: CheckContext): Finding[];
}
