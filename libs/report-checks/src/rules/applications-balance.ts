import { APPLICANT_COLUMN_COUNT, cellAddress } from '@nianbao/report-format';
import type { CheckRule, Finding } from '../finding.js';
import { columnEn, columnZh, makeFinding, rowCell, sameNumber } from './rule-support.js';

/** T3-BAL: the rule printed in table 3's corner — new + carried over = handled + carried forward, per column. */
export const applicationsBalanceRule: CheckRule = {
  id: 'T3-BAL',
  severity: 'error',
  check(doc) {
    const findings: Finding[] = [];
    for (let c = 0; c < APPLICANT_COLUMN_COUNT; c++) {
      const newReceived = rowCell(doc.report, 'applications.newReceived', c);
      const carriedOver = rowCell(doc.report, 'applications.carriedOver', c);
      const handled = rowCell(doc.report, 'applications.outcomes.total', c);
      const carriedForward = rowCell(doc.report, 'applications.carriedForward', c);
      if (newReceived === null || carriedOver === null || handled === null || carriedForward === null)
        continue;
      const incoming = newReceived + carriedOver;
      const outgoing = handled + carriedForward;
      if (sameNumber(incoming, outgoing)) continue;
      findings.push(
        makeFinding(applicationsBalanceRule, {
          cells: [
            cellAddress('applications.newReceived', c),
            cellAddress('applications.carriedOver', c),
            cellAddress('applications.outcomes.total', c),
            cellAddress('applications.carriedForward', c),
          ],
          expected: incoming,
          actual: outgoing,
          message: `${columnZh(c)}：本年新收 ${newReceived} + 上年结转 ${carriedOver} = ${incoming}，办理结果总计 ${handled} + 结转下年度 ${carriedForward} = ${outgoing}`,
          messageEn: `${columnEn(c)}: new ${newReceived} + carried over ${carriedOver} = ${incoming}, but handled ${handled} + carried forward ${carriedForward} = ${outgoing}`,
        }),
      );
    }
    return findings;
  },
};
