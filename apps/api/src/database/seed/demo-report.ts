import { createZeroReport, type AnnualReport } from '@nianbao/report-format';

import { composeNarrative } from './demo-narrative.js';
import type { DemoRandom } from './demo-random.js';
import type { DemoUnit } from './demo-units.js';

// Who asks: mostly natural persons, some companies, rarely the others (applicant columns 0–5).
const APPLICANT_ALPHAS = [8, 1.5, 0.1, 0.2, 0.6, 0.3];

// How requests end (the 21 detail rows of table 3, in format order): most are disclosed or "not held".
const OUTCOME_ROWS: ReadonlyArray<readonly [string, number]> = [
  ['disclosed', 5],
  ['partiallyDisclosed', 1.2],
  ['withheld.stateSecret', 0.02],
  ['withheld.prohibitedByLaw', 0.05],
  ['withheld.securityStability', 0.03],
  ['withheld.thirdPartyRights', 0.2],
  ['withheld.internalAffairs', 0.1],
  ['withheld.processInformation', 0.25],
  ['withheld.enforcementFiles', 0.05],
  ['withheld.administrativeQuery', 0.1],
  ['unableToProvide.notHeld', 2.5],
  ['unableToProvide.needsCreation', 0.4],
  ['unableToProvide.unclearAfterCorrection', 0.3],
  ['notProcessed.petitionOrComplaint', 0.4],
  ['notProcessed.duplicate', 0.3],
  ['notProcessed.publication', 0.05],
  ['notProcessed.massRepeated', 0.05],
  ['notProcessed.confirmOrReissue', 0.05],
  ['otherHandling.noCorrection', 0.3],
  ['otherHandling.feeUnpaid', 0.01],
  ['otherHandling.other', 0.1],
];

export type DemoFault = 'none' | 'T3-BAL' | 'T3-COL';

export interface DemoReportInput {
  unit: DemoUnit;
  year: number;
  previous: AnnualReport | null;
  /** Reuse last year's narrative word for word (内容雷同). */
  copyNarrative: boolean;
}

function withTotal(cols: number[]): number[] {
  return [...cols, cols.reduce((s, x) => s + x, 0)];
}

function setRow(r: AnnualReport, key: string, row: number[]): void {
  const parts = key.split('.');
  let cur = r.applications.outcomes as unknown as Record<string, unknown>;
  for (const p of parts.slice(0, -1)) cur = cur[p] as Record<string, unknown>;
  cur[parts[parts.length - 1]] = row;
}

function reviewGroup(rng: DemoRandom, mean: number) {
  const total = Math.round(rng.logNormal(mean, 0.8) * (rng.chance(0.5) ? 0 : 1));
  const [upheld, corrected, other, pending] = rng.multinomial(total, rng.dirichlet([4, 0.6, 0.8, 1]));
  return { upheld, corrected, other, pending, total };
}

/**
 * One demo report: volumes log-normal by unit, applicant and outcome shares Dirichlet-drawn, table 3
 * balanced by construction (carried over = last year's carried forward), optionally with a fault.
 */
