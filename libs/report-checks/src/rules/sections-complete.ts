import { SECTIONS } from '@nianbao/report-format';
import type { CheckRule, Finding } from '../finding.js';
import { hasDocumentText, makeFinding } from './rule-support.js';

const numeral = (n: number) => SECTIONS.find((s) => s.number === n)?.numeral ?? String(n);

/** TX-SECTIONS: all six sections of the national format are present, in order (国办公开办函〔2021〕30号). */
export const sectionsCompleteRule: CheckRule = {
  id: 'TX-SECTIONS',
  severity: 'error',
  check(doc) {
    if (!hasDocumentText(doc)) return [];
    const found = (Array.isArray(doc.meta?.sections) ? doc.meta.sections : [])
      .map((s) => s?.number)
      .filter((n): n is number => typeof n === 'number' && n >= 1 && n <= SECTIONS.length);
    const findings: Finding[] = [];
    const missing = SECTIONS.filter((s) => !found.includes(s.number));
    if (missing.length) {
      findings.push(
        makeFinding(sectionsCompleteRule, {
          cells: [],
          expected: SECTIONS.map((s) => s.numeral).join('、'),
          actual: found.length ? found.map(numeral).join('、') : null,
          message: `缺少第${missing.map((s) => `${s.numeral}部分“${s.zh}”`).join('、')}`,
          messageEn: `Missing section(s): ${missing.map((s) => `${s.number} (${s.en})`).join(', ')}`,
        }),
      );
    }
    const firstSeen = [...new Set(found)];
    const outOfOrder = firstSeen.some((n, i) => i > 0 && n < firstSeen[i - 1]);
    if (outOfOrder) {
      findings.push(
        makeFinding(sectionsCompleteRule, {
          cells: [],
          expected: SECTIONS.map((s) => s.numeral).join('、'),
          actual: firstSeen.map(numeral).join('、'),
          message: `各部分顺序不正确：实际顺序为${firstSeen.map(numeral).join('、')}，应为一至六依次排列`,
          messageEn: `Sections are out of order: ${firstSeen.join(', ')} instead of 1 to 6`,
        }),
      );
    }
    return findings;
  },
};
