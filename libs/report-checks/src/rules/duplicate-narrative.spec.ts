import { describe, it, expect } from '@jest/globals';
import {
  comparisonSignature,
  comparisonText,
  documentSignature,
  duplicateNarrativeRule,
} from './duplicate-narrative.js';
import {
  OTHER_2023,
  OVERVIEW_2023,
  PROBLEMS_2023,
  consistentDocument,
} from '../test-support/report-builders.js';

const own = [OVERVIEW_2023, PROBLEMS_2023, OTHER_2023].join('\n');

describe('TX-DUP duplicateNarrativeRule', () => {
  it('passes against an unrelated text', () => {
    const unrelated =
      '城市管理执法工作稳步推进，共开展市容环境专项整治行动若干次，清理占道经营、规范户外广告设置。'.repeat(
        6,
      );
    const ctx = {
      compareTexts: [{ label: '某区城管局 2023', text: unrelated, kind: 'sameYearOtherUnit' as const }],
    };
    expect(duplicateNarrativeRule.check(consistentDocument(), ctx)).toEqual([]);
  });

  it("flags last year's text with only the years and numbers changed", () => {
    const lastYear = own.replace(/2023/g, '2022').replace(/12件/g, '9件');
    const ctx = {
      compareTexts: [{ label: '本单位 2022 年报告', text: lastYear, kind: 'previousYear' as const }],
    };
    expect(duplicateNarrativeRule.check(consistentDocument(), ctx)).toEqual([
      {
        checkId: 'TX-DUP',
        severity: 'warning',
        cells: [],
        expected: '< 80%',
        actual: 1,
        message: '正文与本单位上年度报告“本单位 2022 年报告”的相似度为 100%，疑似内容雷同',
        messageEn:
          'The narrative is 100% similar to the unit\'s previous report "本单位 2022 年报告": possibly copied',
      },
    ]);
  });

  it('does not compare short texts', () => {
    const doc = consistentDocument();
    doc.report.narrative = { overview: '无。', problems: null, other: null };
    const ctx = { compareTexts: [{ label: 'x', text: '无。', kind: 'previousYear' as const }] };
    expect(duplicateNarrativeRule.check(doc, ctx)).toEqual([]);
  });
});

describe('TX-DUP with precomputed signatures', () => {
  it('gives the same findings with CompareText.signature as with the text alone', () => {
    const lightlyEdited = own.replace('一百余条', '两百余条').replace('持续优化', '不断优化');
    const unrelated = '城市管理执法工作稳步推进，开展市容环境专项整治行动，清理占道经营。'.repeat(8);
    const texts = [
      { label: 'A', text: lightlyEdited, kind: 'sameYearOtherUnit' as const },
      { label: 'B', text: unrelated, kind: 'sameYearOtherUnit' as const },
      { label: 'C', text: own.slice(0, 150), kind: 'sameYearOtherUnit' as const },
      { label: 'D', text: own, kind: 'previousYear' as const },
    ];
    const plain = duplicateNarrativeRule.check(consistentDocument(), { compareTexts: texts });
    const withSignatures = duplicateNarrativeRule.check(consistentDocument(), {
      compareTexts: texts.map((t) => ({ ...t, signature: comparisonSignature(t.text) })),
    });
    expect(plain.map((f) => f.message)).toEqual([
      expect.stringContaining('“A”'),
      expect.stringContaining('“D”的相似度为 100%'),
    ]);
    expect(withSignatures).toEqual(plain);
  });

  it('documentSignature is the signature of the narrative, or of sections 1, 5, 6 without one', () => {
    const doc = consistentDocument();
    expect(documentSignature(doc)).toEqual(comparisonSignature(comparisonText(doc)));
    expect(comparisonText(doc)).toBe(own);
  });
});

describe('comparisonSignature', () => {
  it('returns the signature of the normalised text, shared for texts that normalise alike', () => {
    const a = comparisonSignature(own);
    expect(comparisonSignature(own)).toBe(a);
    // whitespace and numbers do not count: the same signature object
    expect(comparisonSignature(own.replace(/\n/g, '\n\n').replace(/2023/g, '2024'))).toBe(a);
    const b = comparisonSignature(`${own}另外`);
    expect(b).not.toBe(a);
    expect(b.length).toBe(a.length + 2);
  });
});
