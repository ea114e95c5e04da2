import type { Block, TableCell } from '../model/document-model.js';
import { readCellValue } from './cell-value.js';

/**
 * A table row reduced to what the extractor needs: the label (its text cells joined) and the cells
 * after the label. Rows are matched by this label, never by their position.
 */
export interface Segment {
  label: string;
  values: string[];
  /** Index of the table block in the document, and of the row in it (for coverage and messages). */
  blockIndex: number;
  /** Read from a short paragraph between tables (converter damage), not from a table row. */
  fromParagraph?: boolean;
}

function dedupeSpanCopies(cells: TableCell[]): TableCell[] {
  // A horizontally merged label repeats its text in every covered column: keep one.
  return cells.filter((c, i) => !(c.isSpanCopy && i > 0 && cells[i - 1].text === c.text));
}

/** Splits a table row into label + values. Leading blank cells are vertical-merge leftovers. */
export function rowToSegment(row: TableCell[], blockIndex: number): Segment | null {
  const cells = dedupeSpanCopies(row);
  // Each cell is read once: its kind decides both where the label ends and which span copies count.
  const kinds = cells.map((c) => readCellValue(c.text).kind);
  const lastLabel = kinds.lastIndexOf('text');
  const labelParts: string[] = [];
  for (let i = 0; i <= lastLabel; i++) if (cells[i].text.trim() !== '') labelParts.push(cells[i].text);
  const values: string[] = [];
  for (let i = lastLabel + 1; i < cells.length; i++)
    if (!cells[i].isSpanCopy || kinds[i] === 'blank') values.push(cells[i].text);
  return { label: labelParts.join(' '), values, blockIndex };
}

export function tableSegments(blocks: Block[]): Segment[] {
  const out: Segment[] = [];
  blocks.forEach((b, i) => {
    if (b.kind !== 'table') return;
    for (const row of b.rows) {
      const s = rowToSegment(row, i);
      if (s) out.push(s);
    }
  });
  return out;
}

/**
 * Fallback for documents whose tables were flattened into prose (PDF without rulings, pasted text):
 * whitespace-separated tokens, grouped into label runs each followed by its run of numbers.
 */
const ROW_LABEL_START =
  /^(?:[(（][一二三四五六七八][)）]|\d\.[\u4e00-\u9fff]|[一二三四]、(?:本年|上年|结转))/;

const DASHES = /^[—–\-－/／]+$/;

export function textSegments(text: string, blockIndex: number): Segment[] {
  const tokens = text.split(/[\s\u3000|]+/).filter((t) => t !== '');
  const out: Segment[] = [];
  let label: string[] = [];
  let values: string[] = [];
  for (const tok of tokens) {
    const isValue = readCellValue(tok).kind === 'number' || DASHES.test(tok);
    if (isValue) values.push(tok);
    else if (values.length === 0 && label.length > 0 && ROW_LABEL_START.test(tok)) {
      // A new row label right after another one: the row before had no figures (blank cells vanish in flat text).
      out.push({ label: label.join(' '), values: [], blockIndex });
      label = [tok];
    } else {
      if (values.length > 0) {
        out.push({ label: label.join(' '), values, blockIndex });
        label = [];
        values = [];
      }
      label.push(tok);
    }
  }
  if (label.length || values.length) out.push({ label: label.join(' '), values, blockIndex });
  return out;
}
