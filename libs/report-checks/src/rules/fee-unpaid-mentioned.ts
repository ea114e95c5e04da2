import { TOTAL_COLUMN, cellAddress } from '@nianbao/report-format';
import type { CheckRule } from '../finding.js';
import { labelEn, labelZh, makeFinding, rowCell, sectionText, textOf } from './rule-support.js';

const FEE_UNPAID_KEY = 'applications.outcomes.otherHandling.feeUnpaid';

/** T3-FEE-TEXT: requests dropped for an unpaid fee imply a fee was charged, which section 六 must state. */
export const feeUnpaidMentionedRule: CheckRule = {
  id: 'T3-FEE-TEXT',
  severity: 'warning',
  check(doc) {
    const unpaid = rowCell(doc.report, FEE_UNPAID_KEY, TOTAL_COLUMN);
    if (unpaid === null || unpaid <= 0) return [];
    const text = `${sectionText(doc, 6) ?? ''}\n${textOf(doc.report?.narrative?.other)}`;
    if (/费/.test(text)) return [];
    const cell = cellAddress(FEE_UNPAID_KEY, TOTAL_COLUMN);
    return [
      makeFinding(feeUnpaidMentionedRule, {
        cells: [cell],
        expected: null,
        actual: unpaid,
        message: `${labelZh(cell)}为 ${unpaid}，但第六部分“其他需要报告的事项”未说明信息处理费收取情况`,
        messageEn: `${labelEn(cell)} is ${unpaid}, but section 6 does not mention the processing fee`,
      }),
    ];
  },
};
