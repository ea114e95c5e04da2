import { describe, it, expect } from '@jest/globals';
import { rowTotalsRule } from './row-totals.js';
import { consistentDocument, documentWith, set } from '../test-support/report-builders.js';

describe('T3-COL rowTotalsRule', () => {
  it('passes when every row total is the sum of its columns', () => {
    expect(rowTotalsRule.check(consistentDocument(), {})).toEqual([]);
  });

  it('flags each row whose total column is wrong', () => {
    const doc = documentWith((d) => {
      set(d, 'applications.outcomes.disclosed', [6, 1, 0, 0, 0, 0, 8]);
      set(d, 'applications.carriedForward', [2, 0, 0, 0, 0, 0, 0]);
    });
    expect(rowTotalsRule.check(doc, {})).toEqual([
      {
        checkId: 'T3-COL',
        severity: 'error',
        cells: [
          'applications.outcomes.disclosed[6]',
          'applications.outcomes.disclosed[0]',
          'applications.outcomes.disclosed[1]',
          'applications.outcomes.disclosed[2]',
          'applications.outcomes.disclosed[3]',
          'applications.outcomes.disclosed[4]',
          'applications.outcomes.disclosed[5]',
        ],
        expected: 7,
        actual: 8,
        message: '「三、本年度办理结果 （一）予以公开」：各类申请人之和为 7，但总计列为 8',
        messageEn:
          '"Outcomes this year Disclosed": the applicant columns add up to 7, but the total column is 8',
      },
      expect.objectContaining({
        expected: 2,
        actual: 0,
        message: '「四、结转下年度继续办理」：各类申请人之和为 2，但总计列为 0',
      }),
    ]);
  });
});
