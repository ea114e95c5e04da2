import { describe, expect, it } from '@jest/globals';

import { topRows } from './top-rows';

interface Row {
  unitId: string;
  a: number | null;
  b: number | null;
}

const row = (i: number, a: number | null, b: number | null): Row => ({ unitId: `u${i}`, a, b });

describe('topRows', () => {
  it('keeps every row when they fit', () => {
    const rows = [row(1, 1, 2), row(2, 3, 4)];
    expect(topRows(rows, ['a', 'b'], 2)).toEqual({ rows, restCount: 0, restTotal: 0 });
  });

  it('keeps the largest totals in their original order and counts and sums the rest', () => {
    const rows = [row(1, 1, 0), row(2, 9, 1), row(3, 0, 0), row(4, 2, 5), row(5, null, 3)];
    const out = topRows(rows, ['a', 'b'], 2);
    expect(out.rows.map((r) => r.unitId)).toEqual(['u2', 'u4']);
    expect(out.restCount).toBe(3);
    expect(out.restTotal).toBe(4); // 1 + 0 + 3: unstated figures add nothing
  });

  it('breaks ties by the original order', () => {
    const rows = [row(1, 5, 0), row(2, 5, 0), row(3, 5, 0)];
    expect(topRows(rows, ['a'], 2).rows.map((r) => r.unitId)).toEqual(['u1', 'u2']);
  });
});
