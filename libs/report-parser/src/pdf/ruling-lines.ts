/**
 * Table borders from a page's drawn paths. Word/LibreOffice draw cell borders as stroked lines or thin
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

// Path commands in the flat buffer addPath reads (coordinates already in page space).
export const PATH_MOVE = 0;
export const PATH_LINE = 1;
/** A curve, given by its end point only: curved subpaths are no ruling lines. */
export const PATH_CURVE = 2;
export const PATH_CLOSE = 3;

/** A filled rectangle thinner than this is a border line, not a cell background. */
const MAX_RULE_THICKNESS = 3;
/** Tolerance for calling a stroked segment horizontal/vertical. */
const AXIS_TOLERANCE = 0.8;

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

/**
 * Adds the ruling lines of one drawn path: its stroked axis-aligned straight segments, and (when filled)
 * its thin axis-aligned boxes. `data` holds PATH_MOVE x y, PATH_LINE x y, PATH_CURVE x y and PATH_CLOSE
 * commands in page space.
 */
export function addPath(out: Rulings, data: ArrayLike<number>, stroked: boolean, filled: boolean): void {
  if (!stroked && !filled) return;
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
    if (op === PATH_MOVE) {
      flush();
      cur = start = [data[k + 1], data[k + 2]];
      poly.push(cur);
      k += 3;
    } else if (op === PATH_LINE) {
      const next: [number, number] = [data[k + 1], data[k + 2]];
      if (stroked) addSegment(out, cur[0], cur[1], next[0], next[1]);
      cur = next;
      poly.push(cur);
      k += 3;
    } else if (op === PATH_CURVE) {
      cur = [data[k + 1], data[k + 2]];
      curved = true;
      k += 3;
    } else if (op === PATH_CLOSE) {
      if (stroked) addSegment(out, cur[0], cur[1], start[0], start[1]);
      cur = start;
      k += 1;
    } else {
      break; // unknown command: stop rather than misread the buffer
    }
  }
  flush();
}
