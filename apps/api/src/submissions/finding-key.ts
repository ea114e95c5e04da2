/**
 * Identifies one finding within a submission: its check id and the cells it names, e.g.
 * `T3-BAL|applications.newReceived[0],applications.carriedOver[0]`. Used for a reporter's explanations
 * and a reviewer's decisions; stable across re-runs of the checks on the same report.
 */
export function findingKey(checkId: string, cells: readonly string[]): string {
  return `${checkId}|${cells.join(',')}`;
}
