import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PreviewDto, SubmissionDetailDto, SubmissionExtras } from '@nianbao/contracts';
import { comparisonSignature, runChecks, type Finding } from '@nianbao/report-checks';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

import { toAuditRow } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ScopeService } from '../auth/scope.service.js';
import { DomainError } from '../common/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import { Unit } from '../org/unit.entity.js';
import type { InternalDeadlines } from '../periods/reporting-period.entity.js';
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
    // The period is read in the same round trip (the lock is taken whether or not the period exists).
    const [p]: PeriodRow[] = await m.query(LOCK_AND_READ_PERIOD, [unit.id, cmd.year]);
    if (!p || p.year === null) throw new SubmissionError('PERIOD_NOT_FOUND', `${cmd.year}年度的报送期不存在`);
    if (!p.is_open && !cmd.allowClosedPeriod)
      throw new SubmissionError('PERIOD_CLOSED', `${cmd.year}年度的报送期已关闭，不能再报送`);
    const period = {
      year: p.year,
      statutoryDeadline: p.statutory_deadline,
      internalDeadlines: p.internal_deadlines,
    };

    const context = await loadCheckContext(m, unit, cmd.year);
    const findings = runChecks(prepared.doc, { ...context, expectedYear: cmd.year });
    const submittedAt = cmd.submittedAt ?? new Date();
    const timing = timingAgainst(period, unit.kind, submittedAt);

    let file: StoredFile | null = null;
    if (prepared.file) {
      file = m.create(StoredFile, {
        id: randomUUID(),
        fileName: prepared.file.fileName.slice(0, 255) || 'report',
        contentType: prepared.file.contentType || 'application/octet-stream',
        sizeBytes: prepared.file.bytes.length,
        sha256: prepared.file.sha256,
        uploadedById: cmd.actor?.id ?? null,
      });
    } else if (prepared.existingFileId) {
      file = await m.findOne(StoredFile, { where: { id: prepared.existingFileId } });
    }
    const fileId = file?.id ?? prepared.existingFileId;

    const submission = m.create(Submission, {
      id: randomUUID(),
      unitId: unit.id,
      year: cmd.year,
      version: 0, // set by the database: MAX(version) + 1 under the lock
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

    // File, version, findings and audit entry in one statement (one round trip instead of five).
    const audit = toAuditRow({
      actor: cmd.actor ? { id: cmd.actor.id, username: cmd.actor.username } : null,
      action: cmd.isBackfill ? 'submission.backfill' : 'submission.submit',
      entityType: 'submission',
      entityId: submission.id,
      ip: cmd.ip ?? null,
      details: {
        unitId: unit.id,
        year: cmd.year,
        // version: added by the statement
        sourceFormat: submission.sourceFormat,
        fileId,
        sha256: prepared.file?.sha256 ?? null,
        errorCount: submission.errorCount,
        warningCount: submission.warningCount,
        isLate: submission.isLate,
        isDemo: submission.isDemo,
      },
    });
    const [row]: Array<{
      version: number;
      created_at: Date;
      file_created_at: Date | null;
      findings: Array<{ id: string; position: number }>;
    }> = await m.query(INSERT_SUBMISSION, [
      // stored_file ($1–$7), only for a new upload
      file && prepared.file ? file.id : null,
      file?.fileName ?? null,
      file?.contentType ?? null,
      file?.sizeBytes ?? null,
      file?.sha256 ?? null,
      prepared.file?.bytes ?? null,
      file?.uploadedById ?? null,
      // submission ($8–$28)
      submission.id,
      submission.unitId,
      submission.year,
      submission.sourceFormat,
      submission.fileId,
      JSON.stringify(submission.report),
      JSON.stringify(submission.meta),
      JSON.stringify(submission.parseIssues),
      submission.coverage === null ? null : JSON.stringify(submission.coverage),
      JSON.stringify(submission.corrections),
      submission.notes,
      submission.errorCount,
      submission.warningCount,
      submission.submittedById,
      submission.submittedByUsername,
      submission.submittedAt,
      submission.deadline,
      submission.isLate,
      submission.daysBeforeDeadline,
      submission.isBackfill,
      submission.isDemo,
      // findings ($29)
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
      // audit_log ($30–$35)
      audit.actorId,
      audit.actorUsername,
      audit.action,
      audit.entityType,
      JSON.stringify(audit.details),
      audit.ip,
    ]);
    submission.version = Number(row.version);
    submission.createdAt = row.created_at;
    if (file && row.file_created_at) file.createdAt = row.file_created_at;
    for (const r of row.findings ?? []) findingRows[r.position].id = r.id;

    await cmd.onStored?.(m, submission.id);
    // Last before COMMIT: the refresh also bumps the dashboard generations of the unit's node, its
    // ancestors and 'all' — rows every submission updates, so each one is locked until COMMIT; taken
    // earlier, concurrent submissions wait for each other's remaining statements too.
    await refreshUnitYearReport(m, unit.id, cmd.year, submission);
    return { submission, findings: findingRows, file };
  }
}

