import { useQuery } from '@tanstack/react-query';

import { useFilters } from '../../../lib/filters';
import {
  getSubmission,
  getSubmissionDiff,
  getUnitHistory,
  getUnits,
  getUnitSubmissions,
  unitDetailKeys,
} from '../api/unit-detail-api';

export function useUnits(enabled: boolean) {
  const { year, orgNodeId } = useFilters();
  return useQuery({
    queryKey: unitDetailKeys.units(year, orgNodeId),
    queryFn: ({ signal }) => getUnits(year, orgNodeId, signal),
    enabled,
  });
}

export function useUnitHistory(unitId: string) {
  return useQuery({
    queryKey: unitDetailKeys.history(unitId),
    queryFn: ({ signal }) => getUnitHistory(unitId, signal),
  });
}

export function useUnitSubmissions(unitId: string, year: number | null) {
  return useQuery({
    queryKey: unitDetailKeys.submissions(unitId, year ?? 0),
    queryFn: ({ signal }) => getUnitSubmissions(unitId, year ?? 0, signal),
    enabled: year !== null,
  });
}

export function useSubmission(id: string | null) {
  return useQuery({
    queryKey: unitDetailKeys.submission(id ?? ''),
    queryFn: ({ signal }) => getSubmission(id ?? '', signal),
    enabled: Boolean(id),
  });
}

export function useSubmissionDiff(id: string, against: string | null) {
  return useQuery({
    queryKey: unitDetailKeys.diff(id, against ?? ''),
    queryFn: ({ signal }) => getSubmissionDiff(id, against ?? '', signal),
    enabled: Boolean(against),
  });
}
