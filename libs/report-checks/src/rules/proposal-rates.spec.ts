import { describe, it, expect } from '@jest/globals';
import { proposalRatesRule } from './proposal-rates.js';
import { consistentDocument, documentWith, set } from '../test-support/report-builders.js';

describe('P-RATE proposalRatesRule', () => {
  it('passes rates within 0–1', () => {
    expect(proposalRatesRule.check(consistentDocument(), {})).toEqual([]);
  });

  it('flags a rate entered as a percentage', () => {
    const doc = documentWith((d) => set(d, 'other.proposals.satisfactionRate', 98));
    expect(proposalRatesRule.check(doc, {})).toEqual([
      {
        checkId: 'P-RATE',
        severity: 'error',
        cells: ['other.proposals.satisfactionRate'],
        expected: '0–1',
        actual: 98,
        message: '议提案满意和基本满意率应在 0 到 1 之间，实际为 98（疑似按百分数填写，98% 应填 0.98）',
        messageEn: 'Proposal satisfaction rate must be between 0 and 1, got 98',
      },
    ]);
  });
});
