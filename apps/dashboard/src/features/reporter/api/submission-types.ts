import type { AnnualReport, ReportMeta, SourceFormat } from '@nianbao/report-format';

// Response shapes of the submissions API (apps/api/src/submissions/submission.dto.ts); not yet in @nianbao/contracts.

export type ReviewStatus = 'pending' | 'accepted' | 'returned';
export type FindingSeverity = 'error' | 'warning' | 'info';

export interface FindingDto {
  /** `checkId|cells`: the key of an explanation. */
  key: string;
  checkId: string;
  severity: FindingSeverity;
  cells: string[];
  expected: number | string | null;
  actual: number | string | null;
  message: string;
  messageEn: string;
  explanation: string | null;
  decision: 'confirmed' | 'dismissed' | null;
  decisionNote: string | null;
  decidedAt: string | null;
}

export interface ParseIssueDto {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  messageEn: string;
  path?: string;
}

export interface CoverageDto {
  table2: string;
  table3: string;
  table4: string;
  sections: number[];
  cellsRead: number;
  cellsTotal: number;
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

export interface SubmissionDetailDto extends SubmissionSummaryDto {
  unitName: string;
  report: AnnualReport;
  meta: ReportMeta;
  parseIssues: ParseIssueDto[];
  coverage: CoverageDto | null;
  corrections: Record<string, number>;
  notes: string | null;
  findings: FindingDto[];
  review: {
    status: ReviewStatus;
    comment: string | null;
    overrideReason: string | null;
    reviewedAt: string | null;
    reviewedBy: string | null;
  };
  file: { id: string; fileName: string; contentType: string; sizeBytes: number; sha256: string } | null;
}

export interface PreviewDto {
  report: AnnualReport;
  meta: ReportMeta;
  issues: ParseIssueDto[];
  coverage: CoverageDto | null;
  findings: FindingDto[];
}

/** What a hand-in carries beside the report or file. */
export interface SubmissionExtras {
  notes?: string | null;
  corrections?: Record<string, number>;
  explanations?: Record<string, string>;
}
