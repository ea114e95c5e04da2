/**
 * Fallback for tables drawn without ruling lines: consecutive lines that split into several chunks separated
 * by wide gaps are read as table rows; chunks are placed in columns by their left edges.
 */
import type { TableCell } from '../model/document-model.js';
import { lineText, type TextLine, type TextRun } from './text-lines.js';

/**
 * A gap this many ems wide between runs may separate cells. The reader keeps a justified prose line as one run
 * (or runs split at spaces ≈ 0.25 em), so prose rarely has such gaps; a region also needs several such lines.
 */
const GAP_EMS = 0.5;

export interface Chunk {
  x0: number;
  x1: number;
  text: string;
}

export function chunksOf(line: TextLine): Chunk[] {
  const chunks: Chunk[] = [];
  let cur: TextRun[] = [];
  for (const r of line.runs) {
    const prev = cur[cur.length - 1];
    if (prev && r.x0 - prev.x1 > GAP_EMS * Math.max(prev.size, r.size)) {
      chunks.push({ x0: cur[0].x0, x1: prev.x1, text: lineText(cur) });
      cur = [];
    }
    cur.push(r);
  }
  if (cur.length) chunks.push({ x0: cur[0].x0, x1: cur[cur.length - 1].x1, text: lineText(cur) });
  return chunks;
}

export interface GapTable {
  lines: TextLine[];
  rows: TableCell[][];
}

function toTable(lines: TextLine[]): GapTable {
  const all = lines.map(chunksOf);
  // Column anchors: clustered left edges of all chunks (cells are usually left-aligned or centred alike).
  const anchors: number[] = [];
  for (const x of all
    .flat()
    .map((c) => c.x0)
    .sort((a, b) => a - b)) {
    if (!anchors.length || x - anchors[anchors.length - 1] > 8) anchors.push(x);
  }
  const rows = all.map((chunks) => {
    const row: TableCell[] = anchors.map(() => ({ text: '' }));
    for (const ch of chunks) {
      let best = 0;
      for (let i = 1; i < anchors.length; i++) {
        if (Math.abs(anchors[i] - ch.x0) < Math.abs(anchors[best] - ch.x0)) best = i;
      }
      row[best].text = row[best].text ? `${row[best].text} ${ch.text}` : ch.text;
    }
    return row;
  });
  return { lines, rows };
}

/** Splits a page's lines (top to bottom) into runs of plain lines and gap-separated tables. */
export function findGapTables(lines: TextLine[]): Array<TextLine | GapTable> {
  const out: Array<TextLine | GapTable> = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && chunksOf(lines[j]).length >= 2) j++;
    const region = lines.slice(i, j);
    const wide = region.filter((l) => chunksOf(l).length >= 3).length;
    if (region.length >= 2 && wide >= 1) {
      out.push(toTable(region));
      i = j;
    } else {
      out.push(lines[i]);
      i++;
    }
  }
  return out;
}
