import type { CheckRule, Finding } from '../finding.js';
import { asNumber, makeFinding, reportYear } from './rule-support.js';

/** TX-YEAR: the year of the title, of the 统计期 sentence and of the figures is the reporting year. */
export const reportingYearRule: CheckRule = {
  id: 'TX-YEAR',
  severity: 'error',
  check(doc, ctx) {
    const expected = asNumber(ctx.expectedYear) ?? reportYear(doc);
    if (expected === null) return [];
    const places = [
      { cell: 'year', value: reportYear(doc), zh: '报告所属年度', en: 'the report year' },
      {
        cell: 'meta.titleYear',
        value: asNumber(doc.meta?.titleYear),
        zh: '标题中的年份',
        en: 'the year in the title',
      },
      {
        cell: 'meta.periodYear',
        value: asNumber(doc.meta?.periodYear),
        zh: '统计期（“时间范围为…”）中的年份',
        en: 'the year of the statistics period',
      },
    ];
    const findings: Finding[] = [];
    for (const place of places) {
      if (place.value === null || place.value === expected) continue;
      findings.push(
        makeFinding(reportingYearRule, {
          cells: [place.cell],
          expected,
          actual: place.value,
          message: `${place.zh}为 ${place.value} 年，应为报告年度 ${expected} 年`,
          messageEn: `${place.en} is ${place.value}, expected the reporting year ${expected}`,
        }),
      );
    }
    return findings;
  },
};
