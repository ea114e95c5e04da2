import { useQuery } from '@tanstack/react-query';

import { useFilters } from '../../../lib/filters';
import { compareKeys, getIndicator, getMetrics } from '../api/get-indicator';

export function useMetrics() {
  return useQuery({
    queryKey: compareKeys.metrics,
    queryFn: ({ signal }) => getMetrics(signal),
    staleTime: Infinity,
  });
}

export function useIndicator(indicator: string) {
  const { year, orgNodeId } = useFilters();
  return useQuery({
    queryKey: compareKeys.indicator(indicator, year, orgNodeId),
    queryFn: ({ signal }) => getIndicator(indicator, year, orgNodeId, signal),
  });
}
