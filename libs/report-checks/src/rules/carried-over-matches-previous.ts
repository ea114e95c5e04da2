import { APPLICANT_COLUMN_COUNT, cellAddress } from '@nianbao/report-format';
import type { CheckRule, Finding } from '../finding.js';
import {
  columnEn,
  columnZh,
  makeFinding,
  previousYearDocument,
  rowCell,
  sameNumber,
} from './rule-support.js';

/** T3-XY-CARRY: what was carried forward last year is what is carried over this year. */
export const carriedOverMatchesPreviousRule: CheckRule = {
  id: 'T3-XY-CARRY',
  severity: 'warning',
  check(doc, ctx) {
    const previous = previousYearDocument(doc, ctx);
    if (!previous) return [];
    const findings: Finding[] = [];
    for (let c = 0; c < APPLICANT_COLUMN_COUNT; c++) {
      const before = rowCell(previous.report, 'applications.carriedForward', c);
      const now = rowCell(doc.report, 'applications.carriedOver', c);
      if (before === null || now === null || sameNumber(before, now)) continue;
      findings.push(
        makeFinding(carriedOverMatchesPreviousRule, {
          cells: [cellAddress('applications.carriedOver', c)],
          expected: before,
          actual: now,
          message: `${columnZh(c)}：上年报告“结转下年度继续办理”为 ${before}，本年“上年结转”为 ${now}`,
          messageEn: `${columnEn(c)}: last year's report carried forward ${before}, this year's report carries over ${now}`,
        }),
      );
    }
    return findings;
  },
};
