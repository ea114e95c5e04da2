import type { FileInfoDto, FindingDto, SubmissionDetailDto, SubmissionSummaryDto } from '@nianbao/contracts';
import type { Finding } from '@nianbao/report-checks';

import { findingKey } from './finding-key.js';
import type { StoredFile } from './stored-file.entity.js';
import type { SubmissionFinding } from './submission-finding.entity.js';
import type { Submission } from './submission.entity.js';

export function toSummaryDto(s: Submission, latestVersion: number): SubmissionSummaryDto {
  return {
    id: s.id,
    unitId: s.unitId,
    year: s.year,
    version: s.version,
    isLatest: s.version === latestVersion,
    sourceFormat: s.sourceFormat,
    submittedAt: s.submittedAt.toISOString(),
    submittedBy: s.submittedByUsername,
    deadline: s.deadline,
    isLate: s.isLate,
    daysBeforeDeadline: s.daysBeforeDeadline,
    reviewStatus: s.reviewStatus,
    errorCount: s.errorCount,
    warningCount: s.warningCount,
    isBackfill: s.isBackfill,
    isDemo: s.isDemo,
  };
}

export function toFindingDto(f: SubmissionFinding): FindingDto {
  return {
    key: findingKey(f.checkId, f.cells),
    checkId: f.checkId,
    severity: f.severity,
    cells: f.cells,
    expected: f.expected,
    actual: f.actual,
    message: f.message,
    messageEn: f.messageEn,
    explanation: f.explanation,
    decision: f.decision,
    decisionNote: f.decisionNote,
    decidedAt: f.decidedAt?.toISOString() ?? null,
  };
}

/** A finding of a preview (nothing stored yet, so no decisions). */
export function previewFindingDto(f: Finding): FindingDto {
  return {
    key: findingKey(f.checkId, f.cells),
    checkId: f.checkId,
    severity: f.severity,
    cells: f.cells,
    expected: f.expected,
    actual: f.actual,
    message: f.message,
    messageEn: f.messageEn,
    explanation: null,
    decision: null,
    decisionNote: null,
    decidedAt: null,
  };
}

export function toFileInfoDto(f: StoredFile): FileInfoDto {
  return {
    id: f.id,
    fileName: f.fileName,
    contentType: f.contentType,
    sizeBytes: f.sizeBytes,
    sha256: f.sha256,
  };
}

export function toDetailDto(
  s: Submission,
  ctx: { latestVersion: number; unitName: string; findings: SubmissionFinding[]; file: StoredFile | null },
): SubmissionDetailDto {
  return {
    ...toSummaryDto(s, ctx.latestVersion),
    unitName: ctx.unitName,
    report: s.report,
    meta: s.meta,
    parseIssues: s.parseIssues,
    coverage: s.coverage,
    corrections: s.corrections,
    notes: s.notes,
    findings: ctx.findings.map(toFindingDto),
    review: {
      status: s.reviewStatus,
      comment: s.reviewComment,
      overrideReason: s.overrideReason,
      reviewedAt: s.reviewedAt?.toISOString() ?? null,
      reviewedBy: s.reviewedByUsername,
    },
    file: ctx.file ? toFileInfoDto(ctx.file) : null,
  };
}
