import type { CheckRule } from '../finding.js';
import { hasDocumentText, makeFinding, sectionText } from './rule-support.js';

// Sub-headings alone (（一）上年度存在的问题及改进情况) are not content.
const SUB_HEADING = /^[（(][一二三四五六七八九十]+[)）][^。；;]{0,40}$/;

/** TX-SEC5: section 五 (problems and improvements) is not left empty. */
export const problemsSectionFilledRule: CheckRule = {
  id: 'TX-SEC5',
  severity: 'warning',
  check(doc) {
    if (!hasDocumentText(doc)) return [];
    const text = sectionText(doc, 5);
    if (text === null) return []; // a missing section is TX-SECTIONS' finding
    const content = text
      .normalize('NFKC')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line && !SUB_HEADING.test(line));
    if (content.length) return [];
    return [
      makeFinding(problemsSectionFilledRule, {
        cells: [],
        expected: null,
        actual: null,
        message: '第五部分“存在的主要问题及改进情况”内容为空',
        messageEn: 'Section 5 (main problems and improvements) is empty',
      }),
    ];
  },
};
