import { describe, it, expect } from '@jest/globals';
import { reportingYearRule } from './reporting-year.js';
import { consistentDocument, documentWith } from '../test-support/report-builders.js';

describe('TX-YEAR reportingYearRule', () => {
  it('passes when title, period and figures are of the reporting year', () => {
    expect(reportingYearRule.check(consistentDocument(), { expectedYear: 2023 })).toEqual([]);
  });

  it('flags a title year copied from last year', () => {
    const doc = documentWith((d) => (d.meta.titleYear = 2022));
    expect(reportingYearRule.check(doc, {})).toEqual([
      {
        checkId: 'TX-YEAR',
        severity: 'error',
        cells: ['meta.titleYear'],
        expected: 2023,
        actual: 2022,
        message: '标题中的年份为 2022 年，应为报告年度 2023 年',
        messageEn: 'the year in the title is 2022, expected the reporting year 2023',
      },
    ]);
  });

  it('flags a report submitted for another year', () => {
    expect(
      reportingYearRule.check(consistentDocument(), { expectedYear: 2024 }).map((f) => f.cells[0]),
    ).toEqual(['year', 'meta.titleYear', 'meta.periodYear']);
  });
});
