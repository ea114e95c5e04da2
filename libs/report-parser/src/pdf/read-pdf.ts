/**
 * PDF reader: text runs from PDFium, tables from ruling lines (fallback: wide gaps between runs), the rest as
 * paragraphs. Page numbers and running headers are dropped; tables broken across pages are joined.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Block, ParagraphBlock, ReadResult, TableBlock, TableCell } from '../model/document-model.js';
import { ParseFailure } from '../model/parse-failure.js';
import { findGapTables, type GapTable } from './gap-table.js';
import { findFurniture, type PageLines } from './page-furniture.js';
import { discardPdfium, loadPdfium, releaseIfGrown, type PdfiumRuntime } from './pdfium-loader.js';
import { pageBox, readRulings, readRuns } from './pdfium-page.js';
import { fillGrid, findGridTables, type GridTable } from './table-grid.js';
import { groupLines, joinText, runMidY, type TextLine, type TextRun } from './text-lines.js';

/** Fewer visible characters per page than this, on average, means a scan without a text layer. */
const MIN_CHARS_PER_PAGE = 10;
/** Column borders of a continued table must match within this (PDF units). */
const COLUMN_MATCH = 3;
/** Pages read before yielding to the event loop. */
const PAGES_PER_TURN = 4;
/** A ruled table's frame on a page, before its cells are filled. */
type Frame = ReturnType<typeof findGridTables>[number];

/** FPDF_GetLastError: the document needs a password. */
const FPDF_ERR_PASSWORD = 4;

/** One page's content, top to bottom. */
type PageItem =
  { kind: 'line'; line: TextLine } | { kind: 'table'; table: GridTable | GapTable; top: number };

interface PageData {
  number: number;
  runs: TextRun[];
  yMin: number;
  yMax: number;
  xMin: number;
  xMax: number;
}

function encrypted(): ParseFailure {
  return new ParseFailure(
    'ENCRYPTED_DOCUMENT',
    '该 PDF 设有打开密码，请上传未加密的文件',
    'The PDF is password-protected; upload an unencrypted file',
  );
}

function corrupt(): ParseFailure {
  return new ParseFailure(
    'CORRUPT_FILE',
    '无法读取该 PDF 文件，文件可能已损坏',
    'The PDF cannot be read; the file may be damaged',
  );
}

function isGridTable(t: GridTable | GapTable): t is GridTable {
  return 'xs' in t;
}

/** A table on the next page continues this one when it has the same outer edges. */
function sameFrame(a: GridTable, b: GridTable): boolean {
  return Math.abs(a.left - b.left) <= COLUMN_MATCH && Math.abs(a.right - b.right) <= COLUMN_MATCH;
}

function unionColumns(a: number[], b: number[]): number[] {
  const out: number[] = [];
  for (const x of [...a, ...b].sort((p, q) => p - q)) {
    if (!out.length || x - out[out.length - 1] > COLUMN_MATCH) out.push(x);
  }
  return out;
}

/**
 * Re-expresses rows on a finer column grid: a cell covering several new columns repeats as span copies
 * (a page may lack a column split that only rows on the other page have).
 */
function regrid<T>(rows: T[][], xs: number[], target: number[], copy: (v: T) => T): T[][] {
  const owner = target.slice(0, -1).map((x, j) => {
    const mid = (x + target[j + 1]) / 2;
    const c = xs.findIndex((v, i) => i < xs.length - 1 && mid >= v && mid <= xs[i + 1]);
    return c < 0 ? (mid < xs[0] ? 0 : xs.length - 2) : c;
  });
  return rows.map((row) => owner.map((c, j) => (j > 0 && owner[j - 1] === c ? copy(row[c]) : row[c])));
}

function rowText(row: TableCell[]): string {
  return row.map((c) => c.text).join('\t');
}

const NUMBER = /^[-+]?\d[\d,]*(\.\d+)?%?$/;

/**
 * The first row on the new page is the rest of a row the page break cut: its label wraps on, while the
 * numbers all stayed above (a complete row of the national tables always has its numbers).
 */
