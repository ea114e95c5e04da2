import { statutoryDeadline } from '@nianbao/report-checks';
import type { AnnualReport } from '@nianbao/report-format';

import type { InternalDeadlines } from '../../periods/reporting-period.entity.js';
import { generateDemoReport, withDemoFault, type DemoFault } from './demo-report.js';
import { DemoRandom } from './demo-random.js';
import { DEMO_UNITS, SAMPLE_UNIT_NAME, type DemoUnit } from './demo-units.js';

export const DEMO_SEED = 20240131;
export const DEMO_YEARS = [2022, 2023, 2024, 2025] as const;
/** The year still open: only part of the district has handed in. */
export const DEMO_OPEN_YEAR = 2025;
/** The real sample report is the sample unit's 2023 submission. */
export const SAMPLE_YEAR = 2023;

/** The district asks units to hand in before the statutory 31 January (config per unit kind). */
export function demoInternalDeadlines(year: number): InternalDeadlines {
  return { department: `${year + 1}-01-20`, street: `${year + 1}-01-22`, township: `${year + 1}-01-22` };
}

export type DemoReview =
  | { kind: 'accept' }
  | { kind: 'pending' }
  | {
      kind: 'return';
      comment: string;
      resubmit: { report: AnnualReport; at: Date } | null;
      acceptAfter: boolean;
    };

export interface DemoSubmissionPlan {
  unit: DemoUnit;
  year: number;
  report: AnnualReport;
  submittedAt: Date;
  fault: DemoFault;
  isLate: boolean;
  copiesNarrative: boolean;
  review: DemoReview;
}

const RETURN_COMMENTS: Record<DemoFault, string[]> = {
  'T3-BAL': ['表三“新收+上年结转”与“办理结果总计+结转下年度”不相等，请核对结转下年度数据后重新报送。'],
  'T3-COL': ['表三“予以公开”一行总计与各类申请人之和不符，请核对后重新报送。'],
  none: [
    '正文第五部分内容过于简略，请补充存在问题的具体改进措施后重新报送。',
    '请补充议提案办理情况的主办、协办件数后重新报送。',
  ],
};

// Beijing office hours on a given day, as an instant.
function onDay(rng: DemoRandom, isoDay: string, dayOffset: number): Date {
  const base = Date.parse(`${isoDay}T00:00:00+08:00`);
  return new Date(base + dayOffset * 86_400_000 + (9 + rng.next() * 9) * 3_600_000);
}

/**
 * The whole demo history, deterministic for a seed: per year ~10% of units missing (most of the open
 * year), ~15% late, ~8% with a deliberate 勾稽 fault (returned, then corrected), ~5% copying last year's
 * text. Submissions of each year come out in hand-in order.
 */
export function planDemoSubmissions(seed = DEMO_SEED): DemoSubmissionPlan[] {
  const rng = new DemoRandom(seed);
  const plans: DemoSubmissionPlan[] = [];
  const previous = new Map<string, AnnualReport>();
  for (const year of DEMO_YEARS) {
    const isOpenYear = year === DEMO_OPEN_YEAR;
    const yearPlans: DemoSubmissionPlan[] = [];
    for (const unit of DEMO_UNITS) {
      const isSample = unit.name === SAMPLE_UNIT_NAME && year === SAMPLE_YEAR;
      const missing = !isSample && rng.chance(isOpenYear ? 0.45 : 0.1);
      const prev = previous.get(unit.code) ?? null;
      const copiesNarrative = !!prev && rng.chance(0.05);
      const report = generateDemoReport(rng, { unit, year, previous: prev, copyNarrative: copiesNarrative });
      const fault: DemoFault = rng.chance(0.1) ? rng.pick(['T3-BAL', 'T3-COL'] as const) : 'none';
      const isLate = rng.chance(0.15);
      if (missing || isSample) {
        // The sample unit's 2023 report is the real document, stored separately; the next year carries on from it.
        if (!missing) previous.set(unit.code, report);
        else previous.delete(unit.code);
        continue;
      }
      const deadline = demoInternalDeadlines(year)[unit.kind] ?? statutoryDeadline(year);
      const submittedAt = onDay(rng, deadline, isLate ? rng.int(1, 12) : -rng.int(0, 20));
      const resubmitAt = new Date(submittedAt.getTime() + rng.int(2, 6) * 86_400_000);
      let review: DemoReview;
      if (fault !== 'none') {
        const resubmit = isOpenYear && rng.chance(0.5) ? null : { report, at: resubmitAt };
        review = { kind: 'return', comment: RETURN_COMMENTS[fault][0], resubmit, acceptAfter: !isOpenYear };
      } else if (rng.chance(0.05)) {
        review = {
          kind: 'return',
          comment: rng.pick(RETURN_COMMENTS.none),
          resubmit: { report, at: resubmitAt },
          acceptAfter: !isOpenYear,
        };
      } else {
        review = rng.chance(isOpenYear ? 0.5 : 0.93) ? { kind: 'accept' } : { kind: 'pending' };
      }
      yearPlans.push({
        unit,
        year,
        report: withDemoFault(report, fault),
        submittedAt,
        fault,
        isLate,
        copiesNarrative,
        review,
      });
      previous.set(unit.code, report);
    }
    yearPlans.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
    plans.push(...yearPlans);
  }
  return plans;
}
