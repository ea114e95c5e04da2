import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PreviewDto, SubmissionDetailDto, SubmissionExtras } from '@nianbao/contracts';
import { comparisonSignature, runChecks, type Finding } from '@nianbao/report-checks';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ScopeService } from '../auth/scope.service.js';
import { DomainError } from '../common/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import { Unit } from '../org/unit.entity.js';
import { ReportingPeriod } from '../periods/reporting-period.entity.js';
import { loadCheckContext, narrativeSignatures, narrativeText } from './check-context.js';
import { findingKey } from './finding-key.js';
import { prepareReport, type PreparedReport, type SubmissionSource } from './report-intake.js';
import { unitMismatchMessage, withIdentity, yearMismatchMessage } from './report-identity.js';
import { StoredFile } from './stored-file.entity.js';
import { timingAgainst } from './submission-deadline.js';
import { SubmissionFinding } from './submission-finding.entity.js';
import { previewFindingDto, toDetailDto } from './submission.mapper.js';
import { Submission } from './submission.entity.js';
import { SubmissionError } from './submissions.errors.js';
import { refreshUnitYearReport } from './unit-year-report.repository.js';

export interface SubmitCommand {
  unitId: string;
  year: number;
  source: SubmissionSource;
  extras?: SubmissionExtras;
  /** null: the system itself (demo seed). */
  actor: AuthUser | null;
  ip?: string | null;
  isBackfill?: boolean;
  isDemo?: boolean;
  /** The demo seed spreads hand-in times around the deadline; everyone else hands in now. */
  submittedAt?: Date;
  /** Backfill and the demo seed store history into closed periods. */
  allowClosedPeriod?: boolean;
  /** Runs inside the storing transaction (e.g. marks a backfill item stored), so both commit together. */
  onStored?: (m: EntityManager, submissionId: string) => Promise<void>;
}

/**
 * The one way a report becomes a submission (web form, upload, backfill, demo seed): parse, check
 * against its context, and store everything in one transaction as the next version.
 */
