/** `checkId|cells`: how the API keys a finding's explanation (apps/api/src/submissions/finding-key.ts). */
export function findingKey(checkId: string, cells: readonly string[]): string {
  return `${checkId}|${cells.join(',')}`;
}
