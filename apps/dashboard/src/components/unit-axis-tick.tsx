// Rotated, shortened unit names under a bar chart; the full name is in the tooltip and the table view.
export function UnitAxisTick({ x, y, payload }: { x?: number; y?: number; payload?: { value: string } }) {
  const name = payload?.value ?? '';
  const short = name.length > 7 ? `${name.slice(0, 6)}…` : name;
  return (
    <g transform={`translate(${x ?? 0},${y ?? 0})`}>
      <text dy={10} textAnchor="end" transform="rotate(-40)" fontSize={11} fill="#52606d">
        <title>{name}</title>
        {short}
      </text>
    </g>
  );
}