export function generateDemoReport(rng: DemoRandom, input: DemoReportInput): AnnualReport {
  const { unit, year, previous } = input;
  const r = createZeroReport();
  r.unitName = unit.name;
  r.year = year;
  r.publishedOn = `${year + 1}-01-${String(rng.int(10, 28)).padStart(2, '0')}`;

  // Table 2. District units make no 规章 (T2-REG-LEVEL); normative documents carry over year to year.
  const prevDocs = previous?.activeDisclosure.normativeDocuments;
  const issued = unit.kind === 'department' ? rng.multinomial(rng.int(0, 4), [1])[0] : 0;
  const repealed = Math.min(prevDocs?.inForce ?? 0, rng.chance(0.3) ? rng.int(0, 2) : 0);
  const inForce =
    (prevDocs?.inForce ?? (unit.kind === 'department' ? rng.int(3, 20) : 0)) + issued - repealed;
  r.activeDisclosure.normativeDocuments = { issued, repealed, inForce: Math.max(inForce, issued) };
  if (unit.isEnforcer) {
    r.activeDisclosure.licensing = Math.round(rng.logNormal(120, 1.2));
    r.activeDisclosure.penalties = Math.round(rng.logNormal(25, 1.3));
    r.activeDisclosure.coercion = rng.chance(0.4) ? Math.round(rng.logNormal(3, 1)) : 0;
    r.activeDisclosure.feesWanYuan = rng.chance(0.3) ? Math.round(rng.logNormal(40, 1) * 100) / 100 : 0;
  }

  // Table 3.
  const newTotal = Math.round(rng.logNormal(unit.requestMedian, 0.9));
  const newCols = rng.multinomial(newTotal, rng.dirichlet(APPLICANT_ALPHAS));
  const carriedCols = previous?.applications.carriedForward?.slice(0, 6) ?? [0, 0, 0, 0, 0, 0];
  const forwardCols = newCols.map((n, c) =>
    Math.min(n + carriedCols[c], rng.chance(0.15) ? rng.int(0, 2) : 0),
  );
  const handledCols = newCols.map((n, c) => n + carriedCols[c] - forwardCols[c]);
  const outcomeShares = rng.dirichlet(OUTCOME_ROWS.map(([, a]) => a));
  const perRow: number[][] = OUTCOME_ROWS.map(() => [0, 0, 0, 0, 0, 0]);
  for (let c = 0; c < 6; c++) {
    rng.multinomial(handledCols[c], outcomeShares).forEach((n, i) => (perRow[i][c] = n));
  }
  r.applications.newReceived = withTotal(newCols);
  r.applications.carriedOver = withTotal(carriedCols);
  OUTCOME_ROWS.forEach(([key], i) => setRow(r, key, withTotal(perRow[i])));
  r.applications.outcomes.total = withTotal(handledCols);
  r.applications.carriedForward = withTotal(forwardCols);

  // Table 4: reconsideration and litigation are rare and mostly upheld.
  r.reviewLitigation.review = reviewGroup(rng, Math.max(unit.requestMedian / 10, 0.5));
  r.reviewLitigation.litigationDirect = reviewGroup(rng, Math.max(unit.requestMedian / 20, 0.3));
  r.reviewLitigation.litigationAfterReview = { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };

  // Section 六 figures.
  r.other.processingFeesYuan = 0;
  const npc = rng.chance(0.6) ? rng.int(1, 12) : 0;
  const cppcc = rng.chance(0.6) ? rng.int(1, 15) : 0;
  const npcLead = rng.int(0, npc);
  const cppccLead = rng.int(0, cppcc);
  r.other.proposals = {
    npc: { total: npc, lead: npcLead, assist: npc - npcLead },
    cppcc: { total: cppcc, lead: cppccLead, assist: cppcc - cppccLead },
    completionRate: npc + cppcc > 0 ? 1 : null,
    satisfactionRate:
      npc + cppcc > 0 ? (rng.chance(0.8) ? 1 : Math.round((0.9 + rng.next() * 0.1) * 1000) / 1000) : null,
  };

  r.narrative =
    input.copyNarrative && previous ? { ...previous.narrative } : composeNarrative(rng, unit.name, year, r);
  return r;
}

/** A copy of the report with a deliberate fault the checks must catch (the first version a unit hands in). */
export function withDemoFault(report: AnnualReport, fault: DemoFault): AnnualReport {
  const r = structuredClone(report);
  if (fault === 'T3-BAL') {
    // 结转下年度 one too high: new + carried ≠ handled + carried forward.
    const fwd = r.applications.carriedForward!;
    fwd[0] += 1;
    fwd[6] += 1;
  } else if (fault === 'T3-COL') {
    // The 总计 column of 予以公开 one too high.
    r.applications.outcomes.disclosed![6] += 1;
  }
  return r;
}
