import type { CheckRule, Finding } from '../finding.js';
import { figure, makeFinding } from './rule-support.js';

const KINDS = [
  { key: 'npc', zh: '人大代表建议', en: 'NPC suggestions' },
  { key: 'cppcc', zh: '政协提案', en: 'CPPCC proposals' },
] as const;

/** P-SPLIT: proposals handled as lead plus as assisting unit make up the total. */
export const proposalSplitRule: CheckRule = {
  id: 'P-SPLIT',
  severity: 'warning',
  check(doc) {
    const findings: Finding[] = [];
    for (const kind of KINDS) {
      const prefix = `other.proposals.${kind.key}`;
      const total = figure(doc.report, `${prefix}.total`);
      const lead = figure(doc.report, `${prefix}.lead`);
      const assist = figure(doc.report, `${prefix}.assist`);
      if (total === null || lead === null || assist === null || lead + assist === total) continue;
      findings.push(
        makeFinding(proposalSplitRule, {
          cells: [`${prefix}.total`, `${prefix}.lead`, `${prefix}.assist`],
          expected: lead + assist,
          actual: total,
          message: `${kind.zh}：主办 ${lead} 件 + 协办 ${assist} 件 = ${lead + assist} 件，但合计为 ${total} 件`,
          messageEn: `${kind.en}: lead ${lead} + assisting ${assist} = ${lead + assist}, but the total is ${total}`,
        }),
      );
    }
    return findings;
  },
};
