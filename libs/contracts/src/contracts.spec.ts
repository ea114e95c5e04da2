import { describe, expect, it } from '@jest/globals';
import { loginRequestSchema } from './auth.js';
import { METRICS } from './metric-catalogue.js';

describe('metric catalogue', () => {
  it('defines every metric once, with both labels and a formula', () => {
    const keys = METRICS.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of METRICS) {
      expect(m.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(m.en).toMatch(/[A-Za-z]/);
      expect(m.formula.length).toBeGreaterThan(0);
      // Percentages are ratios: they must say what they divide by.
      if (m.unit === '%') expect(m.denominatorSql).toBeDefined();
    }
  });

  it('has the indicators supervisors compare', () => {
    const zh = METRICS.map((m) => m.zh);
    for (const label of ['公开率', '办结率', '满意率', '复议纠错率'])
      expect(zh.some((z) => z.includes(label))).toBe(true);
  });
});

describe('login request', () => {
  it('accepts a username and password and refuses an empty body', () => {
    expect(loginRequestSchema.safeParse({ username: 'demo-admin', password: 'Admin12345!' }).success).toBe(
      true,
    );
    expect(loginRequestSchema.safeParse({}).success).toBe(false);
  });
});
