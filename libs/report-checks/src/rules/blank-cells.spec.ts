import { describe, it, expect } from '@jest/globals';
import { blankCellsRule, isBlankCellText } from './blank-cells.js';
import { consistentDocument, documentWith } from '../test-support/report-builders.js';

describe('C-BLANK blankCellsRule', () => {
  it('passes when every raw cell holds a number', () => {
    expect(blankCellsRule.check(consistentDocument(), {})).toEqual([]);
  });

  it('groups blank and placeholder cells into one finding per table', () => {
    const doc = documentWith((d) => {
      d.meta.rawCells = {
        'applications.carriedOver[2]': '—',
        'applications.newReceived[1]': ' ',
        'applications.newReceived[0]': '3',
        'reviewLitigation.review.total': '/',
      };
    });
    expect(blankCellsRule.check(doc, {})).toEqual([
      {
        checkId: 'C-BLANK',
        severity: 'warning',
        cells: ['applications.newReceived[1]', 'applications.carriedOver[2]'],
        expected: null,
        actual: 2,
        message:
          '表三（依申请公开）有 2 个单元格为空或填写“—、/、无”等符号，未按 0 读取，请核实：「一、本年新收政府信息公开申请数量 · 商业企业」、「二、上年结转政府信息公开申请数量 · 科研机构」',
        messageEn:
          'Table 3 (requests): 2 cell(s) are blank or hold a placeholder (—, /, 无) and were not read as 0: "New requests received this year · Commercial enterprises", "Requests carried over from last year · Research institutions"',
      },
      expect.objectContaining({ cells: ['reviewLitigation.review.total'], actual: 1 }),
    ]);
  });

  it('knows the usual placeholders', () => {
    for (const text of ['', ' ', '—', '——', '–', '-', '/', '无', '－', '／'])
      expect(isBlankCellText(text)).toBe(true);
    for (const text of ['0', '12', '无法', '1.5']) expect(isBlankCellText(text)).toBe(false);
  });
});
