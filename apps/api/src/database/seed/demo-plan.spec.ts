import { describe, expect, it } from '@jest/globals';
import { runChecks } from '@nianbao/report-checks';
import { createEmptyMeta } from '@nianbao/report-format';

import { DEMO_OPEN_YEAR, DEMO_YEARS, planDemoSubmissions } from './demo-plan.js';
import { DEMO_UNITS } from './demo-units.js';

const plans = planDemoSubmissions();
const errorsOf = (p: (typeof plans)[number]) =>
  runChecks({ report: p.report, meta: createEmptyMeta('json') }, { expectedYear: p.year }).filter(
    (f) => f.severity === 'error',
  );

describe('planDemoSubmissions', () => {
  it('is deterministic', () => {
    expect(JSON.stringify(planDemoSubmissions())).toBe(JSON.stringify(plans));
  });

  it('covers about 40 units over four years, with some missing and the open year partly submitted', () => {
    expect(DEMO_UNITS.length).toBeGreaterThanOrEqual(38);
    for (const year of DEMO_YEARS) {
      const n = plans.filter((p) => p.year === year).length;
      if (year === DEMO_OPEN_YEAR) expect(n / DEMO_UNITS.length).toBeLessThan(0.75);
      else expect(n / DEMO_UNITS.length).toBeGreaterThan(0.75);
      expect(n).toBeLessThan(DEMO_UNITS.length);
    }
  });

  it('balances the tables of every report without a deliberate fault, and faults fail the named check', () => {
    for (const p of plans) {
      const errors = errorsOf(p);
      if (p.fault === 'none') expect(errors).toEqual([]);
      else expect(errors.map((e) => e.checkId)).toContain(p.fault === 'T3-BAL' ? 'T3-BAL' : 'T3-COL');
    }
  });

  it('has late hand-ins, faults, copied narratives, returns and acceptances', () => {
    const share = (f: (p: (typeof plans)[number]) => boolean) => plans.filter(f).length / plans.length;
    expect(share((p) => p.isLate)).toBeGreaterThan(0.07);
    expect(share((p) => p.fault !== 'none')).toBeGreaterThan(0.03);
    expect(plans.some((p) => p.copiesNarrative)).toBe(true);
    expect(plans.some((p) => p.review.kind === 'return' && p.review.resubmit)).toBe(true);
    expect(share((p) => p.review.kind === 'accept')).toBeGreaterThan(0.6);
    const names = new Set(plans.map((p) => p.report.narrative.overview));
    expect(names.size).toBeGreaterThan(plans.length * 0.9);
  });
});
