/**
 * Tables from ruling lines: connected border segments form a table; their distinct x/y positions form the
 * grid; a missing border between two grid cells means the cells are merged.
 */
import type { TableCell } from '../model/document-model.js';
import type { HSegment, Rulings, VSegment } from './ruling-lines.js';
import { groupLines, joinText, runMidY, type TextRun } from './text-lines.js';

/** Positions closer than this are the same border (double lines, per-cell segments). */
const SNAP = 2.5;
/** Segments whose ends are within this of each other touch. */
const TOUCH = 3;

export interface GridTable {
  /** Column boundaries left to right, row boundaries top to bottom (y decreasing). */
  xs: number[];
  ys: number[];
  rows: TableCell[][];
  /** For each grid position, the number of grid rows its merged region spans below it (incl. itself). */
  rowSpanBelow: number[][];
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function mergeH(segs: HSegment[]): HSegment[] {
  const sorted = [...segs].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const out: HSegment[] = [];
  for (const s of sorted) {
    const hit = out.find((o) => Math.abs(o.y - s.y) <= SNAP && s.x0 <= o.x1 + TOUCH && s.x1 >= o.x0 - TOUCH);
    if (hit) {
      hit.x0 = Math.min(hit.x0, s.x0);
      hit.x1 = Math.max(hit.x1, s.x1);
    } else out.push({ ...s });
  }
  return out;
}

function mergeV(segs: VSegment[]): VSegment[] {
  const sorted = [...segs].sort((a, b) => a.x - b.x || a.y0 - b.y0);
  const out: VSegment[] = [];
  for (const s of sorted) {
    const hit = out.find((o) => Math.abs(o.x - s.x) <= SNAP && s.y0 <= o.y1 + TOUCH && s.y1 >= o.y0 - TOUCH);
    if (hit) {
      hit.y0 = Math.min(hit.y0, s.y0);
      hit.y1 = Math.max(hit.y1, s.y1);
    } else out.push({ ...s });
  }
  return out;
}

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const g = groups[groups.length - 1];
    if (g && v - g[g.length - 1] <= SNAP) g.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

function intersects(h: HSegment, v: VSegment): boolean {
  return v.x >= h.x0 - TOUCH && v.x <= h.x1 + TOUCH && h.y >= v.y0 - TOUCH && h.y <= v.y1 + TOUCH;
}

/** True when some segment covers most of [a, b] (a border between two grid cells is present). */
function coveredH(hs: HSegment[], y: number, a: number, b: number): boolean {
  const mid = (a + b) / 2;
  const margin = Math.min(TOUCH, (b - a) / 4);
  return hs.some(
    (h) =>
      Math.abs(h.y - y) <= SNAP && h.x0 <= a + margin && h.x1 >= b - margin && h.x0 <= mid && h.x1 >= mid,
  );
}

function coveredV(vs: VSegment[], x: number, a: number, b: number): boolean {
  const margin = Math.min(TOUCH, (b - a) / 4);
  return vs.some((v) => Math.abs(v.x - x) <= SNAP && v.y0 <= a + margin && v.y1 >= b - margin);
}

/**
 * Finds bordered tables on a page. A 1×1 grid (a framed paragraph) is not a table.
 */
export function findGridTables(
  rulings: Rulings,
): Array<Omit<GridTable, 'rows' | 'rowSpanBelow'> & { hs: HSegment[]; vs: VSegment[] }> {
  const hs = mergeH(rulings.h);
  const vs = mergeV(rulings.v);
  const uf = new UnionFind(hs.length + vs.length);
  for (let i = 0; i < hs.length; i++) {
    for (let j = 0; j < vs.length; j++) if (intersects(hs[i], vs[j])) uf.union(i, hs.length + j);
  }
  const comps = new Map<number, { hs: HSegment[]; vs: VSegment[] }>();
  hs.forEach((h, i) => {
    const r = uf.find(i);
    if (!comps.has(r)) comps.set(r, { hs: [], vs: [] });
    comps.get(r)?.hs.push(h);
  });
  vs.forEach((v, j) => {
    const r = uf.find(hs.length + j);
    if (!comps.has(r)) comps.set(r, { hs: [], vs: [] });
    comps.get(r)?.vs.push(v);
  });
  const tables = [];
  for (const c of comps.values()) {
    if (c.hs.length < 2 || c.vs.length < 2) continue;
    const xs = cluster(c.vs.map((v) => v.x));
    const ys = cluster(c.hs.map((h) => h.y)).reverse();
    if (xs.length < 2 || ys.length < 2 || (xs.length === 2 && ys.length === 2)) continue;
    tables.push({
      xs,
      ys,
      top: ys[0],
      bottom: ys[ys.length - 1],
      left: xs[0],
      right: xs[xs.length - 1],
      hs: c.hs,
      vs: c.vs,
    });
  }
  return tables.sort((a, b) => b.top - a.top);
}

/** Fills a table grid with text runs; merged regions repeat their text with isSpanCopy. */
export function fillGrid(
  t: Omit<GridTable, 'rows' | 'rowSpanBelow'> & { hs: HSegment[]; vs: VSegment[] },
  runs: TextRun[],
): GridTable {
  const { xs, ys, hs, vs } = t;
  const nr = ys.length - 1;
  const nc = xs.length - 1;
  const id = (r: number, c: number): number => r * nc + c;
  const uf = new UnionFind(nr * nc);
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      // ys run top→bottom, so ys[r+1] < ys[r].
      if (c + 1 < nc && !coveredV(vs, xs[c + 1], ys[r + 1], ys[r])) uf.union(id(r, c), id(r, c + 1));
      if (r + 1 < nr && !coveredH(hs, ys[r + 1], xs[c], xs[c + 1])) uf.union(id(r, c), id(r + 1, c));
    }
  }
  // Region bounds (min/max row and column) per root.
  const bounds = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      const root = uf.find(id(r, c));
      const b = bounds.get(root);
      if (!b) bounds.set(root, { r0: r, r1: r, c0: c, c1: c });
      else {
        b.r0 = Math.min(b.r0, r);
        b.r1 = Math.max(b.r1, r);
        b.c0 = Math.min(b.c0, c);
        b.c1 = Math.max(b.c1, c);
      }
    }
  }
  const runsByRoot = new Map<number, TextRun[]>();
  for (const run of runs) {
    const mx = (run.x0 + run.x1) / 2;
    const my = runMidY(run);
    let c = xs.findIndex((x, i) => i < nc && mx >= x && mx <= xs[i + 1]);
    let r = ys.findIndex((y, i) => i < nr && my <= y && my >= ys[i + 1]);
    if (c < 0) c = mx < xs[0] ? 0 : nc - 1;
    if (r < 0) r = my > ys[0] ? 0 : nr - 1;
    const root = uf.find(id(r, c));
    const list = runsByRoot.get(root) ?? [];
    list.push(run);
    runsByRoot.set(root, list);
  }
  const textByRoot = new Map<number, string>();
  for (const [root, list] of runsByRoot) {
    // Wrapped lines inside a cell are joined; CJK without a space.
    const text = groupLines(list).reduce((acc, l) => joinText(acc, l.text, true), '');
    // A number spread over a justified cell ("2 6") is one number.
    textByRoot.set(root, /^[\d\s.,]+$/.test(text) ? text.replace(/\s+/g, '') : text);
  }
  const rows: TableCell[][] = [];
  const rowSpanBelow: number[][] = [];
  for (let r = 0; r < nr; r++) {
    const row: TableCell[] = [];
    const spans: number[] = [];
    for (let c = 0; c < nc; c++) {
      const root = uf.find(id(r, c));
      const b = bounds.get(root);
      const text = textByRoot.get(root) ?? '';
      const cell: TableCell = { text };
      if (b && (b.r0 !== r || b.c0 !== c)) cell.isSpanCopy = true;
      row.push(cell);
      spans.push(b ? b.r1 - r + 1 : 1);
    }
    rows.push(row);
    rowSpanBelow.push(spans);
  }
  return { xs, ys, rows, rowSpanBelow, top: t.top, bottom: t.bottom, left: t.left, right: t.right };
}
