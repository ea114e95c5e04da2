import { describe, it, expect } from '@jest/globals';
import { textSimilarity } from './similarity.js';
import { OVERVIEW_2023 } from './test-support/report-builders.js';

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
