import { describe, it, expect } from '@jest/globals';
import { processingFeeStatedRule } from './processing-fee-stated.js';
import { consistentDocument, documentWith } from '../test-support/report-builders.js';

describe('TX-SEC6-FEE processingFeeStatedRule', () => {
  it('passes when section 六 states the fee, even as none', () => {
    expect(processingFeeStatedRule.check(consistentDocument(), {})).toEqual([]);
  });

  it('flags a section 六 silent on the fee', () => {
    const doc = documentWith((d) => {
      d.report.narrative.other = '本年度无其他需要报告的事项。';
      d.meta.sections = d.meta.sections.map((s) =>
        s.number === 6 ? { ...s, text: '本年度无其他需要报告的事项。' } : s,
      );
    });
    expect(processingFeeStatedRule.check(doc, {})).toEqual([
      {
        checkId: 'TX-SEC6-FEE',
        severity: 'warning',
        cells: ['other.processingFeesYuan'],
        expected: null,
        actual: null,
        message: '第六部分“其他需要报告的事项”未说明政府信息公开信息处理费的收取情况（未收取也应说明）',
        messageEn:
          'Section 6 does not state the information processing fees charged (state it even when none)',
      },
    ]);
  });
});