function isCutRow(last: TableCell[], first: TableCell[]): boolean {
  const own = (c: TableCell | undefined): boolean => !!c && !c.isSpanCopy && c.text !== '';
  if (first.some((c) => own(c) && NUMBER.test(c.text))) return false;
  if (!last.some((c) => own(c) && NUMBER.test(c.text))) return false;
  // Text continues only in columns that had text above.
  return first.some(own) && first.every((c, i) => !own(c) || own(last[i]));
}

/**
 * Appends a table's continuation from the next page. Header rows repeated at the top are dropped; a merged
 * cell cut by the page break (empty at the top of the new page, below a merged cell with text) is refilled
 * as a span copy so every row keeps its label; a row cut by the page break is joined back together.
 */
function appendContinuation(prev: TableBlock, prevGrid: GridTable, next: GridTable): void {
  const xs = unionColumns(prevGrid.xs, next.xs);
  const asCopy = (c: TableCell): TableCell => ({ text: c.text, isSpanCopy: true });
  prev.rows.splice(0, prev.rows.length, ...regrid(prev.rows, prevGrid.xs, xs, asCopy));
  let rows = regrid(next.rows, next.xs, xs, asCopy).map((r) => r.map((c) => ({ ...c })));
  let spans = regrid(next.rowSpanBelow, next.xs, xs, (v) => v);
  let skip = 0;
  while (
    skip < rows.length &&
    skip < prev.rows.length - 1 &&
    rowText(rows[skip]) === rowText(prev.rows[skip])
  )
    skip++;
  rows = rows.slice(skip);
  spans = spans.slice(skip);
  const last = prev.rows[prev.rows.length - 1];
  const beforeLast = prev.rows[prev.rows.length - 2];
  if (rows.length && last && beforeLast) {
    for (let c = 0; c < rows[0].length && c < last.length; c++) {
      const cut = rows[0][c];
      const above = last[c];
      const mergedAbove = above.isSpanCopy && beforeLast[c]?.text === above.text && above.text !== '';
      if (cut.text === '' && !cut.isSpanCopy && mergedAbove && (spans[0]?.[c] ?? 1) > 1) {
        for (let r = 0; r < spans[0][c] && r < rows.length; r++)
          rows[r][c] = { text: above.text, isSpanCopy: true };
      }
    }
  }
  if (rows.length && last && isCutRow(last, rows[0])) {
    const first = rows.shift() ?? [];
    first.forEach((b, c) => {
      if (!b.isSpanCopy && b.text !== '' && !last[c].isSpanCopy)
        last[c].text = joinText(last[c].text, b.text, true);
    });
  }
  prev.rows.push(...rows);
  prevGrid.xs = xs;
  prevGrid.rows = prev.rows;
}

function pageItems(page: PageData, grids: GridTable[], lines: TextLine[]): PageItem[] {
  const items: PageItem[] = grids.map((g) => ({ kind: 'table', table: g, top: g.top }));
  const useGaps = grids.length === 0;
  for (const part of useGaps ? findGapTables(lines) : lines) {
    if ('runs' in part) items.push({ kind: 'line', line: part });
    else items.push({ kind: 'table', table: part, top: part.lines[0].y + part.lines[0].size });
  }
  const topOf = (i: PageItem): number => (i.kind === 'line' ? i.line.y + i.line.size : i.top);
  return items.sort((a, b) => topOf(b) - topOf(a));
}

/** Width of what a line break could not split off the start of a line (a number, a word, a character with its closing punctuation). */
function firstWordWidth(line: TextLine): number {
  const joined = line.runs.map((r) => r.text).join('');
  const word =
    /^[^\u3400-\u9fff\s]*[\u3400-\u9fff]?[，。、；：！？）》」』”’〕】,.;:!?)\]]*/.exec(joined)?.[0] ?? '';
  let left = Math.max(1, word.length);
  for (const r of line.runs) {
    const n = Math.max(1, r.text.length);
    if (left <= n) return r.x0 + ((r.x1 - r.x0) * left) / n - line.x0;
    left -= n;
  }
  return line.x1 - line.x0;
}

function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round((s.length - 1) * p)))];
}

