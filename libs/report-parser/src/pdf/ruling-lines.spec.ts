import { describe, expect, it } from '@jest/globals';
import { addPath, PATH_CLOSE, PATH_CURVE, PATH_LINE, PATH_MOVE, type Rulings } from './ruling-lines.js';

const rulingsOf = (data: number[], stroked: boolean, filled: boolean): Rulings => {
  const out: Rulings = { h: [], v: [] };
  addPath(out, data, stroked, filled);
  return out;
};

/** A rectangle as PDFium hands back `re`: move, three lines, a line back to the start, closed. */
const rect = (x: number, y: number, w: number, h: number): number[] => [
  PATH_MOVE,
  x,
  y,
  PATH_LINE,
  x + w,
  y,
  PATH_LINE,
  x + w,
  y + h,
  PATH_LINE,
  x,
  y + h,
  PATH_LINE,
  x,
  y,
  PATH_CLOSE,
];

describe('addPath: ruling lines from drawn paths', () => {
  it('a stroked straight segment is a rule; a slanted one is not', () => {
    expect(rulingsOf([PATH_MOVE, 50, 700, PATH_LINE, 300, 700.4], true, false)).toEqual({
      h: [{ y: 700.2, x0: 50, x1: 300 }],
      v: [],
    });
    expect(rulingsOf([PATH_MOVE, 50, 700, PATH_LINE, 300, 650], true, false)).toEqual({ h: [], v: [] });
  });

  it('a stroked closed box gives its four sides, the closing side included', () => {
    const r = rulingsOf(
      [PATH_MOVE, 50, 600, PATH_LINE, 150, 600, PATH_LINE, 150, 650, PATH_LINE, 50, 650, PATH_CLOSE],
      true,
      false,
    );
    expect(r.h.map((s) => s.y).sort((a, b) => a - b)).toEqual([600, 650]);
    expect(r.v.map((s) => s.x).sort((a, b) => a - b)).toEqual([50, 150]);
  });

  it('a thin filled box is a rule along its long side; a cell background is not', () => {
    expect(rulingsOf(rect(50, 500, 200, 0.5), false, true)).toEqual({
      h: [{ y: 500.25, x0: 50, x1: 250 }],
      v: [],
    });
    expect(rulingsOf(rect(80, 400, 0.6, 120), false, true)).toEqual({
      h: [],
      v: [{ x: 80.3, y0: 400, y1: 520 }],
    });
    expect(rulingsOf(rect(50, 500, 200, 20), false, true)).toEqual({ h: [], v: [] });
  });

  it('curved subpaths and paths neither stroked nor filled give nothing', () => {
    const curved = [
      PATH_MOVE,
      50,
      500,
      PATH_LINE,
      250,
      500,
      PATH_CURVE,
      250,
      501,
      PATH_LINE,
      50,
      501,
      PATH_CLOSE,
    ];
    expect(rulingsOf(curved, false, true)).toEqual({ h: [], v: [] });
    expect(rulingsOf(rect(50, 500, 200, 0.5), false, false)).toEqual({ h: [], v: [] });
  });
});
