import { REVIEW_GROUPS, type ReviewGroupKey } from '@nianbao/report-format';
import type { CheckRule } from '../finding.js';
import { figure, makeFinding, sameNumber, sumKnown } from './rule-support.js';

const PARTS = ['upheld', 'corrected', 'other', 'pending'] as const;

function reviewGroupTotalRule(groupKey: ReviewGroupKey): CheckRule {
  const group = REVIEW_GROUPS.find((g) => g.key === groupKey)!;
  const rule: CheckRule = {
    id: group.checkId,
    severity: 'error',
    check(doc) {
      const prefix = `reviewLitigation.${group.key}`;
      const parts = PARTS.map((p) => figure(doc.report, `${prefix}.${p}`));
      const sum = sumKnown(parts);
      const total = figure(doc.report, `${prefix}.total`);
      if (sum === null || total === null || sameNumber(sum, total)) return [];
      const [upheld, corrected, other, pending] = parts;
      return [
        makeFinding(rule, {
          cells: [`${prefix}.total`, ...PARTS.map((p) => `${prefix}.${p}`)],
          expected: sum,
          actual: total,
          message: `${group.zh}：结果维持 ${upheld} + 结果纠正 ${corrected} + 其他结果 ${other} + 尚未审结 ${pending} = ${sum}，但总计为 ${total}`,
          messageEn: `${group.en}: upheld ${upheld} + corrected ${corrected} + other ${other} + pending ${pending} = ${sum}, but the total is ${total}`,
        }),
      ];
    },
  };
  return rule;
}

/** T4-REV: 行政复议 total = upheld + corrected + other + pending. */
export const reviewTotalRule = reviewGroupTotalRule('review');
/** T4-LIT-D: 行政诉讼（未经复议直接起诉） total = the four results. */
export const litigationDirectTotalRule = reviewGroupTotalRule('litigationDirect');
/** T4-LIT-R: 行政诉讼（复议后起诉） total = the four results. */
export const litigationAfterReviewTotalRule = reviewGroupTotalRule('litigationAfterReview');
