import type { CompletenessResponse } from '@nianbao/contracts';

import { apiGet, apiUrl } from '../../../lib/api-client';

export const completenessKeys = {
  byScope: (year: number, orgNodeId: string) => ['dashboard', 'completeness', { year, orgNodeId }] as const,
};

export function getCompleteness(
  year: number,
  orgNodeId: string,
  signal?: AbortSignal,
): Promise<CompletenessResponse> {
  return apiGet<CompletenessResponse>(
    '/dashboard/completeness',
    { year, orgNodeId: orgNodeId || undefined },
    signal,
  );
}

/** The .xlsx of missing units with their contacts, for 催报. */
export function missingXlsxUrl(year: number, orgNodeId: string): string {
  return apiUrl('/dashboard/completeness/missing.xlsx', { year, orgNodeId: orgNodeId || undefined });
}
