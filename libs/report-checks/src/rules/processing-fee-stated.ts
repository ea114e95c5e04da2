import type { CheckRule } from '../finding.js';
import { hasDocumentText, makeFinding, sectionText, textOf } from './rule-support.js';

const FEE_WORDS = /信息处理费|处理费|收费|收取[^。；]{0,12}费/;

/** TX-SEC6-FEE: section 六 states the processing fee charged, even when it is 0 (政府信息公开信息处理费管理办法). */
export const processingFeeStatedRule: CheckRule = {
  id: 'TX-SEC6-FEE',
  severity: 'warning',
  check(doc) {
    if (!hasDocumentText(doc)) return [];
    const text = `${sectionText(doc, 6) ?? ''}\n${textOf(doc.report?.narrative?.other)}`.normalize('NFKC');
    if (FEE_WORDS.test(text)) return [];
    return [
      makeFinding(processingFeeStatedRule, {
        cells: ['other.processingFeesYuan'],
        expected: null,
        actual: null,
        message: '第六部分“其他需要报告的事项”未说明政府信息公开信息处理费的收取情况（未收取也应说明）',
        messageEn:
          'Section 6 does not state the information processing fees charged (state it even when none)',
      }),
    ];
  },
};
