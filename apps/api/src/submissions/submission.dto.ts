import type { AnnualReport, ReportMeta, SourceFormat } from '@nianbao/report-format';
import { z } from 'zod';

import type { FindingDecision, FindingSeverity } from './submission-finding.entity.js';
import type { ReviewStatus, StoredCoverage, StoredParseIssue } from './submission.entity.js';

// Contract shapes of the submissions API. TODO: move to libs/contracts once the dashboard consumes them.

const correctionsSchema = z
  .record(z.string().max(120), z.number().finite().nonnegative())
  .refine((v) => Object.keys(v).length <= 400, {
    error: '更正的单元格过多',
  });
const explanationsSchema = z
  .record(z.string().max(2000), z.string().trim().max(2000))
  .refine((v) => Object.keys(v).length <= 400, {
    error: '说明过多',
  });

/** Extra fields of a submission, in a JSON body or as multipart text fields (JSON-encoded objects). */
export const submissionExtrasSchema = z.object({
  notes: z.string().trim().max(2000).nullable().optional(),
  corrections: correctionsSchema.optional(),
  explanations: explanationsSchema.optional(),
});
export type SubmissionExtras = z.infer<typeof submissionExtrasSchema>;

export const jsonSubmissionSchema = submissionExtrasSchema.extend({ report: z.unknown() });

export const listSubmissionsQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const diffQuerySchema = z.object({ against: z.uuid({ error: '无效的标识' }) });
export const templateQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export interface FindingDto {
  /** `checkId|cells`, the key of explanations and decisions. */
  key: string;
  checkId: string;
  severity: FindingSeverity;
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

export interface FileInfoDto {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

export interface SubmissionSummaryDto {
  id: string;
  unitId: string;
  year: number;
  version: number;
  isLatest: boolean;
  sourceFormat: SourceFormat;
  submittedAt: string;
  submittedBy: string | null;
  deadline: string;
  isLate: boolean;
  daysBeforeDeadline: number;
  reviewStatus: ReviewStatus;
  errorCount: number;
  warningCount: number;
  isBackfill: boolean;
  isDemo: boolean;
}

export interface ReviewStateDto {
  status: ReviewStatus;
  comment: string | null;
  overrideReason: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
}

export interface SubmissionDetailDto extends SubmissionSummaryDto {
  unitName: string;
  report: AnnualReport;
  meta: ReportMeta;
  parseIssues: StoredParseIssue[];
  coverage: StoredCoverage | null;
  corrections: Record<string, number>;
  notes: string | null;
  findings: FindingDto[];
  review: ReviewStateDto;
  file: FileInfoDto | null;
}

export interface PreviewDto {
  report: AnnualReport;
  meta: ReportMeta;
  issues: StoredParseIssue[];
  coverage: StoredCoverage | null;
  findings: FindingDto[];
}