/**
 * Whether a page can hold a ruled table worth reading: some line has text runs far apart (cells side by
 * side). Prose pages have none, and their drawn paths are then not walked. A ruled box around a single
 * column of text is read as paragraphs either way for the figures; such a page simply keeps its text as
 * paragraphs.
 */
export function mayHoldTable(runs: TextRun[]): boolean {
  for (const line of groupLines(runs)) {
    for (let k = 1; k < line.runs.length; k++) {
      if (line.runs[k].x0 - line.runs[k - 1].x1 > line.size) return true;
    }
  }
  return false;
}

/** Text runs, page box and ruled-table frames of one page; the page is closed again before returning. */
function readPage(rt: PdfiumRuntime, doc: number, index: number): PageData & { frames: Frame[] } {
  const { fn } = rt;
  const page = fn.FPDF_LoadPage(doc, index);
  if (!page) throw corrupt();
  try {
    const [xMin, yMin, xMax, yMax] = pageBox(rt, page);
    const textPage = fn.FPDFText_LoadPage(page);
    let runs: TextRun[] = [];
    if (textPage) {
      try {
        runs = readRuns(rt, textPage);
      } finally {
        fn.FPDFText_ClosePage(textPage);
      }
    }
    // Ruling-line tables, only on pages that can hold one.
    const frames = mayHoldTable(runs) ? findGridTables(readRulings(rt, page)) : [];
    return { number: index + 1, runs, xMin, xMax, yMin, yMax, frames };
  } finally {
    fn.FPDF_ClosePage(page);
  }
}

