import type { OverviewResponse } from '@nianbao/contracts';
import { queryOptions } from '@tanstack/react-query';

import { apiGet } from '../../../lib/api-client';

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