interface PeriodRow {
  year: number | null;
  statutory_deadline: string | null;
  internal_deadlines: InternalDeadlines | null;
  is_open: boolean | null;
}

const LOCK_AND_READ_PERIOD = `SELECT p.year, p.statutory_deadline::text AS statutory_deadline, p.internal_deadlines, p.is_open
  FROM (SELECT pg_advisory_xact_lock(hashtext($1::text), $2::int)) AS l
  LEFT JOIN reporting_period p ON p.year = $2::int`;

// The version is read under the advisory lock taken by the previous statement (this statement's
// snapshot is younger than the lock), so it is MAX + 1 of every committed version.
const INSERT_SUBMISSION = `WITH f AS (
  INSERT INTO stored_file (id, file_name, content_type, size_bytes, sha256, bytes, uploaded_by_id)
  SELECT $1::uuid, $2::text, $3::text, $4::int, $5::text, $6::bytea, $7::uuid WHERE $1::uuid IS NOT NULL
  RETURNING created_at
), s AS (
  INSERT INTO submission (id, unit_id, year, version, source_format, file_id, report, meta, parse_issues,
    coverage, corrections, notes, error_count, warning_count, submitted_by_id, submitted_by_username,
    submitted_at, deadline, is_late, days_before_deadline, is_backfill, is_demo, review_status)
  VALUES ($8::uuid, $9::uuid, $10::int,
    (SELECT COALESCE(MAX(version), 0) + 1 FROM submission WHERE unit_id = $9::uuid AND year = $10::int),
    $11::text, $12::uuid, $13::jsonb, $14::jsonb, $15::jsonb, $16::jsonb, $17::jsonb, $18::text, $19::int,
    $20::int, $21::uuid, $22::text, $23::timestamptz, $24::date, $25::boolean, $26::int, $27::boolean,
    $28::boolean, 'pending')
  RETURNING version, created_at
), fi AS (
  INSERT INTO submission_finding
    (submission_id, position, check_id, severity, cells, expected, actual, message, message_en, explanation)
  SELECT $8::uuid, x.position, x.check_id, x.severity, COALESCE(x.cells, '[]'::jsonb), x.expected, x.actual,
         x.message, x.message_en, x.explanation
    FROM jsonb_to_recordset($29::jsonb) AS x(position integer, check_id text, severity text, cells jsonb,
         expected jsonb, actual jsonb, message text, message_en text, explanation text)
  RETURNING id, position
), a AS (
  INSERT INTO audit_log (actor_id, actor_username, action, entity_type, entity_id, details, ip)
  SELECT $30::uuid, $31::text, $32::text, $33::text, $8::text,
         $34::jsonb || jsonb_build_object('version', s.version), $35::text
    FROM s
)
SELECT s.version, s.created_at, (SELECT created_at FROM f) AS file_created_at,
       (SELECT jsonb_agg(jsonb_build_object('id', fi.id, 'position', fi.position)) FROM fi) AS findings
  FROM s`;

interface StoredSubmission {
  submission: Submission;
  findings: SubmissionFinding[];
  file: StoredFile | null;
}

function countSeverity(findings: Finding[], severity: Finding['severity']): number {
  return findings.filter((f) => f.severity === severity).length;
}

export function isUniqueViolation(err: unknown): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const code = (err.driverError as { code?: unknown } | undefined)?.code;
  return code === '23505';
}
