import { useQuery } from '@tanstack/react-query';

import { reporterKeys } from '../api/reporter-keys';
import { getSubmission, getUnit, listPeriods, listSubmissions } from '../api/reporter-queries';
import type { SubmissionDetailDto } from '@nianbao/contracts';

export function useUnit(unitId: string | undefined) {
  return useQuery({
    queryKey: reporterKeys.unit(unitId ?? ''),
    queryFn: () => getUnit(unitId ?? ''),
    enabled: !!unitId,
  });
}

export function usePeriods() {
  return useQuery({ queryKey: reporterKeys.periods(), queryFn: listPeriods, staleTime: 60_000 });
}

export function useUnitSubmissions(unitId: string | undefined) {
  return useQuery({
    queryKey: reporterKeys.submissions(unitId ?? ''),
    queryFn: () => listSubmissions(unitId ?? ''),
    enabled: !!unitId,
  });
}

export function useSubmission(id: string | undefined) {
  return useQuery({
    queryKey: reporterKeys.submission(id ?? ''),
    queryFn: () => getSubmission(id ?? ''),
    enabled: !!id,
  });
}

/** The latest version the unit handed in for a year, with its report; null when there is none. */
export function useLatestSubmission(unitId: string | undefined, year: number, enabled = true) {
  return useQuery({
    queryKey: [...reporterKeys.submissionsByYear(unitId ?? '', year), 'latest-detail'],
    queryFn: async (): Promise<SubmissionDetailDto | null> => {
      const list = await listSubmissions(unitId ?? '', year);
      const latest = list.find((s) => s.isLatest) ?? list[0];
      return latest ? getSubmission(latest.id) : null;
    },
    enabled: !!unitId && enabled,
  });
}
