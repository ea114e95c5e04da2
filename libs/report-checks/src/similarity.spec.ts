import { describe, it, expect } from '@jest/globals';
import {
  signatureSimilarity,
  signatureSimilarityBound,
  textSignature,
  textSimilarity,
} from './similarity.js';
import { OTHER_2023, OVERVIEW_2023, PROBLEMS_2023 } from './test-support/report-builders.js';

/** The definition, with string sets: average Jaccard of the 3-, 4- and 5-character shingles. */
function referenceSimilarity(a: string, b: string): number {
  const na = a.normalize('NFKC').replace(/\s+/g, '');
  const nb = b.normalize('NFKC').replace(/\s+/g, '');
  if (na === nb) return 1;
  const shingles = (t: string, k: number): Set<string> => {
    const set = new Set<string>();
    if (t.length < k) {
      if (t) set.add(t);
      return set;
    }
    for (let i = 0; i + k <= t.length; i++) set.add(t.slice(i, i + k));
    return set;
  };
  const jaccard = (x: Set<string>, y: Set<string>): number => {
    if (!x.size && !y.size) return 1;
    let common = 0;
    for (const s of x) if (y.has(s)) common++;
    return common / (x.size + y.size - common);
  };
  return [3, 4, 5].reduce((s, k) => s + jaccard(shingles(na, k), shingles(nb, k)), 0) / 3;
}

/** Deterministic pseudo-random edits of a text (replace, delete, insert characters). */
function edited(text: string, edits: number, seed: number): string {
  let x = seed;
  const rnd = (n: number): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x % n;
  };
  const chars = [...text];
  const pool =
    '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';
  for (let i = 0; i < edits; i++) {
    const at = rnd(chars.length);
    const op = rnd(3);
    if (op === 0) chars[at] = pool[rnd(pool.length)];
    else if (op === 1) chars.splice(at, 1);
    else chars.splice(at, 0, pool[rnd(pool.length)]);
  }
  return chars.join('');
}

describe('textSimilarity', () => {
  it('is 1 for identical texts, whitespace aside', () => {
    expect(textSimilarity(OVERVIEW_2023, OVERVIEW_2023)).toBe(1);
    expect(textSimilarity('政务 公开\n工作', '政务公开工作')).toBe(1);
  });

  it('is low for unrelated texts', () => {
    const other =
      '城市管理执法工作稳步推进，共开展市容环境专项整治行动，清理占道经营、规范户外广告设置，群众满意度持续提升。';
    expect(textSimilarity(OVERVIEW_2023, other)).toBeLessThan(0.1);
  });

  it('is high after a light edit', () => {
    const edited = OVERVIEW_2023.replace('一百余条', '两百余条').replace('持续优化', '不断优化');
    const score = textSimilarity(OVERVIEW_2023, edited);
    expect(score).toBeGreaterThan(0.8);
    expect(score).toBeLessThan(1);
  });
});

describe('textSignature / signatureSimilarity', () => {
  const base = [OVERVIEW_2023, PROBLEMS_2023, OTHER_2023].join('\n');

  it('gives the string-set Jaccard of the definition, for light to heavy edits', () => {
    for (const [edits, seed] of [
      [1, 1],
      [5, 2],
      [20, 3],
      [60, 4],
      [200, 5],
      [600, 6],
    ] as const) {
      const other = edited(base, edits, seed);
      const expected = referenceSimilarity(base, other);
      expect(signatureSimilarity(textSignature(base), textSignature(other))).toBeCloseTo(expected, 12);
      expect(textSimilarity(base, other)).toBeCloseTo(expected, 12);
    }
  });

  it('handles texts shorter than a shingle and empty texts like the definition', () => {
    for (const [a, b] of [
      ['ab', 'ab'],
      ['ab', 'abc'],
      ['', ''],
      ['', '政务公开'],
      ['政务', '政务公开工作'],
      ['abcabc', 'abcabcabc'],
    ]) {
      expect(signatureSimilarity(textSignature(a), textSignature(b))).toBeCloseTo(
        referenceSimilarity(a, b),
        12,
      );
    }
  });

  it('counts each distinct shingle once and ignores whitespace and full-width forms', () => {
    const s = textSignature('ａｂｃ abc\nabc');
    expect(s.length).toBe(9);
    expect(s.shingles.map((x) => x.length)).toEqual([3, 3, 3]);
    for (const arr of s.shingles)
      for (let i = 1; i < arr.length; i++) expect(arr[i]).toBeGreaterThan(arr[i - 1]);
  });

  it('bounds the similarity from above by the set sizes', () => {
    for (const [edits, seed] of [
      [0, 1],
      [30, 7],
      [900, 8],
    ] as const) {
      const a = textSignature(base);
      const b = textSignature(edited(base, edits, seed).slice(0, 300 + seed * 40));
      expect(signatureSimilarityBound(a, b)).toBeGreaterThanOrEqual(signatureSimilarity(a, b));
    }
    const short = textSignature(base.slice(0, 100));
    expect(signatureSimilarityBound(textSignature(base), short)).toBeLessThan(0.8);
  });
});

describe('signature digest', () => {
  const base = [OVERVIEW_2023, PROBLEMS_2023, OTHER_2023].join('\n');

  it('is the same for the same normalised text and gives 1 without merging', () => {
    const a = textSignature(base);
    const b = textSignature(base.replace(/。/g, '。\n  '));
    expect(b.digest).toBe(a.digest);
    expect(signatureSimilarity(a, b)).toBe(1);
  });

  it('differs after a one-character replacement of the same length, and the merge decides', () => {
    const other = base.replace('一百余条', '一百多条');
    const a = textSignature(base);
    const b = textSignature(other);
    expect(b.length).toBe(a.length);
    expect(b.digest).not.toBe(a.digest);
    expect(signatureSimilarity(a, b)).toBeCloseTo(referenceSimilarity(base, other), 12);
    expect(signatureSimilarity(a, b)).toBeLessThan(1);
  });
});
