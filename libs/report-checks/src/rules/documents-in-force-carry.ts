import type { CheckRule, Finding } from '../finding.js';
import { figure, labelEn, labelZh, makeFinding, previousYearDocument, sameNumber } from './rule-support.js';

export const DOCUMENT_KINDS = [
  { key: 'activeDisclosure.regulations', zh: '规章', en: 'Regulations' },
  { key: 'activeDisclosure.normativeDocuments', zh: '行政规范性文件', en: 'Normative documents' },
] as const;

/** T2-XY-VALID: inForce(y) ≈ inForce(y−1) + issued(y) − repealed(y); soft, amendments and re-issues shift it. */
export const documentsInForceCarryRule: CheckRule = {
  id: 'T2-XY-VALID',
  severity: 'warning',
  check(doc, ctx) {
    const previous = previousYearDocument(doc, ctx);
    if (!previous) return [];
    const findings: Finding[] = [];
    for (const kind of DOCUMENT_KINDS) {
      const inForceKey = `${kind.key}.inForce`;
      const issuedKey = `${kind.key}.issued`;
      const repealedKey = `${kind.key}.repealed`;
      const before = figure(previous.report, inForceKey);
      const issued = figure(doc.report, issuedKey);
      const repealed = figure(doc.report, repealedKey);
      const inForce = figure(doc.report, inForceKey);
      if (before === null || issued === null || repealed === null || inForce === null) continue;
      const expected = before + issued - repealed;
      if (sameNumber(expected, inForce)) continue;
      findings.push(
        makeFinding(documentsInForceCarryRule, {
          cells: [inForceKey, issuedKey, repealedKey],
          expected,
          actual: inForce,
          message: `${kind.zh}：上年现行有效 ${before} + 本年制发 ${issued} − 本年废止 ${repealed} = ${expected}，但${labelZh(inForceKey)}为 ${inForce}`,
          messageEn: `${kind.en}: in force last year ${before} + issued ${issued} − repealed ${repealed} = ${expected}, but ${labelEn(inForceKey)} is ${inForce}`,
        }),
      );
    }
    return findings;
  },
};
