/**
 * What the reader takes from one PDFium page: text runs (glyphs grouped the way a text extractor groups
 * them) and the ruling lines of its drawn paths, both in page space (PDF units, y up).
 */
import type { PdfiumRuntime } from './pdfium-loader.js';
import { addPath, PATH_CLOSE, PATH_CURVE, PATH_LINE, PATH_MOVE, type Rulings } from './ruling-lines.js';
import { tidySpaces, type TextRun } from './text-lines.js';

// Glyph spacing in ems, as pdf.js' text extraction has it: a wider gap than SPACE_MIN between glyphs is a
// space, a wider one than RUN_BREAK (or a step back further than STEP_BACK) ends the run, so cells side by
// side stay apart while a justified line stays one run. Text drawn by another text-showing operator starts
// a new run already at a space-wide gap: table cells are drawn one by one, and cells set close together
// (7 pt apart in 12 pt text) are still separate cells.
const SPACE_MIN = 0.102;
const RUN_BREAK = 0.6;
const STEP_BACK = -0.2;
/** A baseline shift of more than this (ems) starts a new run: sub/superscripts and the next line. */
const BASELINE_SHIFT = 0.25;

// FPDF_PAGEOBJ_* and FPDF_SEGMENT_* of fpdf_edit.h.
const OBJ_PATH = 2;
const OBJ_FORM = 5;
const SEGMENT_LINETO = 0;
const SEGMENT_BEZIERTO = 1;
const SEGMENT_MOVETO = 2;

/** Form XObjects nest; deeper than this is no document layout worth following. */
const MAX_FORM_DEPTH = 8;

/** Scratch memory for out-parameters (doubles/floats), allocated once per runtime. */
const scratchOf = new WeakMap<PdfiumRuntime, number>();
const SCRATCH_BYTES = 64;

export function scratch(rt: PdfiumRuntime): number {
  let ptr = scratchOf.get(rt);
  if (ptr === undefined) {
    ptr = rt.fn.malloc(SCRATCH_BYTES);
    scratchOf.set(rt, ptr);
  }
  return ptr;
}

/** The page's visible box (crop box within media box): [xMin, yMin, xMax, yMax]. */
export function pageBox(rt: PdfiumRuntime, page: number): [number, number, number, number] {
  const p = scratch(rt);
  if (!rt.fn.FPDF_GetPageBoundingBox(page, p)) return [0, 0, 0, 0];
  // FS_RECTF: left, top, right, bottom.
  const f = rt.heap.HEAPF32;
  const [l, t, r, b] = [f[p >> 2], f[(p >> 2) + 1], f[(p >> 2) + 2], f[(p >> 2) + 3]];
  return [Math.min(l, r), Math.min(t, b), Math.max(l, r), Math.max(t, b)];
}

/**
 * Text runs of a text page. PDFium's own word and line breaks (generated characters) are ignored: runs
 * break where glyphs stand apart, so a run never spans two table cells.
 */
