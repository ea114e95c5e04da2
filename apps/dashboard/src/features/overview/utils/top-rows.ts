/**
 * A per-unit bar chart stays readable up to a few dozen bars; a district of hundreds of units would draw
 * hundreds of unlabelled slivers (and thousands of SVG paths for a stacked chart). The chart shows the
 * rows with the largest totals and says how many it leaves out and what they add up to; the table view
 * keeps every row. (One summed 「其他」 bar would dwarf every unit and flatten the chart's scale.)
 */
export const CHART_MAX_BARS = 50;

export interface TopRows<T> {
  rows: T[];
  /** Rows left out of the chart (0: every row is shown). */
  restCount: number;
  /** Their total over the chart's figures (stated figures only). */
  restTotal: number;
}

/** The `max` rows with the largest total of `keys`, in their original order among themselves. */
export function topRows<T, K extends keyof T & string>(
  rows: readonly T[],
  keys: readonly K[],
  max = CHART_MAX_BARS,
): TopRows<T> {
  const total = (r: T): number =>
    keys.reduce((s, k) => s + (typeof r[k] === 'number' ? (r[k] as number) : 0), 0);
  if (rows.length <= max) return { rows: [...rows], restCount: 0, restTotal: 0 };
  const ranked = rows.map((r, i) => ({ i, v: total(r) })).sort((a, b) => b.v - a.v || a.i - b.i);
  const keep = new Set(ranked.slice(0, max).map((x) => x.i));
  const rest = rows.filter((_, i) => !keep.has(i));
  return {
    rows: rows.filter((_, i) => keep.has(i)),
    restCount: rest.length,
    restTotal: rest.reduce((s, r) => s + total(r), 0),
  };
}
