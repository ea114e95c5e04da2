import { TOTAL_COLUMN, cellAddress } from '@nianbao/report-format';
import type { CheckRule } from '../finding.js';
import { labelEn, labelZh, makeFinding, rowCell } from './rule-support.js';

/** （六）3.其他 is meant for rare cases; above this share of all outcomes it deserves a look. */
export const OTHER_HANDLING_MAX_SHARE = 0.2;
/** …but only from this many requests on, so that 1 of 3 is not flagged. */
export const OTHER_HANDLING_MIN_COUNT = 5;

/** T3-OTHER-SHARE: （六）其他处理 3.其他 is a large share of all outcomes. */
export const otherHandlingShareRule: CheckRule = {
  id: 'T3-OTHER-SHARE',
  severity: 'info',
  check(doc) {
    const otherCell = cellAddress('applications.outcomes.otherHandling.other', TOTAL_COLUMN);
    const totalCell = cellAddress('applications.outcomes.total', TOTAL_COLUMN);
    const other = rowCell(doc.report, 'applications.outcomes.otherHandling.other', TOTAL_COLUMN);
    const total = rowCell(doc.report, 'applications.outcomes.total', TOTAL_COLUMN);
    if (other === null || total === null || total <= 0) return [];
    if (other < OTHER_HANDLING_MIN_COUNT || other <= total * OTHER_HANDLING_MAX_SHARE) return [];
    const percent = Math.round((other / total) * 100);
    return [
      makeFinding(otherHandlingShareRule, {
        cells: [otherCell, totalCell],
        expected: `≤ ${OTHER_HANDLING_MAX_SHARE * 100}%`,
        actual: other,
        message: `${labelZh(otherCell)}为 ${other}，占办理结果总计 ${total} 的 ${percent}%，该项应仅用于少数情形，请核实是否应归入具体类别`,
        messageEn: `${labelEn(otherCell)} is ${other}, ${percent}% of ${labelEn(totalCell)} ${total}; it is meant for rare cases`,
      }),
    ];
  },
};
