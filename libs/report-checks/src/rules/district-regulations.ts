import type { CheckRule } from '../finding.js';
import { figure, labelEn, labelZh, makeFinding } from './rule-support.js';

const ISSUED_KEY = 'activeDisclosure.regulations.issued';

/** T2-REG-LEVEL: only cities with districts and above make 规章 (立法法 第九十三条), so a district unit issues none. */
export const districtRegulationsRule: CheckRule = {
  id: 'T2-REG-LEVEL',
  severity: 'warning',
  check(doc, ctx) {
    if ((ctx.unitLevel ?? 'district') !== 'district') return [];
    const issued = figure(doc.report, ISSUED_KEY);
    if (issued === null || issued <= 0) return [];
    return [
      makeFinding(districtRegulationsRule, {
        cells: [ISSUED_KEY],
        expected: 0,
        actual: issued,
        message: `区级单位无规章制定权，但${labelZh(ISSUED_KEY)}为 ${issued}，请核实是否应填入行政规范性文件`,
        messageEn: `District-level units cannot make regulations, but ${labelEn(ISSUED_KEY)} is ${issued}; should it be under normative documents?`,
      }),
    ];
  },
};
