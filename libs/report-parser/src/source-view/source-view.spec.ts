import { describe, expect, it } from '@jest/globals';
import type { Block, TableCell } from '../model/document-model.js';
import { foldSpans, toSourceView } from './source-view.js';

const c = (text: string, isSpanCopy = false): TableCell => (isSpanCopy ? { text, isSpanCopy } : { text });

describe('foldSpans', () => {
  it('folds horizontal, vertical and rectangular merges back into spans', () => {
    // ┌──────────┬─────┐
    // │ 申请人情况 (2×1) │ 总计 │   row 0: A A T
    // ├────┬─────┤ (rs2)│   row 1: B C T
    // │ 自然人 │ 法人 │     │
    const rows = [
      [c('申请人情况'), c('申请人情况', true), c('总计')],
      [c('自然人'), c('法人'), c('总计', true)],
      [c('一、本年新收'), c('3'), c('3')],
    ];
    expect(foldSpans(rows)).toEqual([
      [
        { text: '申请人情况', colSpan: 2 },
        { text: '总计', rowSpan: 2 },
      ],
      [{ text: '自然人' }, { text: '法人' }],
      [{ text: '一、本年新收' }, { text: '3' }, { text: '3' }],
    ]);
    const square = [
      [c('X'), c('X', true), c('1')],
      [c('X', true), c('X', true), c('2')],
    ];
    expect(foldSpans(square)).toEqual([
      [{ text: 'X', colSpan: 2, rowSpan: 2 }, { text: '1' }],
      [{ text: '2' }],
    ]);
  });

  it('keeps two neighbouring cells with the same text apart when neither is a copy', () => {
    expect(foldSpans([[c('0'), c('0')]])).toEqual([[{ text: '0' }, { text: '0' }]]);
  });

  it('keeps a copy that belongs to no rectangle as a cell of its own', () => {
    const rows = [
      [c('X'), c('X', true)],
      [c('Y'), c('X', true)],
    ];
    expect(foldSpans(rows)).toEqual([[{ text: 'X', colSpan: 2 }], [{ text: 'Y' }, { text: 'X' }]]);
  });
});

describe('toSourceView', () => {
  const blocks: Block[] = [
    { kind: 'paragraph', text: '硚口区企业服务中心2023年政府信息公开工作年度报告', page: 1 },
    {
      kind: 'table',
      rows: [
        [c('项目'), c('项目', true)],
        [c('1'), c('2')],
      ],
      page: 2,
    },
  ];

  it('keeps paragraphs, tables and page numbers with block indexes', () => {
    expect(toSourceView(blocks, 'pdf')).toEqual({
      format: 'pdf',
      blockCount: 2,
      truncated: false,
      blocks: [
        { kind: 'paragraph', index: 0, text: blocks[0].kind === 'paragraph' ? blocks[0].text : '', page: 1 },
        {
          kind: 'table',
          index: 1,
          page: 2,
          rows: [[{ text: '项目', colSpan: 2 }], [{ text: '1' }, { text: '2' }]],
        },
      ],
    });
  });

  it('is plain JSON (survives a round trip unchanged)', () => {
    const view = toSourceView(blocks, 'docx');
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    expect(view.blocks[0]).not.toHaveProperty('page', undefined);
  });

  it('cuts to the limits and says so', () => {
    const many: Block[] = Array.from({ length: 50 }, (_, i) => ({ kind: 'paragraph', text: `第${i}段` }));
    const byBlocks = toSourceView(many, 'txt', { maxBlocks: 10 });
    expect(byBlocks.blocks).toHaveLength(10);
    expect(byBlocks.blockCount).toBe(50);
    expect(byBlocks.truncated).toBe(true);

    const long = toSourceView([{ kind: 'paragraph', text: '字'.repeat(100) }], 'txt', { maxTextChars: 10 });
    expect(long.blocks[0]).toMatchObject({ text: `${'字'.repeat(10)}…` });
    expect(long.truncated).toBe(true);

    const byChars = toSourceView(many, 'txt', { maxChars: 20 });
    const total = byChars.blocks.reduce((n, b) => n + (b.kind === 'paragraph' ? b.text.length : 0), 0);
    expect(total).toBeLessThanOrEqual(21);
    expect(byChars.truncated).toBe(true);

    const wide: Block = {
      kind: 'table',
      rows: Array.from({ length: 5 }, () => Array.from({ length: 9 }, () => c('1'))),
    };
    const cut = toSourceView([wide], 'html', { maxTableRows: 3, maxTableColumns: 4 });
    const table = cut.blocks[0];
    expect(table.kind === 'table' && table.rows.length).toBe(3);
    expect(table.kind === 'table' && table.rows.every((r) => r.length === 4)).toBe(true);
    expect(cut.truncated).toBe(true);
  });

  it('does not flag a document inside the limits', () => {
    expect(toSourceView(blocks, 'docx').truncated).toBe(false);
  });
});
