import { describe, it, expect } from '@jest/globals';
import { pendingCasesPersistRule } from './pending-cases-persist.js';
import { consistentDocument, previousDocument } from '../test-support/report-builders.js';

describe('T4-XY-PENDING pendingCasesPersistRule', () => {
  it('passes when last year had no pending cases', () => {
    expect(pendingCasesPersistRule.check(consistentDocument(), { previous: previousDocument() })).toEqual([]);
  });

  it('flags pending cases that did not go down', () => {
    const previous = previousDocument();
    previous.report.reviewLitigation.review = { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 };
    expect(pendingCasesPersistRule.check(consistentDocument(), { previous })).toEqual([
      {
        checkId: 'T4-XY-PENDING',
        severity: 'info',
        cells: ['reviewLitigation.review.pending'],
        expected: '< 1',
        actual: 1,
        message: '行政复议尚未审结案件连续两年未减少：上年 1 件，本年 1 件',
        messageEn: 'Administrative reconsideration: pending cases did not go down (1 last year, 1 this year)',
      },
    ]);
  });

  it('does not flag pending cases that went down', () => {
    const previous = previousDocument();
    previous.report.reviewLitigation.review = { upheld: 0, corrected: 0, other: 0, pending: 3, total: 3 };
    expect(pendingCasesPersistRule.check(consistentDocument(), { previous })).toEqual([]);
  });
});
