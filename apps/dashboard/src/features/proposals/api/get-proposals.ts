import type { ProposalsResponse } from '@nianbao/contracts';

import { apiGet } from '../../../lib/api-client';

export const proposalsKeys = {
  byScope: (year: number, orgNodeId: string) => ['dashboard', 'proposals', { year, orgNodeId }] as const,
};

export function getProposals(
  year: number,
  orgNodeId: string,
  signal?: AbortSignal,
): Promise<ProposalsResponse> {
  return apiGet<ProposalsResponse>(
    '/dashboard/proposals',
    { year, orgNodeId: orgNodeId || undefined },
    signal,
  );
}
