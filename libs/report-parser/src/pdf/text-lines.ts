/** Positioned text runs and their grouping into lines. Coordinates are PDF page space (y up). */

export interface TextRun {
  text: string;
  /** Left edge and right edge. */
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  /** Font size (glyph height). */
  size: number;
}

export interface TextLine {
  runs: TextRun[];
  x0: number;
  x1: number;
  y: number;
  size: number;
  text: string;
}

// CJK ideographs and full-width forms, plus general punctuation (curly quotes, dashes) used with them.
const CJK = /[\u2000-\u206f\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

const SPACE_NEAR_CJK =
  /\s+(?=[\u2000-\u206f\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])|(?<=[\u2000-\u206f\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])\s+/g;

/**
 * Collapses whitespace and drops it next to CJK characters: the reader inserts spaces where glyphs are spread
 * apart (justified cells, autospace between CJK and digits), which Chinese text never has.
 */
export function tidySpaces(text: string): string {
  return text.replace(/\s+/g, ' ').replace(SPACE_NEAR_CJK, '').trim();
}

/** Joins two pieces of text the way a reader would: CJK needs no space, Latin words do. */
export function joinText(a: string, b: string, spaceIfLatin: boolean): string {
  if (!a) return b;
  if (!b) return a;
  const last = a[a.length - 1];
  const first = b[0];
  if (!spaceIfLatin || /\s/.test(last) || /\s/.test(first) || CJK.test(last) || CJK.test(first)) return a + b;
  return `${a} ${b}`;
}

/** Vertical centre of a run's glyph box, the point used for cell assignment. */
export function runMidY(r: { y: number; size: number }): number {
  return r.y + r.size * 0.35;
}

/** Text of runs on one line: a gap wider than ~1/4 em between Latin runs becomes a space. */
export function lineText(runs: TextRun[]): string {
  let text = '';
  let prev: TextRun | undefined;
  for (const r of runs) {
    const gap = prev ? r.x0 - prev.x1 : 0;
    text = prev ? joinText(text, r.text, gap > Math.max(prev.size, r.size) * 0.25) : r.text;
    prev = r;
  }
  return tidySpaces(text);
}

/**
 * Groups runs into lines: runs whose vertical centres are within half a font height belong together.
 * Lines come out top to bottom, runs left to right.
 */
export function groupLines(runs: TextRun[]): TextLine[] {
  const sorted = [...runs].sort((a, b) => runMidY(b) - runMidY(a) || a.x0 - b.x0);
  const lines: Array<{ runs: TextRun[]; mid: number; size: number }> = [];
  for (const r of sorted) {
    const mid = runMidY(r);
    const line = lines.find((l) => Math.abs(l.mid - mid) <= Math.max(2, Math.min(l.size, r.size) * 0.5));
    if (line) {
      line.runs.push(r);
      line.size = Math.max(line.size, r.size);
    } else {
      lines.push({ runs: [r], mid, size: r.size });
    }
  }
  return lines
    .map((l) => {
      const rs = l.runs.sort((a, b) => a.x0 - b.x0);
      return {
        runs: rs,
        x0: Math.min(...rs.map((r) => r.x0)),
        x1: Math.max(...rs.map((r) => r.x1)),
        y: Math.min(...rs.map((r) => r.y)),
        size: l.size,
        text: lineText(rs),
      };
    })
    .sort((a, b) => b.y - a.y);
}