export function readRuns(rt: PdfiumRuntime, textPage: number): TextRun[] {
  const { fn } = rt;
  const p = scratch(rt);
  const runs: TextRun[] = [];
  let text = '';
  let x0 = 0;
  let x1 = 0;
  let y = 0;
  let size = 1;
  let object = 0;
  let spaced = false;
  let scaleObject = -1;
  let scale = 1;
  const flush = (): void => {
    const t = tidySpaces(text);
    if (t) runs.push({ text: t, x0, x1, y, size });
    text = '';
  };
  const count = fn.FPDFText_CountChars(textPage);
  for (let i = 0; i < count; i++) {
    if (fn.FPDFText_IsGenerated(textPage, i)) continue;
    const code = fn.FPDFText_GetUnicode(textPage, i);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) continue;
    const ch = String.fromCodePoint(code);
    // A space glyph neither starts a run nor widens it: it only separates the glyphs around it.
    if (/\s/.test(ch)) {
      spaced = true;
      continue;
    }
    const textObject = fn.FPDFText_GetTextObject(textPage, i);
    if (textObject !== scaleObject) {
      // FPDFText_GetFontSize is the size set by Tf; the text and graphics matrices scale it further (Chromium
      // draws in px with a 0.75 CTM). The glyph height is the vertical scale of the character matrix.
      scaleObject = textObject;
      scale = fn.FPDFText_GetMatrix(textPage, i, p)
        ? Math.hypot(rt.heap.HEAPF32[(p >> 2) + 2], rt.heap.HEAPF32[(p >> 2) + 3])
        : 1;
    }
    const fontSize = fn.FPDFText_GetFontSize(textPage, i) * (scale || 1);
    fn.FPDFText_GetCharOrigin(textPage, i, p, p + 8);
    fn.FPDFText_GetLooseCharBox(textPage, i, p + 16);
    const d = rt.heap.HEAPF64;
    const f = rt.heap.HEAPF32;
    const ox = d[p >> 3];
    const oy = d[(p >> 3) + 1];
    // FS_RECTF: left, top, right, bottom; the loose box spans the glyph's advance.
    const right = Math.max(f[(p + 16) >> 2], f[((p + 16) >> 2) + 2], ox);
    if (text) {
      const gap = ox - x1;
      if (
        Math.abs(fontSize - size) > 0.01 ||
        Math.abs(oy - y) > BASELINE_SHIFT * size ||
        gap > RUN_BREAK * size ||
        gap < STEP_BACK * size ||
        (textObject !== object && gap > SPACE_MIN * size)
      ) {
        flush();
      } else if (spaced || gap > SPACE_MIN * size) {
        text += ' ';
      }
    }
    if (!text) {
      x0 = ox;
      y = oy;
      size = fontSize > 0 ? fontSize : 1;
    }
    text += ch;
    x1 = right;
    object = textObject;
    spaced = false;
  }
  flush();
  return runs;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` applied first, then `n`. */
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

function matrixOf(rt: PdfiumRuntime, obj: number): Matrix {
  const p = scratch(rt);
  if (!rt.fn.FPDFPageObj_GetMatrix(obj, p)) return IDENTITY;
  const f = rt.heap.HEAPF32;
  const i = p >> 2;
  return [f[i], f[i + 1], f[i + 2], f[i + 3], f[i + 4], f[i + 5]];
}

function addPathObject(rt: PdfiumRuntime, obj: number, outer: Matrix, out: Rulings): void {
  const { fn } = rt;
  const p = scratch(rt);
  if (!fn.FPDFPath_GetDrawMode(obj, p, p + 4)) return;
  const filled = rt.heap.HEAP32[p >> 2] !== 0;
  const stroked = rt.heap.HEAP32[(p + 4) >> 2] !== 0;
  if (!filled && !stroked) return;
  const m = multiply(matrixOf(rt, obj), outer);
  const n = fn.FPDFPath_CountSegments(obj);
  const data: number[] = [];
  for (let s = 0; s < n; s++) {
    const seg = fn.FPDFPath_GetPathSegment(obj, s);
    if (!seg || !fn.FPDFPathSegment_GetPoint(seg, p, p + 4)) break;
    const f = rt.heap.HEAPF32;
    const x = f[p >> 2];
    const y = f[(p + 4) >> 2];
    const type = fn.FPDFPathSegment_GetType(seg);
    const cmd =
      type === SEGMENT_MOVETO
        ? PATH_MOVE
        : type === SEGMENT_LINETO
          ? PATH_LINE
          : type === SEGMENT_BEZIERTO
            ? PATH_CURVE
            : -1;
    if (cmd < 0) break;
    data.push(cmd, m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
    if (fn.FPDFPathSegment_GetClose(seg)) data.push(PATH_CLOSE);
  }
  addPath(out, data, stroked, filled);
}

function addObjects(
  rt: PdfiumRuntime,
  count: number,
  objectAt: (i: number) => number,
  outer: Matrix,
  depth: number,
  out: Rulings,
): void {
  const { fn } = rt;
  for (let i = 0; i < count; i++) {
    const obj = objectAt(i);
    if (!obj) continue;
    const type = fn.FPDFPageObj_GetType(obj);
    if (type === OBJ_PATH) {
      addPathObject(rt, obj, outer, out);
    } else if (type === OBJ_FORM && depth < MAX_FORM_DEPTH) {
      const m = multiply(matrixOf(rt, obj), outer);
      addObjects(
        rt,
        fn.FPDFFormObj_CountObjects(obj),
        (k) => fn.FPDFFormObj_GetObject(obj, k),
        m,
        depth + 1,
        out,
      );
    }
  }
}

/** Ruling lines of every path drawn on the page, form XObjects included. */
export function readRulings(rt: PdfiumRuntime, page: number): Rulings {
  const out: Rulings = { h: [], v: [] };
  const { fn } = rt;
  addObjects(rt, fn.FPDFPage_CountObjects(page), (i) => fn.FPDFPage_GetObject(page, i), IDENTITY, 0, out);
  return out;
}
