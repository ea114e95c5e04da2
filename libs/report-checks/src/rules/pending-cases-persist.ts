import { REVIEW_GROUPS } from '@nianbao/report-format';
import type { CheckRule, Finding } from '../finding.js';
import { figure, makeFinding, previousYearDocument } from './rule-support.js';

/** T4-XY-PENDING: pending review or litigation cases did not go down from last year. */
export const pendingCasesPersistRule: CheckRule = {
  id: 'T4-XY-PENDING',
  severity: 'info',
  check(doc, ctx) {
    const previous = previousYearDocument(doc, ctx);
    if (!previous) return [];
    const findings: Finding[] = [];
    for (const group of REVIEW_GROUPS) {
      const key = `reviewLitigation.${group.key}.pending`;
      const now = figure(doc.report, key);
      const before = figure(previous.report, key);
      if (now === null || before === null || now <= 0 || before <= 0 || now < before) continue;
      findings.push(
        makeFinding(pendingCasesPersistRule, {
          cells: [key],
          expected: `< ${before}`,
          actual: now,
          message: `${group.zh}尚未审结案件连续两年未减少：上年 ${before} 件，本年 ${now} 件`,
          messageEn: `${group.en}: pending cases did not go down (${before} last year, ${now} this year)`,
        }),
      );
    }
    return findings;
  },
};
