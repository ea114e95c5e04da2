import { describe, it, expect } from '@jest/globals';
import { integerCountsRule } from './integer-counts.js';
import { consistentDocument, documentWith, set } from '../test-support/report-builders.js';

describe('C-INT integerCountsRule', () => {
  it('passes integer counts and a decimal fee', () => {
    expect(integerCountsRule.check(consistentDocument(), {})).toEqual([]);
  });

  it('flags negative, fractional and non-numeric counts, and short rows', () => {
    const doc = documentWith((d) => {
      set(d, 'activeDisclosure.licensing', -1);
      set(d, 'applications.outcomes.disclosed', [6, 1.5, 0, 0, 0, 0, 7.5]);
      set(d, 'applications.carriedOver', [1, 0, 0]);
      set(d, 'reviewLitigation.review.pending', '一');
    });
    expect(integerCountsRule.check(doc, {})).toEqual([
      {
        checkId: 'C-INT',
        severity: 'error',
        cells: ['applications.carriedOver'],
        expected: 7,
        actual: 3,
        message: '「二、上年结转政府信息公开申请数量」应有 7 列数字，实际为 3 列',
        messageEn: '"Requests carried over from last year" must have 7 numbers, got 3',
      },
      expect.objectContaining({ cells: ['applications.outcomes.disclosed[1]'], actual: 1.5 }),
      expect.objectContaining({ cells: ['applications.outcomes.disclosed[6]'], actual: 7.5 }),
      {
        checkId: 'C-INT',
        severity: 'error',
        cells: ['activeDisclosure.licensing'],
        expected: '非负整数',
        actual: -1,
        message: '「行政许可」应为非负整数，实际为 -1',
        messageEn: '"Administrative licensing decisions" must be a non-negative integer, got -1',
      },
      expect.objectContaining({ cells: ['reviewLitigation.review.pending'], actual: '一' }),
    ]);
  });

  it('does not flag absent figures', () => {
    const doc = documentWith((d) => set(d, 'applications.carriedOver', null));
    expect(integerCountsRule.check(doc, {})).toEqual([]);
  });
});
