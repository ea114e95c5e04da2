import { describe, it, expect } from '@jest/globals';
import { proposalSplitRule } from './proposal-split.js';
import { consistentDocument, documentWith, set } from '../test-support/report-builders.js';

describe('P-SPLIT proposalSplitRule', () => {
  it('passes when lead + assisting = total', () => {
    expect(proposalSplitRule.check(consistentDocument(), {})).toEqual([]);
  });

  it('flags a split that does not add up, and skips an unstated part', () => {
    const doc = documentWith((d) => {
      set(d, 'other.proposals.cppcc.total', 14);
      set(d, 'other.proposals.npc.lead', null);
      set(d, 'other.proposals.npc.total', 9);
    });
    expect(proposalSplitRule.check(doc, {})).toEqual([
      {
        checkId: 'P-SPLIT',
        severity: 'warning',
        cells: ['other.proposals.cppcc.total', 'other.proposals.cppcc.lead', 'other.proposals.cppcc.assist'],
        expected: 13,
        actual: 14,
        message: '政协提案：主办 1 件 + 协办 12 件 = 13 件，但合计为 14 件',
        messageEn: 'CPPCC proposals: lead 1 + assisting 12 = 13, but the total is 14',
      },
    ]);
  });
});
