import { describe, it, expect } from '@jest/globals';
import {
  litigationAfterReviewTotalRule,
  litigationDirectTotalRule,
  reviewTotalRule,
} from './review-group-total.js';
import { consistentDocument, documentWith, set } from '../test-support/report-builders.js';

describe('T4-REV, T4-LIT-D, T4-LIT-R review group totals', () => {
  const rules = [reviewTotalRule, litigationDirectTotalRule, litigationAfterReviewTotalRule];

  it('passes consistent groups', () => {
    for (const rule of rules) expect(rule.check(consistentDocument(), {})).toEqual([]);
  });

  it('flags each group whose total is not the sum of its results', () => {
    const doc = documentWith((d) => {
      set(d, 'reviewLitigation.review.total', 3);
      set(d, 'reviewLitigation.litigationDirect.pending', 1);
      set(d, 'reviewLitigation.litigationAfterReview.upheld', 2);
    });
    expect(reviewTotalRule.check(doc, {})).toEqual([
      {
        checkId: 'T4-REV',
        severity: 'error',
        cells: [
          'reviewLitigation.review.total',
          'reviewLitigation.review.upheld',
          'reviewLitigation.review.corrected',
          'reviewLitigation.review.other',
          'reviewLitigation.review.pending',
        ],
        expected: 2,
        actual: 3,
        message: '行政复议：结果维持 1 + 结果纠正 0 + 其他结果 0 + 尚未审结 1 = 2，但总计为 3',
        messageEn:
          'Administrative reconsideration: upheld 1 + corrected 0 + other 0 + pending 1 = 2, but the total is 3',
      },
    ]);
    expect(litigationDirectTotalRule.check(doc, {})).toEqual([
      expect.objectContaining({ checkId: 'T4-LIT-D', expected: 1, actual: 0 }),
    ]);
    expect(litigationAfterReviewTotalRule.check(doc, {})).toEqual([
      expect.objectContaining({ checkId: 'T4-LIT-R', expected: 3, actual: 1 }),
    ]);
  });

  it('skips a group with a missing figure', () => {
    const doc = documentWith((d) => {
      set(d, 'reviewLitigation.review.total', 3);
      set(d, 'reviewLitigation.review.other', null);
    });
    expect(reviewTotalRule.check(doc, {})).toEqual([]);
  });
});
