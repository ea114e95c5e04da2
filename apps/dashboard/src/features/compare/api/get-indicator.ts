import type { IndicatorResponse, MetricCatalogueResponse } from '@nianbao/contracts';

import { apiGet, apiUrl } from '../../../lib/api-client';

/** What the comparison lines up: units or the scope's subdivisions, for one year or the last `span` years. */
export interface IndicatorSelection {
  indicator: string;
  year: number;
  orgNodeId: string;
  groupBy: 'unit' | 'orgNode';
  /** Years ending at `year` (1: that year only). */
  span: number;
}

export const compareKeys = {
  metrics: ['metrics'] as const,
  indicator: (s: IndicatorSelection) => ['dashboard', 'indicator', s] as const,
};

export function getMetrics(signal?: AbortSignal): Promise<MetricCatalogueResponse> {
  return apiGet<MetricCatalogueResponse>('/metrics', undefined, signal);
}

function params(s: IndicatorSelection) {
  return {
    indicator: s.indicator,
    ...(s.span > 1 ? { fromYear: s.year - s.span + 1, toYear: s.year } : { year: s.year }),
    orgNodeId: s.orgNodeId || undefined,
    groupBy: s.groupBy === 'orgNode' ? 'orgNode' : undefined,
  };
}

export function getIndicator(s: IndicatorSelection, signal?: AbortSignal): Promise<IndicatorResponse> {
  return apiGet<IndicatorResponse>('/dashboard/indicator', params(s), signal);
}

export function indicatorXlsxUrl(s: IndicatorSelection): string {
  return apiUrl('/dashboard/indicator.xlsx', params(s));
}
