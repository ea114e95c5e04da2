import { describe, it, expect } from '@jest/globals';
import { applicationsBalanceRule } from './applications-balance.js';
import { consistentDocument, documentWith, row, set } from '../test-support/report-builders.js';

describe('T3-BAL applicationsBalanceRule', () => {
  it('passes a balanced table 3', () => {
    expect(applicationsBalanceRule.check(consistentDocument(), {})).toEqual([]);
  });

  it('flags every unbalanced column, with the four cells and both sides', () => {
    const doc = documentWith((d) => set(d, 'applications.carriedOver', row(1, 0, 0, 5, 0, 0)));
    expect(applicationsBalanceRule.check(doc, {})).toEqual([
      {
        checkId: 'T3-BAL',
        severity: 'error',
        cells: [
          'applications.newReceived[3]',
          'applications.carriedOver[3]',
          'applications.outcomes.total[3]',
          'applications.carriedForward[3]',
        ],
        expected: 5,
        actual: 0,
        message: '「社会公益组织」列：本年新收 0 + 上年结转 5 = 5，办理结果总计 0 + 结转下年度 0 = 0',
        messageEn:
          'column "Public-interest organisations": new 0 + carried over 5 = 5, but handled 0 + carried forward 0 = 0',
      },
      expect.objectContaining({
        cells: expect.arrayContaining(['applications.carriedOver[6]']),
        expected: 18,
        actual: 13,
      }),
    ]);
  });

  it('skips columns whose figures are missing', () => {
    const doc = documentWith((d) => {
      set(d, 'applications.carriedOver', row(1, 0, 0, 5, 0, 0));
      set(d, 'applications.carriedForward', null);
    });
    expect(applicationsBalanceRule.check(doc, {})).toEqual([]);
  });
});
