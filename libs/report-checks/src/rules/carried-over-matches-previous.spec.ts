import { describe, it, expect } from '@jest/globals';
import { carriedOverMatchesPreviousRule } from './carried-over-matches-previous.js';
import { consistentDocument, previousDocument, row } from '../test-support/report-builders.js';

describe('T3-XY-CARRY carriedOverMatchesPreviousRule', () => {
  it("passes when this year's carried over is last year's carried forward", () => {
    expect(
      carriedOverMatchesPreviousRule.check(consistentDocument(), { previous: previousDocument() }),
    ).toEqual([]);
  });

  it('flags every column that differs', () => {
    const previous = previousDocument();
    previous.report.applications.carriedForward = row(0, 0, 0, 0, 2, 0);
    expect(carriedOverMatchesPreviousRule.check(consistentDocument(), { previous })).toEqual([
      {
        checkId: 'T3-XY-CARRY',
        severity: 'warning',
        cells: ['applications.carriedOver[0]'],
        expected: 0,
        actual: 1,
        message: '「自然人」列：上年报告“结转下年度继续办理”为 0，本年“上年结转”为 1',
        messageEn:
          'column "Natural persons": last year\'s report carried forward 0, this year\'s report carries over 1',
      },
      expect.objectContaining({ cells: ['applications.carriedOver[4]'], expected: 2, actual: 0 }),
      expect.objectContaining({ cells: ['applications.carriedOver[6]'], expected: 2, actual: 1 }),
    ]);
  });

  it('uses history when no previous report is given, and skips without any', () => {
    const previous = previousDocument();
    previous.report.applications.carriedForward = row(0, 0, 0, 0, 0, 0);
    expect(carriedOverMatchesPreviousRule.check(consistentDocument(), { history: [previous] })).toHaveLength(
      2,
    );
    expect(carriedOverMatchesPreviousRule.check(consistentDocument(), {})).toEqual([]);
  });
});
