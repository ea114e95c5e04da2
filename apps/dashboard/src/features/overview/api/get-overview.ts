import type { OverviewResponse } from '@nianbao/contracts';

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
