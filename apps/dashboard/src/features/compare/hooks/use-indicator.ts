import { useQuery } from '@tanstack/react-query';

import { compareKeys, getIndicator, getMetrics, type IndicatorSelection } from '../api/get-indicator';

export function useMetrics() {
  return useQuery({
    queryKey: compareKeys.metrics,
    queryFn: ({ signal }) => getMetrics(signal),
    staleTime: Infinity,
  });
}

export function useIndicator(selection: IndicatorSelection) {
  return useQuery({
    queryKey: compareKeys.indicator(selection),
    queryFn: ({ signal }) => getIndicator(selection, signal),
  });
}
