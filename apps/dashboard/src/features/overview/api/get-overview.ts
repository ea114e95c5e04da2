import type { OverviewResponse } from '@nianbao/contracts';
import { queryOptions } from '@tanstack/react-query';

import { apiGet, apiUrl } from '../../../lib/api-client';

export const overviewKeys = {
  all: ['dashboard', 'overview'] as const,
  byScope: (year: number, orgNodeId: string) => ['dashboard', 'overview', { year, orgNodeId }] as const,
};

export function getOverview(
  year: number,
  orgNodeId: string,
  signal?: AbortSignal,
): Promise<OverviewResponse> {
  return apiGet<OverviewResponse>('/dashboard/overview', { year, orgNodeId: orgNodeId || undefined }, signal);
}

/** The overview of one scope: used by the page, and started before the page's code when the app opens on it. */
export function overviewQuery(year: number, orgNodeId: string) {
  return queryOptions({
    queryKey: overviewKeys.byScope(year, orgNodeId),
    queryFn: ({ signal }) => getOverview(year, orgNodeId, signal),
  });
}

/** The scope's roll-up report (sums of every unit's effective figures) as a download. */
export function rollupUrl(format: 'xlsx' | 'docx', year: number, orgNodeId: string): string {
  return apiUrl(`/dashboard/rollup.${format}`, { year, orgNodeId: orgNodeId || undefined });
}
