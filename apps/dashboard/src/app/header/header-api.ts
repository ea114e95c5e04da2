import type { OrgNodeDto, ReportingPeriodDto } from '@nianbao/contracts';
import { useQuery } from '@tanstack/react-query';

import { apiGet } from '../../lib/api-client';

export const headerKeys = {
  periods: ['periods'] as const,
  orgNodes: ['org-nodes'] as const,
};

export function usePeriods() {
  return useQuery({
    queryKey: headerKeys.periods,
    queryFn: ({ signal }) => apiGet<ReportingPeriodDto[]>('/periods', undefined, signal),
    staleTime: 10 * 60_000,
  });
}

export function useOrgNodes(enabled: boolean) {
  return useQuery({
    queryKey: headerKeys.orgNodes,
    queryFn: ({ signal }) => apiGet<OrgNodeDto[]>('/org/nodes', undefined, signal),
    staleTime: 10 * 60_000,
    enabled,
  });
}
