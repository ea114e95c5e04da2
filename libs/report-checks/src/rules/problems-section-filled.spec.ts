import { describe, it, expect } from '@jest/globals';
import { problemsSectionFilledRule } from './problems-section-filled.js';
import { consistentDocument, documentWith } from '../test-support/report-builders.js';

describe('TX-SEC5 problemsSectionFilledRule', () => {
  it('passes a section 五 with content', () => {
    expect(problemsSectionFilledRule.check(consistentDocument(), {})).toEqual([]);
  });

  it('flags a section 五 with only its sub-headings', () => {
    const doc = documentWith((d) => {
      d.meta.sections = d.meta.sections.map((s) =>
        s.number === 5
          ? { ...s, text: '（一）上年度存在的问题及改进情况\n（二）本年度存在的问题及改进举措\n' }
          : s,
      );
    });
    expect(problemsSectionFilledRule.check(doc, {})).toEqual([
      {
        checkId: 'TX-SEC5',
        severity: 'warning',
        cells: [],
        expected: null,
        actual: null,
        message: '第五部分“存在的主要问题及改进情况”内容为空',
        messageEn: 'Section 5 (main problems and improvements) is empty',
      },
    ]);
  });
});
