import { describe, it, expect } from '@jest/globals';
import { sectionsCompleteRule } from './sections-complete.js';
import { consistentDocument, documentWith } from '../test-support/report-builders.js';

describe('TX-SECTIONS sectionsCompleteRule', () => {
  it('passes six sections in order', () => {
    expect(sectionsCompleteRule.check(consistentDocument(), {})).toEqual([]);
  });

  it('flags missing and out-of-order sections', () => {
    const doc = documentWith((d) => {
      const [s1, s2, s3, , s5, s6] = d.meta.sections;
      d.meta.sections = [s1, s3, s2, s5, s6];
    });
    expect(sectionsCompleteRule.check(doc, {})).toEqual([
      {
        checkId: 'TX-SECTIONS',
        severity: 'error',
        cells: [],
        expected: '一、二、三、四、五、六',
        actual: '一、三、二、五、六',
        message: '缺少第四部分“政府信息公开行政复议、行政诉讼情况”',
        messageEn: 'Missing section(s): 4 (Administrative reconsideration and litigation)',
      },
      {
        checkId: 'TX-SECTIONS',
        severity: 'error',
        cells: [],
        expected: '一、二、三、四、五、六',
        actual: '一、三、二、五、六',
        message: '各部分顺序不正确：实际顺序为一、三、二、五、六，应为一至六依次排列',
        messageEn: 'Sections are out of order: 1, 3, 2, 5, 6 instead of 1 to 6',
      },
    ]);
  });

  it('skips reports entered in the web form', () => {
    const doc = documentWith((d) => {
      d.meta.sourceFormat = 'form';
      d.meta.sections = [];
    });
    expect(sectionsCompleteRule.check(doc, {})).toEqual([]);
  });
});
