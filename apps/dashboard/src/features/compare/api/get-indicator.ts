import type { IndicatorResponse, MetricCatalogueResponse } from '@nianbao/contracts';

import { apiGet, apiUrl } from '../../../lib/api-client';

export const compareKeys = {
  metrics: ['metrics'] as const,
  indicator: (indicator: string, year: number, orgNodeId: string) =>
    ['dashboard', 'indicator', { indicator, year, orgNodeId }] as const,
};

export function getMetrics(signal?: AbortSignal): Promise<MetricCatalogueResponse> {
  return apiGet<MetricCatalogueResponse>('/metrics', undefined, signal);
}

export function getIndicator(
  indicator: string,
  year: number,
  orgNodeId: string,
  signal?: AbortSignal,
): Promise<IndicatorResponse> {
  return apiGet<IndicatorResponse>(
    '/dashboard/indicator',
    { indicator, year, orgNodeId: orgNodeId || undefined },
    signal,
  );
}

export function indicatorXlsxUrl(indicator: string, year: number, orgNodeId: string): string {
  return apiUrl('/dashboard/indicator.xlsx', { indicator, year, orgNodeId: orgNodeId || undefined });
}
