import type { CheckRule, Finding } from '../finding.js';
import { figure, labelEn, labelZh, makeFinding } from './rule-support.js';
import { DOCUMENT_KINDS } from './documents-in-force-carry.js';

/** T2-VALID-GE-MADE: documents issued this year are (mostly) still in force, so inForce ≥ issued. */
export const documentsInForceGeIssuedRule: CheckRule = {
  id: 'T2-VALID-GE-MADE',
  severity: 'warning',
  check(doc) {
    const findings: Finding[] = [];
    for (const kind of DOCUMENT_KINDS) {
      const issuedKey = `${kind.key}.issued`;
      const inForceKey = `${kind.key}.inForce`;
      const issued = figure(doc.report, issuedKey);
      const inForce = figure(doc.report, inForceKey);
      if (issued === null || inForce === null || inForce >= issued) continue;
      findings.push(
        makeFinding(documentsInForceGeIssuedRule, {
          cells: [inForceKey, issuedKey],
          expected: `≥ ${issued}`,
          actual: inForce,
          message: `${kind.zh}：${labelZh(inForceKey)} ${inForce} 小于${labelZh(issuedKey)} ${issued}`,
          messageEn: `${kind.en}: ${labelEn(inForceKey)} ${inForce} is less than ${labelEn(issuedKey)} ${issued}`,
        }),
      );
    }
    return findings;
  },
};
