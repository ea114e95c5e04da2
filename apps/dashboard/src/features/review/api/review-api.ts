import type { CompletenessResponse } from '@nianbao/contracts';
import type { AnnualReport } from '@nianbao/report-format';

import { apiGet, apiPost } from '../../../lib/api-client';

// Response shape of GET /api/submissions/:id and of the review actions (apps/api/src/submissions/submission.dto.ts).
export interface ReviewFinding {
  key: string;
  checkId: string;
  severity: 'error' | 'warning' | 'info';
  cells: string[];
  expected: number | string | null;
  actual: number | string | null;
  message: string;
  messageEn: string;
  explanation: string | null;
  decision: FindingDecision | null;
  decisionNote: string | null;
  decidedAt: string | null;
}

export type FindingDecision = 'confirmed' | 'dismissed';

export interface FindingDecisionInput {
  checkId: string;
  cells: string[];
  decision: FindingDecision;
  note?: string | null;
}

export interface ReviewSubmission {
  id: string;
  unitId: string;
  unitName: string;
  year: number;
  version: number;
  isLatest: boolean;
  submittedAt: string;
  submittedBy: string | null;
  isLate: boolean;
  reviewStatus: 'pending' | 'accepted' | 'returned';
  errorCount: number;
  warningCount: number;
  notes: string | null;
  corrections: Record<string, number>;
  report: AnnualReport;
  findings: ReviewFinding[];
  review: {
    status: 'pending' | 'accepted' | 'returned';
    comment: string | null;
    overrideReason: string | null;
    reviewedAt: string | null;
    reviewedBy: string | null;
  };
  file: { fileName: string } | null;
}

export const reviewKeys = {
  all: ['review'] as const,
  queue: (year: number, orgNodeId: string) => ['review', 'queue', { year, orgNodeId }] as const,
  submission: (id: string) => ['review', 'submission', id] as const,
};

export function getReviewQueue(year: number, orgNodeId: string): Promise<CompletenessResponse> {
  return apiGet<CompletenessResponse>('/dashboard/completeness', { year, orgNodeId: orgNodeId || undefined });
}

export function getReviewSubmission(id: string): Promise<ReviewSubmission> {
  return apiGet<ReviewSubmission>(`/submissions/${id}`);
}

/** Accepts the latest version; error findings block it unless an override reason is given (ERRORS_BLOCK_ACCEPTANCE). */
export function acceptSubmission(id: string, overrideReason?: string): Promise<ReviewSubmission> {
  return apiPost<ReviewSubmission>(`/submissions/${id}/accept`, overrideReason ? { overrideReason } : {});
}

export function returnSubmission(id: string, comment: string): Promise<ReviewSubmission> {
  return apiPost<ReviewSubmission>(`/submissions/${id}/return`, { comment });
}

/** A supervisor's decision on non-error findings (confirmed / dismissed, optional note); answers the whole submission. */
export function decideFindings(id: string, decisions: FindingDecisionInput[]): Promise<ReviewSubmission> {
  return apiPost<ReviewSubmission>(`/submissions/${id}/findings/decisions`, { decisions });
}
