// Reads the flattened sample report (one table cell per tab-indented line, blank line between table rows)
// back into paragraphs and tables, and adds the merges the national layout really has, so every fixture
// format is built from the same text.
import { readFileSync } from 'node:fs';

/** @typedef {{ text: string, span: number, vMerge?: 'restart' | 'continue' }} SpecCell */
/** @typedef {{ kind: 'paragraph', text: string } | { kind: 'table', rows: string[][] }} RawBlock */

/** @returns {RawBlock[]} */
export function readFlatText(path) {
  const lines = readFileSync(path, 'utf8').replace(/\r\n/g, '\n').split('\n');
  /** @type {RawBlock[]} */
  const blocks = [];
  /** @type {{ kind: 'table', rows: string[][] } | null} */
  let table = null;
  let prev = 'blank'; // 'blank' | 'cell' | 'para'
  for (const line of lines) {
    if (line.startsWith('\t')) {
      if (!table) {
        table = { kind: 'table', rows: [] };
        blocks.push(table);
      }
      if (prev === 'blank' || table.rows.length === 0) table.rows.push([]);
      table.rows[table.rows.length - 1].push(line.slice(1));
      prev = 'cell';
    } else if (line.trim() === '') {
      prev = 'blank';
    } else if (table && prev === 'cell') {
      // A line break inside a cell (商业\n企业).
      const row = table.rows[table.rows.length - 1];
      row[row.length - 1] += '\n' + line;
    } else {
      table = null;
      blocks.push({ kind: 'paragraph', text: line.replace('[bookmark: _GoBack]', '') });
      prev = 'para';
    }
  }
  return blocks;
}

/** Grid widths of the three tables in the national layout. */
export const GRID_COLUMNS = [4, 10, 15];

/**
 * Adds gridSpan / vMerge to each flattened row. The export keeps one entry per <w:tc>, so a row with fewer
 * entries than grid columns has spans, and an empty label entry is a vMerge continuation.
 * @param {string[][]} rows
 * @param {number} tableIndex
 * @returns {SpecCell[][]}
 */
export function addMerges(rows, tableIndex) {
  if (tableIndex === 0) {
    return rows.map((r) => {
      if (r.length === 1) return [{ text: r[0], span: 4 }];
      if (r.length === 2)
        return [
          { text: r[0], span: 1 },
          { text: r[1], span: 3 },
        ];
      return r.map((text) => ({ text, span: 1 }));
    });
  }
  if (tableIndex === 1) {
    return rows.map((r, i) => {
      if (i === 0)
        return [
          { text: r[0], span: 3, vMerge: 'restart' },
          { text: r[1], span: 7 },
        ];
      if (i === 1)
        return [
          { text: r[0], span: 3, vMerge: 'continue' },
          { text: r[1], span: 1, vMerge: 'restart' },
          { text: r[2], span: 5 },
          { text: r[3], span: 1, vMerge: 'restart' },
        ];
      if (i === 2)
        return r.map((text, c) => ({
          text,
          span: c === 0 ? 3 : 1,
          ...(c === 0 || c === 1 || c === 7 ? { vMerge: 'continue' } : {}),
        }));
      const label = (text) => (text === '' ? { vMerge: 'continue' } : { vMerge: 'restart' });
      if (r.length === 8) return r.map((text, c) => ({ text, span: c === 0 ? 3 : 1 }));
      if (r.length === 9)
        return r.map((text, c) => ({ text, span: c === 1 ? 2 : 1, ...(c === 0 ? label(text) : {}) }));
      return r.map((text, c) => ({ text, span: 1, ...(c < 2 ? label(text) : {}) }));
    });
  }
  return rows.map((r, i) => {
    if (i === 0)
      return [
        { text: r[0], span: 5 },
        { text: r[1], span: 10 },
      ];
    if (i === 1)
      return r.map((text, c) => ({ text, span: c < 5 ? 1 : 5, ...(c < 5 ? { vMerge: 'restart' } : {}) }));
    if (i === 2) return r.map((text, c) => ({ text, span: 1, ...(c < 5 ? { vMerge: 'continue' } : {}) }));
    return r.map((text) => ({ text, span: 1 }));
  });
}

/**
 * Expands a merged spec into the full grid, as the readers must: copies repeat the origin's text.
 * @param {SpecCell[][]} spec
 * @returns {{ text: string, isSpanCopy?: boolean }[][]}
 */
export function expandSpec(spec) {
  const grid = [];
  for (let r = 0; r < spec.length; r++) {
    const row = [];
    for (const cell of spec[r]) {
      const col = row.length;
      const text = cell.vMerge === 'continue' ? grid[r - 1][col].text : cell.text;
      const copy = cell.vMerge === 'continue';
      for (let k = 0; k < cell.span; k++) row.push(copy || k > 0 ? { text, isSpanCopy: true } : { text });
    }
    grid.push(row);
  }
  return grid;
}
