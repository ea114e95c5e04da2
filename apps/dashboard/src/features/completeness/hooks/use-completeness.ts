import { useQuery } from '@tanstack/react-query';

import { useFilters } from '../../../lib/filters';
import { completenessKeys, getCompleteness } from '../api/get-completeness';

export function useCompleteness() {
  const { year, orgNodeId } = useFilters();
  return useQuery({
    queryKey: completenessKeys.byScope(year, orgNodeId),
    queryFn: ({ signal }) => getCompleteness(year, orgNodeId, signal),
  });
}