@Injectable()
export class SubmissionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** Parses and checks without storing anything. */
  async preview(
    user: AuthUser,
    unitId: string,
    year: number,
    source: SubmissionSource,
    extras: SubmissionExtras = {},
  ): Promise<PreviewDto> {
    const unit = await this.scope.assertUnitAccess(user, unitId, 'write');
    const prepared = await this.prepare(unit, year, source, extras, { includeSource: true });
    const context = await loadCheckContext(this.dataSource.manager, unit, year);
    const findings = runChecks(prepared.doc, { ...context, expectedYear: year });
    return {
      report: prepared.doc.report,
      meta: prepared.doc.meta,
      issues: prepared.issues,
      coverage: prepared.coverage,
      findings: findings.map(previewFindingDto),
      source: prepared.source,
    };
  }

  async submit(cmd: SubmitCommand): Promise<SubmissionDetailDto> {
    const unit = cmd.actor
      ? await this.scope.assertUnitAccess(cmd.actor, cmd.unitId, 'write')
      : await this.dataSource.manager.findOne(Unit, { where: { id: cmd.unitId } });
    if (!unit) throw new DomainError('UNIT_NOT_FOUND', '单位不存在');
    const prepared = await this.prepare(unit, cmd.year, cmd.source, cmd.extras ?? {});
    let stored: StoredSubmission;
    try {
      stored = await this.dataSource.transaction((m) => this.store(m, unit, prepared, cmd));
    } catch (err) {
      // The advisory lock serialises versions; a unique violation means a writer without the lock
      // (should not happen) — one retry recomputes the version.
      if (!isUniqueViolation(err)) throw err;
      stored = await this.dataSource.transaction((m) => this.store(m, unit, prepared, cmd));
    }
    // Committed: the next submits of the district compare with this narrative without re-reading it.
    narrativeSignatures.set(
      stored.submission.id,
      comparisonSignature(narrativeText(stored.submission.report.narrative)),
    );
    // The rows just written, as stored (no re-read): it was the latest version when the transaction committed.
    return toDetailDto(stored.submission, {
      latestVersion: stored.submission.version,
      unitName: unit.name,
      findings: stored.findings,
      file: stored.file,
    });
  }

  private async prepare(
    unit: Unit,
    year: number,
    source: SubmissionSource,
    extras: SubmissionExtras,
    options: { includeSource?: boolean } = {},
  ): Promise<PreparedReport> {
    const prepared = await prepareReport(source, extras.corrections, this.config.maxUploadBytes, options);
    const yearProblem = yearMismatchMessage(prepared.doc, year);
    if (yearProblem) throw new SubmissionError('YEAR_MISMATCH', yearProblem);
    const unitProblem = unitMismatchMessage(prepared.doc, unit.name);
    if (unitProblem) throw new SubmissionError('UNIT_MISMATCH', unitProblem);
    prepared.doc = withIdentity(prepared.doc, unit.name, year);
    return prepared;
  }

  private async store(
    m: EntityManager,
    unit: Unit,
    prepared: PreparedReport,
    cmd: SubmitCommand,
  ): Promise<StoredSubmission> {
    // One writer per unit × year at a time: versions come out consecutive under concurrent submissions.
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1::text), $2::int)', [unit.id, cmd.year]);

    const period = await m.findOne(ReportingPeriod, { where: { year: cmd.year } });
    if (!period) throw new SubmissionError('PERIOD_NOT_FOUND', `${cmd.year}年度的报送期不存在`);
    if (!period.isOpen && !cmd.allowClosedPeriod)
      throw new SubmissionError('PERIOD_CLOSED', `${cmd.year}年度的报送期已关闭，不能再报送`);

    const context = await loadCheckContext(m, unit, cmd.year);
    const findings = runChecks(prepared.doc, { ...context, expectedYear: cmd.year });
    const submittedAt = cmd.submittedAt ?? new Date();
    const timing = timingAgainst(period, unit.kind, submittedAt);

    let fileId = prepared.existingFileId;
    let file: StoredFile | null = null;
    if (prepared.file) {
      file = m.create(StoredFile, {
        fileName: prepared.file.fileName.slice(0, 255) || 'report',
        contentType: prepared.file.contentType || 'application/octet-stream',
        sizeBytes: prepared.file.bytes.length,
        sha256: prepared.file.sha256,
        bytes: prepared.file.bytes,
        uploadedById: cmd.actor?.id ?? null,
      });
      await m.insert(StoredFile, file);
      fileId = file.id;
    } else if (fileId) {
      file = await m.findOne(StoredFile, { where: { id: fileId } });
    }

    const [{ next }]: Array<{ next: number }> = await m.query(
      'SELECT COALESCE(MAX(version), 0) + 1 AS next FROM submission WHERE unit_id = $1 AND year = $2',
      [unit.id, cmd.year],
    );
    const submission = m.create(Submission, {
      unitId: unit.id,
      year: cmd.year,
      version: Number(next),
      sourceFormat: prepared.doc.meta.sourceFormat,
      fileId,
      report: prepared.doc.report,
      meta: prepared.doc.meta,
      parseIssues: prepared.issues,
      coverage: prepared.coverage,
      corrections: cmd.extras?.corrections ?? {},
      notes: cmd.extras?.notes ?? null,
      errorCount: countSeverity(findings, 'error'),
      warningCount: countSeverity(findings, 'warning'),
      submittedById: cmd.actor?.id ?? null,
      submittedByUsername: cmd.actor?.username ?? null,
      submittedAt,
      deadline: timing.deadline,
      isLate: timing.isLate,
      daysBeforeDeadline: timing.daysBeforeDeadline,
      isBackfill: cmd.isBackfill ?? false,
      isDemo: cmd.isDemo ?? false,
      reviewStatus: 'pending',
      reviewedById: null,
      reviewedByUsername: null,
      reviewedAt: null,
      reviewComment: null,
      overrideReason: null,
    });
    await m.insert(Submission, submission);

    const explanations = cmd.extras?.explanations ?? {};
    const findingRows = findings.map((f, position): SubmissionFinding => ({
      id: '',
      submissionId: submission.id,
      position,
      checkId: f.checkId,
      severity: f.severity,
      cells: f.cells,
      expected: f.expected,
      actual: f.actual,
      message: f.message,
      messageEn: f.messageEn,
      explanation: explanations[findingKey(f.checkId, f.cells)] || null,
      decision: null,
      decisionNote: null,
      decidedById: null,
      decidedAt: null,
    }));
    if (findingRows.length) {
      // One statement for all findings (TX-DUP alone can add one per unit of the district).
      const ids: Array<{ id: string; position: number }> = await m.query(INSERT_FINDINGS, [
        submission.id,
        JSON.stringify(
          findingRows.map((f) => ({
            position: f.position,
            check_id: f.checkId,
            severity: f.severity,
            cells: f.cells,
            expected: f.expected,
            actual: f.actual,
            message: f.message,
            message_en: f.messageEn,
            explanation: f.explanation,
          })),
        ),
      ]);
      for (const r of ids) findingRows[r.position].id = r.id;
    }
    await refreshUnitYearReport(m, unit.id, cmd.year);
    await cmd.onStored?.(m, submission.id);
    await this.audit.record(m, {
      actor: cmd.actor ? { id: cmd.actor.id, username: cmd.actor.username } : null,
      action: cmd.isBackfill ? 'submission.backfill' : 'submission.submit',
      entityType: 'submission',
      entityId: submission.id,
      ip: cmd.ip ?? null,
      details: {
        unitId: unit.id,
        year: cmd.year,
        version: submission.version,
        sourceFormat: submission.sourceFormat,
        fileId,
        sha256: prepared.file?.sha256 ?? null,
        errorCount: submission.errorCount,
        warningCount: submission.warningCount,
        isLate: submission.isLate,
        isDemo: submission.isDemo,
      },
    });
    return { submission, findings: findingRows, file };
  }
}

interface StoredSubmission {
  submission: Submission;
  findings: SubmissionFinding[];
  file: StoredFile | null;
}

const INSERT_FINDINGS = `INSERT INTO submission_finding
  (submission_id, position, check_id, severity, cells, expected, actual, message, message_en, explanation)
SELECT $1::uuid, f.position, f.check_id, f.severity, COALESCE(f.cells, '[]'::jsonb), f.expected, f.actual,
       f.message, f.message_en, f.explanation
  FROM jsonb_to_recordset($2::jsonb) AS f(position integer, check_id text, severity text, cells jsonb,
       expected jsonb, actual jsonb, message text, message_en text, explanation text)
RETURNING id, position`;

function countSeverity(findings: Finding[], severity: Finding['severity']): number {
  return findings.filter((f) => f.severity === severity).length;
}

export function isUniqueViolation(err: unknown): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const code = (err.driverError as { code?: unknown } | undefined)?.code;
  return code === '23505';
}
