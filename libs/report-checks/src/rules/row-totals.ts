import { APPLICATION_ROWS, TOTAL_COLUMN, cellAddress, cellLabel } from '@nianbao/report-format';
import type { CheckRule, Finding } from '../finding.js';
import { makeFinding, rowCell, sameNumber, sumKnown } from './rule-support.js';

const DETAIL_COLUMNS = [0, 1, 2, 3, 4, 5];

/** T3-COL: in each of the 25 rows, 总计 = 自然人 + the five organisation columns. */
export const rowTotalsRule: CheckRule = {
  id: 'T3-COL',
  severity: 'error',
  check(doc) {
    const findings: Finding[] = [];
    for (const row of APPLICATION_ROWS) {
      const total = rowCell(doc.report, row.key, TOTAL_COLUMN);
      const sum = sumKnown(DETAIL_COLUMNS.map((c) => rowCell(doc.report, row.key, c)));
      if (total === null || sum === null || sameNumber(total, sum)) continue;
      const totalCell = cellAddress(row.key, TOTAL_COLUMN);
      findings.push(
        makeFinding(rowTotalsRule, {
          cells: [totalCell, ...DETAIL_COLUMNS.map((c) => cellAddress(row.key, c))],
          expected: sum,
          actual: total,
          message: `「${cellLabel(row.key)}」：各类申请人之和为 ${sum}，但总计列为 ${total}`,
          messageEn: `"${cellLabel(row.key, 'en')}": the applicant columns add up to ${sum}, but the total column is ${total}`,
        }),
      );
    }
    return findings;
  },
};
