import type { CheckRule, Finding } from '../finding.js';
import { figure, makeFinding } from './rule-support.js';

const RATES = [
  { key: 'other.proposals.completionRate', zh: '议提案办结率', en: 'Proposal completion rate' },
  { key: 'other.proposals.satisfactionRate', zh: '议提案满意和基本满意率', en: 'Proposal satisfaction rate' },
] as const;

/** P-RATE: rates are shares between 0 and 1 (100% → 1). */
export const proposalRatesRule: CheckRule = {
  id: 'P-RATE',
  severity: 'error',
  check(doc) {
    const findings: Finding[] = [];
    for (const rate of RATES) {
      const value = figure(doc.report, rate.key);
      if (value === null || (value >= 0 && value <= 1)) continue;
      const percentHint =
        value > 1 && value <= 100 ? `（疑似按百分数填写，${value}% 应填 ${value / 100}）` : '';
      findings.push(
        makeFinding(proposalRatesRule, {
          cells: [rate.key],
          expected: '0–1',
          actual: value,
          message: `${rate.zh}应在 0 到 1 之间，实际为 ${value}${percentHint}`,
          messageEn: `${rate.en} must be between 0 and 1, got ${value}`,
        }),
      );
    }
    return findings;
  },
};
