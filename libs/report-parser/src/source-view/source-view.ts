import type { SourceFormat } from '@nianbao/report-format';
import type { Block, TableBlock } from '../model/document-model.js';

/**
 * The "source view": the document as the reader saw it (paragraphs and tables, merged cells folded
 * back into spans, PDF page numbers), compact and serialisable, so a person can compare the parsed
 * figures with the original. Plain text only — the UI renders it as text, never as markup.
 */

export interface SourceViewCell {
  text: string;
  /** Grid columns / rows the cell covers, when more than one. */
  colSpan?: number;
  rowSpan?: number;
}

export interface SourceViewTable {
  kind: 'table';
  /** Index of the block in the reader's output (stable for one file and parser version). */
  index: number;
  /** Only the cells where a merge starts; covered positions are left out (see colSpan/rowSpan). */
  rows: SourceViewCell[][];
  page?: number;
}

export interface SourceViewParagraph {
  kind: 'paragraph';
  index: number;
  text: string;
  page?: number;
}

export type SourceViewBlock = SourceViewParagraph | SourceViewTable;

export interface SourceView {
  format: SourceFormat;
  blocks: SourceViewBlock[];
  /** Blocks in the whole document (blocks.length is smaller when truncated). */
  blockCount: number;
  /** True when blocks, rows, columns or text were cut to the limits. */
  truncated: boolean;
}

export interface SourceViewLimits {
  /** Most blocks kept. */
  maxBlocks: number;
  /** Most characters of text over all blocks. */
  maxChars: number;
  /** Longest paragraph or cell text kept (longer ones end in '…'). */
  maxTextChars: number;
  maxTableRows: number;
  maxTableColumns: number;
}

export const DEFAULT_SOURCE_VIEW_LIMITS: SourceViewLimits = {
  maxBlocks: 1500,
  maxChars: 300_000,
  maxTextChars: 4000,
  maxTableRows: 300,
  maxTableColumns: 40,
};

/**
 * Folds an expanded grid (every covered position a span copy repeating the origin's text) back into
 * origin cells with colSpan/rowSpan. A merge is taken as the rectangle of copies with the origin's
 * text to its right and below; a copy that belongs to no such rectangle is kept as a cell of its own
 * so the grid stays aligned.
 */
export function foldSpans(rows: TableBlock['rows']): SourceViewCell[][] {
  const taken = rows.map((r) => new Array<boolean>(r.length).fill(false));
  const out: SourceViewCell[][] = rows.map(() => []);
  const isCopyOf = (r: number, c: number, text: string): boolean => {
    const cell = rows[r]?.[c];
    return cell !== undefined && cell.isSpanCopy === true && !taken[r][c] && cell.text === text;
  };
  for (let r = 0; r < rows.length; r++) {
    for (let c = 0; c < rows[r].length; c++) {
      if (taken[r][c]) continue;
      const cell = rows[r][c];
      taken[r][c] = true;
      if (cell.isSpanCopy) {
        out[r].push({ text: cell.text });
        continue;
      }
      let width = 1;
      while (isCopyOf(r, c + width, cell.text)) width++;
      let height = 1;
      for (;;) {
        const next = r + height;
        if (next >= rows.length) break;
        let whole = true;
        for (let k = 0; k < width && whole; k++) whole = isCopyOf(next, c + k, cell.text);
        if (!whole) break;
        height++;
      }
      for (let dr = 0; dr < height; dr++) for (let dc = 0; dc < width; dc++) taken[r + dr][c + dc] = true;
      const folded: SourceViewCell = { text: cell.text };
      if (width > 1) folded.colSpan = width;
      if (height > 1) folded.rowSpan = height;
      out[r].push(folded);
    }
  }
  return out;
}

/** The reader's blocks as a source view, cut to `limits` (see DEFAULT_SOURCE_VIEW_LIMITS). */
export function toSourceView(
  blocks: readonly Block[],
  format: SourceFormat,
  limits: Partial<SourceViewLimits> = {},
): SourceView {
  const lim = { ...DEFAULT_SOURCE_VIEW_LIMITS, ...limits };
  let budget = lim.maxChars;
  let truncated = false;
  const clip = (text: string): string => {
    let t = text;
    if (t.length > lim.maxTextChars) {
      t = `${t.slice(0, lim.maxTextChars)}…`;
      truncated = true;
    }
    if (t.length > budget) {
      t = budget > 0 ? `${t.slice(0, budget)}…` : '';
      truncated = true;
    }
    budget -= t.length;
    return t;
  };

  const out: SourceViewBlock[] = [];
  for (let index = 0; index < blocks.length; index++) {
    if (out.length >= lim.maxBlocks || budget <= 0) {
      truncated = true;
      break;
    }
    const b = blocks[index];
    const page = b.page !== undefined ? { page: b.page } : {};
    if (b.kind === 'paragraph') {
      out.push({ kind: 'paragraph', index, text: clip(b.text), ...page });
      continue;
    }
    let grid = b.rows;
    if (grid.length > lim.maxTableRows) {
      grid = grid.slice(0, lim.maxTableRows);
      truncated = true;
    }
    if (grid.some((r) => r.length > lim.maxTableColumns)) {
      grid = grid.map((r) => r.slice(0, lim.maxTableColumns));
      truncated = true;
    }
    const rows = foldSpans(grid).map((row) => row.map((cell) => ({ ...cell, text: clip(cell.text) })));
    out.push({ kind: 'table', index, rows, ...page });
  }
  return { format, blocks: out, blockCount: blocks.length, truncated };
}
