import type { BarShapeProps } from 'recharts';

// Cheaper parts for bar charts of hundreds of units (a district of 500 units is 500 bars per series).

/**
 * A bar as one plain <path> (the same shape recharts' Rectangle draws without radius), without the
 * Rectangle component's per-bar state and effect (it measures every path's length after mounting and
 * renders each bar a second time, which for 3,000 bars costs more than drawing the chart).
 */
export function PlainBar({ x, y, width, height, fill, cursor }: BarShapeProps) {
  if (!width || !height) return null;
  return (
    <path
      className="recharts-rectangle"
      d={`M${x},${y}h${width}v${height}h${-width}Z`}
      fill={fill}
      cursor={cursor}
    />
  );
}

/**
 * For <CartesianGrid vertical={false}>: recharts computes the vertical lines' positions even when it
 * does not draw them, measuring every category label's text in the DOM (500 layouts for 500 units).
 */
export const NO_VERTICAL_LINES = (): number[] => [];
