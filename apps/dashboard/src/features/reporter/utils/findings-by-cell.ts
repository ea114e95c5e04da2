/** The part of a finding a cell needs to show why it is highlighted. */
export interface CellFinding {
  checkId: string;
  severity: 'error' | 'warning' | 'info';
  cells: string[];
  message: string;
  messageEn: string;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Findings indexed by the cells they name, most severe first. Info findings do not mark cells. */
export function findingsByCell<F extends CellFinding>(findings: readonly F[]): Map<string, F[]> {
  const map = new Map<string, F[]>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    for (const cell of f.cells) {
      const list = map.get(cell) ?? [];
      list.push(f);
      map.set(cell, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return map;
}

/** A stable DOM id for the description of a cell (aria-describedby). */
export function cellDomId(prefix: string, address: string): string {
  return `${prefix}-${address.replace(/[^A-Za-z0-9]/g, '-')}`;
}
