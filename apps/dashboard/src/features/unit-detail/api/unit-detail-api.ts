import type { UnitDto, UnitHistoryResponse } from '@nianbao/contracts';
import type { AnnualReport } from '@nianbao/report-format';

import { apiGet, apiUrl } from '../../../lib/api-client';

// Shapes of the submissions API (apps/api/src/submissions/submission.dto.ts; not in contracts yet).
export type ReviewStatus = 'pending' | 'accepted' | 'returned';

export interface Finding {
  key: string;
  checkId: string;
  severity: 'error' | 'warning' | 'info';
  cells: string[];
  expected: number | string | null;
  actual: number | string | null;
  message: string;
  messageEn: string;
  explanation: string | null;
  decision: 'confirmed' | 'dismissed' | null;
}

export interface SubmissionSummary {
  id: string;
  unitId: string;
  year: number;
  version: number;
  isLatest: boolean;
  sourceFormat: string;
  submittedAt: string;
  deadline: string;
  isLate: boolean;
  daysBeforeDeadline: number;
  reviewStatus: ReviewStatus;
  errorCount: number;
  warningCount: number;
  isBackfill: boolean;
  isDemo: boolean;
}

export interface SubmissionDetail extends SubmissionSummary {
  unitName: string;
  report: AnnualReport;
  findings: Finding[];
  review: { status: ReviewStatus; comment: string | null; reviewedAt: string | null };
  file: { id: string; fileName: string; sizeBytes: number } | null;
}

export interface CellDifference {
  address: string;
  label: string;
  before: number | string | null;
  after: number | string | null;
}

export interface SubmissionDiff {
  from: SubmissionSummary;
  to: SubmissionSummary;
  differences: CellDifference[];
}

export const unitDetailKeys = {
  units: (year: number, orgNodeId: string) => ['units', { year, orgNodeId }] as const,
  history: (unitId: string) => ['dashboard', 'unit-history', unitId] as const,
  submissions: (unitId: string, year: number) => ['units', unitId, 'submissions', { year }] as const,
  submission: (id: string) => ['submissions', id] as const,
  diff: (id: string, against: string) => ['submissions', id, 'diff', against] as const,
};

export const getUnits = (year: number, orgNodeId: string, signal?: AbortSignal) =>
  apiGet<UnitDto[]>('/units', { year, orgNodeId: orgNodeId || undefined }, signal);
export const getUnitHistory = (unitId: string, signal?: AbortSignal) =>
  apiGet<UnitHistoryResponse>(`/dashboard/units/${encodeURIComponent(unitId)}/history`, undefined, signal);
export const getUnitSubmissions = (unitId: string, year: number, signal?: AbortSignal) =>
  apiGet<SubmissionSummary[]>(`/units/${encodeURIComponent(unitId)}/submissions`, { year }, signal);
export const getSubmission = (id: string, signal?: AbortSignal) =>
  apiGet<SubmissionDetail>(`/submissions/${encodeURIComponent(id)}`, undefined, signal);
export const getSubmissionDiff = (id: string, against: string, signal?: AbortSignal) =>
  apiGet<SubmissionDiff>(`/submissions/${encodeURIComponent(id)}/diff`, { against }, signal);
export const submissionFileUrl = (id: string) => apiUrl(`/submissions/${encodeURIComponent(id)}/file`);
