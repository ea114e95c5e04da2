import { useQuery } from '@tanstack/react-query';

import { useFilters } from '../../../lib/filters';
import { getProposals, proposalsKeys } from '../api/get-proposals';

export function useProposals() {
  const { year, orgNodeId } = useFilters();
  return useQuery({
    queryKey: proposalsKeys.byScope(year, orgNodeId),
    queryFn: ({ signal }) => getProposals(year, orgNodeId, signal),
  });
}
