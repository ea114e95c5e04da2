import { useQuery } from '@tanstack/react-query';

import { useFilters } from '../../../lib/filters';
import { getOverview, overviewKeys } from '../api/get-overview';

export function useOverview() {
  const { year, orgNodeId } = useFilters();
  return useQuery({
    queryKey: overviewKeys.byScope(year, orgNodeId),
    queryFn: ({ signal }) => getOverview(year, orgNodeId, signal),
  });
}
