import { APPLICANT_COLUMN_COUNT, APPLICATION_ROWS, cellAddress } from '@nianbao/report-format';
import type { CheckRule, Finding } from '../finding.js';
import {
  columnEn,
  columnZh,
  labelEn,
  labelZh,
  makeFinding,
  rowCell,
  sameNumber,
  sumKnown,
} from './rule-support.js';

const DETAIL_ROWS = APPLICATION_ROWS.filter((r) => r.isOutcomeDetail).map((r) => r.key);
const TOTAL_KEY = 'applications.outcomes.total';

/** T3-RES: （七）总计 = sum of the 21 detail outcome rows; each request is counted once. */
export const outcomesTotalRule: CheckRule = {
  id: 'T3-RES',
  severity: 'error',
  check(doc) {
    const findings: Finding[] = [];
    for (let c = 0; c < APPLICANT_COLUMN_COUNT; c++) {
      const total = rowCell(doc.report, TOTAL_KEY, c);
      const sum = sumKnown(DETAIL_ROWS.map((key) => rowCell(doc.report, key, c)));
      if (total === null || sum === null || sameNumber(total, sum)) continue;
      const totalCell = cellAddress(TOTAL_KEY, c);
      findings.push(
        makeFinding(outcomesTotalRule, {
          cells: [totalCell, ...DETAIL_ROWS.map((key) => cellAddress(key, c))],
          expected: sum,
          actual: total,
          message: `${columnZh(c)}：21 项办理结果之和为 ${sum}，但${labelZh(totalCell)}为 ${total}`,
          messageEn: `${columnEn(c)}: the 21 outcome rows add up to ${sum}, but ${labelEn(totalCell)} is ${total}`,
        }),
      );
    }
    return findings;
  },
};
