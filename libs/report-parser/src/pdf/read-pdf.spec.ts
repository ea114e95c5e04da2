import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Block, ParagraphBlock, TableBlock } from '../model/document-model.js';
import { ParseFailure } from '../model/parse-failure.js';
import { mayHoldTable, readPdf } from './read-pdf.js';

const fixture = (rel: string): Uint8Array =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/${rel}`, import.meta.url)));

const paragraphs = (blocks: Block[]): string[] =>
  blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph').map((b) => b.text);
const tables = (blocks: Block[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.kind === 'table');
const texts = (row: { text: string }[]): string[] => row.map((c) => c.text);

async function failureOf(bytes: Uint8Array): Promise<ParseFailure> {
  try {
    await readPdf(bytes);
  } catch (err) {
    if (err instanceof ParseFailure) return err;
    throw err;
  }
  throw new Error('expected a ParseFailure');
}

describe('readPdf: the sample report (LibreOffice PDF of the Word file)', () => {
  it('reads the title and the six section headings as paragraphs', async () => {
    const { blocks, issues } = await readPdf(fixture('sample/input.pdf'));
    const paras = paragraphs(blocks);
    expect(issues).toEqual([]);
    // The title wraps over two centred lines in the PDF; it comes out as one paragraph.
    expect(paras[0]).toBe('硚口区企业服务中心2023年政府信息公开工作年度报告');
    for (const heading of [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]) {
      expect(paras).toContain(heading);
    }
    // A paragraph wrapped over many lines is one paragraph, CJK joined without spaces.
    expect(paras.find((p) => p.startsWith('依据《中华人民共和国政府信息公开条例》'))).toContain(
      '（国办公开办函〔2021〕30号）规定，编制本报告。',
    );
  });

  it('reads table 3 as one table (it crosses pages) whose rows begin with their labels', async () => {
    const { blocks } = await readPdf(fixture('sample/input.pdf'));
    const t3 = tables(blocks).find((t) => t.rows.some((r) => r[0]?.text.startsWith('一、本年新收')));
    expect(t3).toBeDefined();
    const rows = t3?.rows ?? [];
    const zeros = Array(7).fill('0');
    const carried = rows.find((r) => r[0].text === '四、结转下年度继续办理');
    expect(carried && texts(carried).slice(-7)).toEqual(zeros);
    // Labels of merged cells repeat as span copies, so each row can be read on its own.
    const secret = rows.find((r) => r.some((c) => c.text === '1.属于国家秘密'));
    expect(secret && texts(secret).slice(0, 3)).toEqual([
      '三、本年度办理结果',
      '（三）不予公开',
      '1.属于国家秘密',
    ]);
    expect(secret?.[0].isSpanCopy).toBe(true);
    // Rows broken by the page break are joined back.
    expect(rows.some((r) => r[2]?.text === '2.没有现成信息需要另行制作' && r[3].text === '0')).toBe(true);
    // 3 heading rows + 25 data rows; every data row has 7 numbers.
    expect(rows).toHaveLength(28);
    for (const r of rows.slice(3)) expect(texts(r).slice(-7)).toEqual(zeros);
  });

  it('reads table 4 with its two heading levels and one row of 15 numbers', async () => {
    const { blocks } = await readPdf(fixture('sample/input.pdf'));
    const t4 = tables(blocks).find((t) => t.rows[0]?.[0]?.text === '行政复议');
    expect(t4?.rows).toHaveLength(4);
    expect(texts(t4?.rows[3] ?? [])).toEqual(Array(15).fill('0'));
    expect(t4?.rows[1][5].text).toBe('未经复议直接起诉');
  });
});

describe('readPdf: tables across pages and page furniture', () => {
  it('joins a table split over three pages, dropping repeated heading rows, page numbers and running headers', async () => {
    const { blocks } = await readPdf(fixture('pdf/paged-table.pdf'));
    const all = tables(blocks);
    expect(all).toHaveLength(1);
    const rows = all[0].rows;
    expect(rows).toHaveLength(91);
    expect(texts(rows[0])).toEqual(['分组', '项目', '数量']);
    expect(rows.slice(1).map((r) => r[2].text)).toEqual(Array.from({ length: 90 }, (_, i) => String(i + 1)));
    // The label merged over rows 11–60 continues on the next page as span copies.
    expect(rows.slice(11, 61).every((r) => r[0].text === '甲组合并单元格')).toBe(true);
    expect(rows[11][0].isSpanCopy).toBeFalsy();
    expect(rows[60][0].isSpanCopy).toBe(true);
    const paras = paragraphs(blocks);
    expect(paras).toEqual([
      '跨页表格测试报告',
      '下表跨越多页，表头行在每页重复，页脚有页码。',
      '表格之后的段落。',
    ]);
  });

  it('reads a real report converted from HTML: table 3 spread over many pages is one table', async () => {
    const { blocks } = await readPdf(fixture('pdf/shuyang-2023-from-html.pdf'));
    const t3 = tables(blocks).find((t) => t.rows.some((r) => r[0]?.text.startsWith('一、本年新收')));
    const labels = (t3?.rows ?? []).map((r) => r.map((c) => c.text).join('|'));
    expect(labels.filter((l) => l.startsWith('一、本年新收'))).toHaveLength(1);
    expect(labels.some((l) => l.includes('2.没有现成信息需要另行制作'))).toBe(true);
    expect(labels.some((l) => l.startsWith('四、结转下年度继续办理'))).toBe(true);
    const total = t3?.rows.find((r) => r[1]?.text === '（七）总计');
    expect(total && [total[3].text, total[total.length - 1].text]).toEqual(['26', '26']);
    expect(paragraphs(blocks)).toContain('三、收到和处理政府信息公开申请情况');
  });
});

describe('readPdf: a table without ruling lines', () => {
  it('splits rows into cells at wide gaps and aligns them in columns', async () => {
    const { blocks } = await readPdf(fixture('pdf/borderless-table.pdf'));
    const [t] = tables(blocks);
    expect(t.rows.map(texts)).toEqual([
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '3', '1', '12'],
    ]);
    expect(paragraphs(blocks)).toEqual(['表格之后的段落。']);
  });
});

describe('readPdf: files it cannot read', () => {
  it('rejects a scanned PDF without a text layer', async () => {
    const f = await failureOf(fixture('rejected/scanned-pdf/input.pdf'));
    expect(f.code).toBe('SCANNED_PDF');
    expect(f.messageZh).toContain('扫描件');
  });

  it('rejects garbage and truncated files as corrupt', async () => {
    expect((await failureOf(new TextEncoder().encode('not a pdf at all'))).code).toBe('CORRUPT_FILE');
    expect((await failureOf(fixture('pdf/corrupt-garbage.pdf'))).code).toBe('CORRUPT_FILE');
    expect((await failureOf(fixture('pdf/corrupt-truncated.pdf'))).code).toBe('CORRUPT_FILE');
  });

  it('rejects a password-protected PDF', async () => {
    expect((await failureOf(fixture('pdf/encrypted.pdf'))).code).toBe('ENCRYPTED_DOCUMENT');
  });

  it('does not consume the caller’s buffer', async () => {
    const bytes = fixture('sample/input.pdf');
    const size = bytes.byteLength;
    await readPdf(bytes);
    expect(bytes.byteLength).toBe(size);
  });
});

describe('pages that are asked for ruling lines', () => {
  const run = (text: string, x0: number, x1: number, y = 700) => ({ text, x0, x1, y, size: 12 });

  it('a line whose runs stand apart (cells side by side) may hold a table', () => {
    expect(mayHoldTable([run('规章', 60, 84), run('0', 200, 206), run('0', 280, 286)])).toBe(true);
  });

  it('prose lines, even split into runs at font changes, do not', () => {
    const prose = [
      run('本年度共收到政府信息公开申请', 60, 228),
      run('5', 230, 236),
      run('件，均已按时答复。', 238, 346),
      run('二、主动公开政府信息情况', 60, 204, 680),
    ];
    expect(mayHoldTable(prose)).toBe(false);
  });

  it('the sample report still yields its tables (pages with table cells keep their ruling lines)', async () => {
    const { blocks } = await readPdf(fixture('sample/input.pdf'));
    expect(tables(blocks).length).toBeGreaterThanOrEqual(3);
  });
});

describe('readPdf: one PDFium instance for the process', () => {
  it('reads documents side by side (it yields between pages) as it reads them one by one', async () => {
    const files = ['sample/input.pdf', 'pdf/shuyang-2023-from-html.pdf', 'pdf/paged-table.pdf'].map(fixture);
    const alone: unknown[] = [];
    for (const f of files) alone.push(await readPdf(f));
    expect(await Promise.all([...files, ...files].map((f) => readPdf(f)))).toEqual([...alone, ...alone]);
  });
});

describe('readPdf: PDFium memory', () => {
  it('drops an instance whose memory grew past the limit, and reads the next document on a fresh one', async () => {
    const { loadPdfium, pdfiumLimits } = await import('./pdfium-loader.js');
    const sample = fixture('sample/input.pdf');
    const saved = pdfiumLimits.maxRetainedBytes;
    try {
      await readPdf(sample);
      const before = await loadPdfium();
      // (identity compared as booleans: jest cannot print a WebAssembly heap)
      expect((await loadPdfium()) === before).toBe(true); // kept while under the limit
      pdfiumLimits.maxRetainedBytes = 1;
      const first = await readPdf(sample);
      const after = await loadPdfium();
      expect(after === before).toBe(false);
      pdfiumLimits.maxRetainedBytes = saved;
      expect(await readPdf(sample)).toEqual(first);
    } finally {
      pdfiumLimits.maxRetainedBytes = saved;
    }
  });
});
