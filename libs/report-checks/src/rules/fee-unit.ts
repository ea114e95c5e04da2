import type { CheckRule, Finding } from '../finding.js';
import { figure, labelEn, labelZh, makeFinding } from './rule-support.js';

/** A single unit charging 1 亿元 a year in administrative fees is implausible: likely entered in 元. */
export const FEE_WAN_YUAN_IMPLAUSIBLE = 10_000;
const FEE_KEY = 'activeDisclosure.feesWanYuan';

/** C-UNIT: the 万元 fee looks like it was entered in 元. */
export const feeUnitRule: CheckRule = {
  id: 'C-UNIT',
  severity: 'warning',
  check(doc) {
    const findings: Finding[] = [];
    const fee = figure(doc.report, FEE_KEY);
    const raw = doc.meta?.rawCells?.[FEE_KEY];
    const rawText = typeof raw === 'string' ? raw.normalize('NFKC').replace(/\s+/g, '') : '';
    if (/元/.test(rawText) && !/万/.test(rawText)) {
      findings.push(
        makeFinding(feeUnitRule, {
          cells: [FEE_KEY],
          expected: '万元',
          actual: rawText,
          message: `${labelZh(FEE_KEY)}的单位应为万元，原文为“${rawText}”，疑似按元填写`,
          messageEn: `${labelEn(FEE_KEY)} must be in 10,000 yuan; the cell reads "${rawText}", probably in yuan`,
        }),
      );
    } else if (fee !== null && fee >= FEE_WAN_YUAN_IMPLAUSIBLE) {
      findings.push(
        makeFinding(feeUnitRule, {
          cells: [FEE_KEY],
          expected: `< ${FEE_WAN_YUAN_IMPLAUSIBLE}`,
          actual: fee,
          message: `${labelZh(FEE_KEY)}为 ${fee} 万元，数额异常偏大，疑似按元填写`,
          messageEn: `${labelEn(FEE_KEY)} is ${fee} (10,000 yuan), implausibly large: probably entered in yuan`,
        }),
      );
    }
    return findings;
  },
};
