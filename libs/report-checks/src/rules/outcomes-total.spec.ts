import { describe, it, expect } from '@jest/globals';
import { outcomesTotalRule } from './outcomes-total.js';
import { consistentDocument, documentWith, row, set } from '../test-support/report-builders.js';

describe('T3-RES outcomesTotalRule', () => {
  it('passes when the outcome total is the sum of the 21 detail rows', () => {
    expect(outcomesTotalRule.check(consistentDocument(), {})).toEqual([]);
  });

  it('flags a column whose detail rows do not add up to the total', () => {
    const doc = documentWith((d) =>
      set(d, 'applications.outcomes.withheld.stateSecret', row(1, 0, 0, 0, 0, 0)),
    );
    const findings = outcomesTotalRule.check(doc, {});
    expect(
      findings.map(({ cells, ...rest }) => ({ ...rest, cellCount: cells.length, firstCell: cells[0] })),
    ).toEqual([
      {
        checkId: 'T3-RES',
        severity: 'error',
        cellCount: 22,
        firstCell: 'applications.outcomes.total[0]',
        expected: 10,
        actual: 9,
        message: '「自然人」列：21 项办理结果之和为 10，但「三、本年度办理结果 （七）总计 · 自然人」为 9',
        messageEn:
          'column "Natural persons": the 21 outcome rows add up to 10, but "Outcomes this year Total handled · Natural persons" is 9',
      },
      expect.objectContaining({ firstCell: 'applications.outcomes.total[6]', expected: 12, actual: 11 }),
    ]);
    expect(findings[0].cells).toContain('applications.outcomes.withheld.stateSecret[0]');
  });

  it('skips a column when a detail row is missing', () => {
    const doc = documentWith((d) => {
      set(d, 'applications.outcomes.withheld.stateSecret', row(1, 0, 0, 0, 0, 0));
      set(d, 'applications.outcomes.notProcessed.publication', null);
    });
    expect(outcomesTotalRule.check(doc, {})).toEqual([]);
  });
});
