import { describe, it, expect } from '@jest/globals';
import { feeUnpaidMentionedRule } from './fee-unpaid-mentioned.js';
import { documentWith, row, set } from '../test-support/report-builders.js';

describe('T3-FEE-TEXT feeUnpaidMentionedRule', () => {
  it('passes when section 六 mentions the fee', () => {
    const doc = documentWith((d) =>
      set(d, 'applications.outcomes.otherHandling.feeUnpaid', row(1, 0, 0, 0, 0, 0)),
    );
    expect(feeUnpaidMentionedRule.check(doc, {})).toEqual([]);
  });

  it('flags unpaid fees when section 六 says nothing about fees', () => {
    const doc = documentWith((d) => {
      set(d, 'applications.outcomes.otherHandling.feeUnpaid', row(1, 0, 0, 0, 0, 0));
      d.report.narrative.other = '无其他需要报告的事项。';
      d.meta.sections = d.meta.sections.map((s) =>
        s.number === 6 ? { ...s, text: '无其他需要报告的事项。' } : s,
      );
    });
    expect(feeUnpaidMentionedRule.check(doc, {})).toEqual([
      {
        checkId: 'T3-FEE-TEXT',
        severity: 'warning',
        cells: ['applications.outcomes.otherHandling.feeUnpaid[6]'],
        expected: null,
        actual: 1,
        message:
          '「（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 · 总计」为 1，但第六部分“其他需要报告的事项”未说明信息处理费收取情况',
        messageEn:
          '"Other handling Applicant did not pay the fee in time · Total" is 1, but section 6 does not mention the processing fee',
      },
    ]);
  });
});
