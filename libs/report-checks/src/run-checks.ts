import type { ReportDocument } from '@nianbao/report-format';
import type { CheckContext, Finding } from './finding.js';
import { RULES } from './rules/index.js';

/**
 * Runs every rule over one report and returns all findings, in catalogue order. Never throws: a rule
 * that fails on malformed data yields one info finding saying it could not be evaluated.
 */
export function runChecks(doc: ReportDocument, ctx: CheckContext = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    try {
      findings.push(...rule.check(doc, ctx ?? {}));
    } catch {
      findings.push({
        checkId: rule.id,
        severity: 'info',
        cells: [],
        expected: null,
        actual: null,
        message: `检查 ${rule.id} 未能完成：报告数据结构异常`,
        messageEn: `Check ${rule.id} could not be evaluated: malformed report data`,
      });
    }
  }
  return findings;
}
