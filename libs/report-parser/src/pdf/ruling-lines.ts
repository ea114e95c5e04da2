/**
 * Table borders from a page's operator list. Word/LibreOffice draw cell borders as stroked lines or thin
 * filled rectangles; both become horizontal/vertical segments in page space (PDF units, y up).
 */

export interface HSegment {
  y: number;
  x0: number;
  x1: number;
}

export interface VSegment {
  x: number;
  y0: number;
  y1: number;
}

export interface Rulings {
  h: HSegment[];
  v: VSegment[];
}

/** Operator codes we need (pdfjs OPS), passed in so this module stays free of pdfjs imports. */
export interface RulingOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

type Matrix = [number, number, number, number, number, number];

// pdfjs DrawOPS inside a constructPath buffer.
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUAD_TO = 3;
const CLOSE = 4;

/** A filled rectangle thinner than this is a border line, not a cell background. */
const MAX_RULE_THICKNESS = 3;
/** Tolerance for calling a stroked segment horizontal/vertical. */
const AXIS_TOLERANCE = 0.8;

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function addSegment(out: Rulings, ax: number, ay: number, bx: number, by: number): void {
  if (Math.abs(ay - by) <= AXIS_TOLERANCE && Math.abs(ax - bx) > AXIS_TOLERANCE) {
    out.h.push({ y: (ay + by) / 2, x0: Math.min(ax, bx), x1: Math.max(ax, bx) });
  } else if (Math.abs(ax - bx) <= AXIS_TOLERANCE && Math.abs(ay - by) > AXIS_TOLERANCE) {
    out.v.push({ x: (ax + bx) / 2, y0: Math.min(ay, by), y1: Math.max(ay, by) });
  }
}

/** A filled closed subpath: a thin axis-aligned box is a rule along its long side. */
function addFilledPolygon(out: Rulings, pts: Array<[number, number]>): void {
  if (pts.length < 3 || pts.length > 6) return;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  // Only axis-aligned boxes: every point sits on the bounding box corners' coordinates.
  const onBox = pts.every(
    (p) =>
      (Math.abs(p[0] - x0) < 0.5 || Math.abs(p[0] - x1) < 0.5) &&
      (Math.abs(p[1] - y0) < 0.5 || Math.abs(p[1] - y1) < 0.5),
  );
  if (!onBox) return;
  const w = x1 - x0;
  const h = y1 - y0;
  if (h <= MAX_RULE_THICKNESS && w > h) out.h.push({ y: (y0 + y1) / 2, x0, x1 });
  else if (w <= MAX_RULE_THICKNESS && h > w) out.v.push({ x: (x0 + x1) / 2, y0, y1 });
}

export function extractRulings(fnArray: number[], argsArray: unknown[], ops: RulingOps): Rulings {
  const out: Rulings = { h: [], v: [] };
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const strokeOps = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const fillOps = new Set([
    ops.fill,
    ops.eoFill,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === ops.save) {
      stack.push(ctm);
    } else if (fn === ops.restore) {
      ctm = stack.pop() ?? ctm;
    } else if (fn === ops.transform) {
      const a = argsArray[i] as number[];
      ctm = multiply([a[0], a[1], a[2], a[3], a[4], a[5]], ctm);
    } else if (fn === ops.constructPath) {
      const args = argsArray[i] as [number, Array<ArrayLike<number> | null>, unknown];
      const drawOp = args[0];
      const data = args[1]?.[0];
      if (!data) continue;
      const stroked = strokeOps.has(drawOp);
      const filled = fillOps.has(drawOp);
      if (!stroked && !filled) continue;
      let start: [number, number] = [0, 0];
      let cur: [number, number] = [0, 0];
      let poly: Array<[number, number]> = [];
      let curved = false;
      const flush = (): void => {
        if (filled && !curved) addFilledPolygon(out, poly);
        poly = [];
        curved = false;
      };
      for (let k = 0; k < data.length;) {
        const op = data[k];
        if (op === MOVE_TO) {
          flush();
          cur = start = apply(ctm, data[k + 1], data[k + 2]);
          poly.push(cur);
          k += 3;
        } else if (op === LINE_TO) {
          const next = apply(ctm, data[k + 1], data[k + 2]);
          if (stroked) addSegment(out, cur[0], cur[1], next[0], next[1]);
          cur = next;
          poly.push(cur);
          k += 3;
        } else if (op === CURVE_TO) {
          cur = apply(ctm, data[k + 5], data[k + 6]);
          curved = true;
          k += 7;
        } else if (op === QUAD_TO) {
          cur = apply(ctm, data[k + 3], data[k + 4]);
          curved = true;
          k += 5;
        } else if (op === CLOSE) {
          if (stroked) addSegment(out, cur[0], cur[1], start[0], start[1]);
          cur = start;
          k += 1;
        } else {
          break; // unknown op: stop rather than misread the buffer
        }
      }
      flush();
    }
  }
  return out;
}
