import type { ReportingPeriodDto, UnitDto } from '@nianbao/contracts';

import { apiGet, apiUrl } from '../../../lib/api-client';
import type { SubmissionDetailDto, SubmissionSummaryDto } from '@nianbao/contracts';

export function getUnit(unitId: string): Promise<UnitDto> {
  return apiGet<UnitDto>(`/units/${unitId}`);
}

export function listPeriods(): Promise<ReportingPeriodDto[]> {
  return apiGet<ReportingPeriodDto[]>('/periods');
}

export function listSubmissions(unitId: string, year?: number): Promise<SubmissionSummaryDto[]> {
  return apiGet<SubmissionSummaryDto[]>(`/units/${unitId}/submissions`, { year });
}

export function getSubmission(id: string): Promise<SubmissionDetailDto> {
  return apiGet<SubmissionDetailDto>(`/submissions/${id}`);
}

/** The .xlsx template pre-filled with the unit's name and the year (a plain link: the browser downloads it). */
export function templateUrl(unitId: string, year: number): string {
  return apiUrl(`/units/${unitId}/template.xlsx`, { year });
}
