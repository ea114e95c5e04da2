import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { strToU8, zipSync } from 'fflate';
import type { ParagraphBlock, TableBlock } from '../model/document-model.js';
import { ParseFailure } from '../model/parse-failure.js';
import { readDocx } from './read-docx.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const fixture = (rel: string) => new Uint8Array(readFileSync(path.join(fixtures, rel)));

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docxOf = (body: string, prolog = '') =>
  zipSync({
    'word/document.xml': strToU8(
      `<?xml version="1.0"?>${prolog}<w:document ${W}><w:body>${body}</w:body></w:document>`,
    ),
  });
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

function failureOf(fn: () => unknown): ParseFailure {
  try {
    fn();
  } catch (e) {
    if (e instanceof ParseFailure) return e;
    throw e;
  }
  throw new Error('expected a ParseFailure');
}

describe('readDocx on the sample report', () => {
  const { blocks, issues } = readDocx(fixture('sample/input.docx'));
  const tables = blocks.filter((b): b is TableBlock => b.kind === 'table');
  const paragraphs = blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');

  it('keeps paragraphs and the three tables in document order', () => {
    expect(issues).toEqual([]);
    expect(tables).toHaveLength(3);
    expect(paragraphs[0].text).toBe('硚口区企业服务中心2023年政府信息公开');
    const kinds = blocks.map((b) => (b.kind === 'table' ? 'T' : b.text.slice(0, 2)));
    expect(kinds.indexOf('T')).toBe(kinds.indexOf('二、') + 2);
    expect(paragraphs.at(-1)?.text).toBe('2024年1月17日');
  });

  it('expands table 3 onto its 10-column grid, repeating vMerge labels as span copies', () => {
    const t3 = tables[1];
    expect(t3.rows).toHaveLength(28);
    expect(new Set(t3.rows.map((r) => r.length))).toEqual(new Set([10]));
    // Header: 申请人情况 spans the 7 applicant columns; 商业\n企业 keeps its in-cell line break.
    expect(t3.rows[0][3]).toEqual({ text: '申请人情况' });
    expect(t3.rows[0][9]).toEqual({ text: '申请人情况', isSpanCopy: true });
    expect(t3.rows[2][4]).toEqual({ text: '商业\n企业' });
    expect(t3.rows[2][3]).toEqual({ text: '自然人', isSpanCopy: true });
    // 三、本年度办理结果 starts a vertical merge over the 22 outcome rows.
    expect(t3.rows[5][0]).toEqual({ text: '三、本年度办理结果' });
    for (let r = 6; r <= 26; r++)
      expect(t3.rows[r][0]).toEqual({ text: '三、本年度办理结果', isSpanCopy: true });
    expect(t3.rows[27][0]).toEqual({ text: '四、结转下年度继续办理' });
    // （三）不予公开 merges over its 8 rows; the leaf label sits in column 2.
    expect(t3.rows[7].slice(1, 4).map((c) => c.text)).toEqual(['（三）不予公开', '1.属于国家秘密', '0']);
    expect(t3.rows[14][1]).toEqual({ text: '（三）不予公开', isSpanCopy: true });
    expect(t3.rows[14][2].text).toBe('8.属于行政查询事项');
    // （一）予以公开 spans label columns 1–2.
    expect(t3.rows[5][2]).toEqual({ text: '（一）予以公开', isSpanCopy: true });
  });

  it('expands table 4 header merges onto 15 columns', () => {
    const t4 = tables[2];
    expect(t4.rows.map((r) => r.length)).toEqual([15, 15, 15, 15]);
    expect(t4.rows[2][0]).toEqual({ text: '结果维持', isSpanCopy: true });
    expect(t4.rows[1][10]).toEqual({ text: '复议后起诉' });
    expect(t4.rows[3].map((c) => c.text)).toEqual(Array(15).fill('0'));
  });
});

describe('readDocx markup', () => {
  it('skips deleted runs, keeps insertions, tabs and breaks, and reads content controls', () => {
    const body =
      '<w:p><w:r><w:t>本年</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>' +
      '<w:ins><w:r><w:t>新收</w:t></w:r></w:ins><w:r><w:tab/><w:t>5</w:t><w:br/><w:t>件</w:t></w:r></w:p>' +
      `<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>${p('控件内容')}</w:sdtContent></w:sdt>`;
    expect(readDocx(docxOf(body)).blocks).toEqual([
      { kind: 'paragraph', text: '本年新收\t5\n件' },
      { kind: 'paragraph', text: '控件内容' },
    ]);
  });

  it('flattens a nested table into its outer cell', () => {
    const inner = `<w:tbl><w:tr><w:tc>${p('甲')}</w:tc><w:tc>${p('1')}</w:tc></w:tr></w:tbl>`;
    const body = `<w:tbl><w:tr><w:tc>${p('外')}${inner}</w:tc><w:tc>${p('2')}</w:tc></w:tr></w:tbl>`;
    const [table] = readDocx(docxOf(body)).blocks as TableBlock[];
    expect(table.rows).toEqual([[{ text: '外\n甲\t1' }, { text: '2' }]]);
  });

  it('does not expand DTD entities (no XXE, no billion laughs)', () => {
    const { blocks } = readDocx(fixture('rejected/xxe-docx/input.docx'));
    const text = blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
    expect(text).not.toContain('root:');
    expect(text).not.toContain('lollol');
    expect(text).toContain('测试文档');
  });
});

describe('readDocx refusals', () => {
  it('refuses a truncated docx as CORRUPT_FILE', () => {
    expect(failureOf(() => readDocx(fixture('rejected/truncated-docx/input.docx'))).code).toBe(
      'CORRUPT_FILE',
    );
  });

  it('refuses random bytes and a zip without word/document.xml as CORRUPT_FILE', () => {
    expect(failureOf(() => readDocx(fixture('rejected/random-bytes/input.docx'))).code).toBe('CORRUPT_FILE');
    const xlsxLike = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
    const failure = failureOf(() => readDocx(xlsxLike));
    expect(failure.code).toBe('CORRUPT_FILE');
    expect(failure.messageZh).toContain('word/document.xml');
  });

  it('refuses the zip bomb from its declared size, before inflating it', () => {
    const before = process.memoryUsage().arrayBuffers;
    expect(failureOf(() => readDocx(fixture('rejected/zip-bomb-docx/input.docx'))).code).toBe(
      'ARCHIVE_TOO_LARGE',
    );
    // Inflating would have needed 1 GiB; allow generous slack for the 1 MB input itself.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('tells an encrypted OOXML package from a legacy .doc', () => {
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const name = Array.from('EncryptionInfo').flatMap((ch) => [ch.charCodeAt(0), 0]);
    const encrypted = new Uint8Array([...header, ...new Array(512).fill(0), ...name]);
    expect(failureOf(() => readDocx(encrypted)).code).toBe('ENCRYPTED_DOCUMENT');
    expect(failureOf(() => readDocx(new Uint8Array([...header, ...new Array(512).fill(0)]))).code).toBe(
      'UNSUPPORTED_FORMAT',
    );
  });
});
