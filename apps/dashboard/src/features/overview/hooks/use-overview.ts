import { useQuery } from '@tanstack/react-query';

import { useFilters } from '../../../lib/filters';
import { overviewQuery } from '../api/get-overview';

export function useOverview() {
  const { year, orgNodeId } = useFilters();
  return useQuery(overviewQuery(year, orgNodeId));
}