/**
 * Reads a PDF's text and tables. Rejections are ParseFailures: ENCRYPTED_DOCUMENT (open password),
 * CORRUPT_FILE (not readable as a PDF), SCANNED_PDF (no text layer).
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  const rt = await loadPdfium();
  const { fn } = rt;
  let data = 0;
  let doc = 0;
  try {
    // PDFium reads the document from WebAssembly memory for as long as it is open.
    data = fn.malloc(Math.max(1, bytes.byteLength));
    if (!data) throw corrupt();
    rt.heap.HEAPU8.set(bytes, data);
    doc = fn.FPDF_LoadMemDocument(data, bytes.byteLength, 0);
    if (!doc) throw fn.FPDF_GetLastError() === FPDF_ERR_PASSWORD ? encrypted() : corrupt();
    const count = fn.FPDF_GetPageCount(doc);
    if (count < 1) throw corrupt();
    const pages: Array<PageData & { frames: Frame[] }> = [];
    for (let i = 0; i < count; i++) {
      // PDFium runs synchronously: let other requests in between pages of a long document.
      if (i > 0 && i % PAGES_PER_TURN === 0) await nextTurn();
      pages.push(readPage(rt, doc, i));
    }
    return readDocument(pages);
  } catch (err) {
    if (err instanceof ParseFailure) throw err;
    // A trap inside PDFium (or running out of its memory) leaves that instance unusable.
    discardPdfium(rt);
    throw corrupt();
  } finally {
    try {
      if (doc) fn.FPDF_CloseDocument(doc);
      if (data) fn.free(data);
      releaseIfGrown(rt);
    } catch {
      discardPdfium(rt);
    }
  }
}

function readDocument(pages: Array<PageData & { frames: Frame[] }>): ReadResult {
  const chars = pages.reduce(
    (n, p) => n + p.runs.reduce((s, r) => s + r.text.replace(/\s/g, '').length, 0),
    0,
  );
  if (chars < MIN_CHARS_PER_PAGE * pages.length) {
    throw new ParseFailure(
      'SCANNED_PDF',
      '该 PDF 为扫描件，没有可识别的文字层，请上传 Word 版或带文字的 PDF',
      'Scanned PDF without a text layer; upload the Word file or a PDF with text',
    );
  }
  const pageFrames = pages.map((p) => p.frames);

  // Runs inside a table's box belong to it.
  const pageGrids: GridTable[][] = [];
  const pageLines: PageLines[] = [];
  for (const [i, p] of pages.entries()) {
    const frames = pageFrames[i];
    const inTable = new Map<(typeof frames)[number], TextRun[]>(frames.map((f) => [f, []]));
    const free: TextRun[] = [];
    for (const r of p.runs) {
      const mx = (r.x0 + r.x1) / 2;
      const my = runMidY(r);
      const f = frames.find(
        (t) => mx >= t.left - 1 && mx <= t.right + 1 && my <= t.top + 1 && my >= t.bottom - 1,
      );
      if (f) inTable.get(f)?.push(r);
      else free.push(r);
    }
    pageGrids.push(frames.map((f) => fillGrid(f, inTable.get(f) ?? [])));
    pageLines.push({ lines: groupLines(free), yMin: p.yMin, yMax: p.yMax });
  }
  const furniture = findFurniture(pageLines);

  // Body margins, for telling a paragraph's last (short) line from a full one.
  const bodyLines = pageLines.flatMap((p) => p.lines.filter((l) => !furniture.has(l)));
  const leftMargin = percentile(
    bodyLines.map((l) => l.x0),
    0.1,
  );
  const rightMargin = percentile(
    bodyLines.map((l) => l.x1),
    0.8,
  );
  const center = (leftMargin + rightMargin) / 2;

  const blocks: Block[] = [];
  let para: { block: ParagraphBlock; last: TextLine } | undefined;
  let lastTable: { block: TableBlock; grid: GridTable | GapTable; endPage: number } | undefined;

  const bodySize = percentile(
    bodyLines.map((l) => l.size),
    0.5,
  );
  // Typical distance between consecutive lines of body text (line spacing differs a lot between files).
  const gaps = pageLines.flatMap((p) =>
    p.lines
      .slice(1)
      .map((l, i) => p.lines[i].y - l.y)
      .filter((g) => g > 0 && g < 4 * bodySize),
  );
  const pitch = gaps.length ? percentile(gaps, 0.5) : 1.5 * bodySize;
  const isTitleLine = (l: TextLine): boolean =>
    l.size >= bodySize + 1 && Math.abs((l.x0 + l.x1) / 2 - center) < 1.5 * l.size;
  const continues = (prev: TextLine, next: TextLine, samePage: boolean): boolean => {
    if (Math.abs(prev.size - next.size) > 1) return false;
    if (samePage && prev.y - next.y > 1.5 * pitch + 2) return false; // extra space between paragraphs
    if (isTitleLine(prev) && isTitleLine(next)) return true; // a title wrapped over two centred lines
    // A line that stops short although the next line's first word would have fitted ended its paragraph.
    if (rightMargin - prev.x1 > firstWordWidth(next) + 0.5 * prev.size) return false;
    return next.x0 <= leftMargin + 1.2 * next.size; // an indented line starts a new paragraph
  };

  pages.forEach((p, i) => {
    const lines = pageLines[i].lines.filter((l) => !furniture.has(l));
    const items = pageItems(p, pageGrids[i], lines);
    items.forEach((item, k) => {
      if (item.kind === 'line') {
        const { line } = item;
        if (para && continues(para.last, line, k > 0)) {
          para.block.text = joinText(para.block.text, line.text, true);
          para.last = line;
        } else {
          const block: ParagraphBlock = { kind: 'paragraph', text: line.text, page: p.number };
          blocks.push(block);
          para = { block, last: line };
        }
        lastTable = undefined;
        return;
      }
      para = undefined;
      const t = item.table;
      const prev = lastTable;
      if (
        k === 0 &&
        prev &&
        prev.endPage === p.number - 1 &&
        isGridTable(t) &&
        isGridTable(prev.grid) &&
        sameFrame(prev.grid, t)
      ) {
        appendContinuation(prev.block, prev.grid, t);
        prev.endPage = p.number;
        return;
      }
      const block: TableBlock = { kind: 'table', rows: t.rows, page: p.number };
      blocks.push(block);
      lastTable = { block, grid: t, endPage: p.number };
    });
    // A table followed by text on its page cannot continue on the next page.
    if (items.length && items[items.length - 1].kind === 'line') lastTable = undefined;
  });
  return { blocks, issues: [] };
}
