import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { runChecks, type Finding } from '@nianbao/report-checks';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ScopeService } from '../auth/scope.service.js';
import { DomainError } from '../common/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import { Unit } from '../org/unit.entity.js';
import { ReportingPeriod } from '../periods/reporting-period.entity.js';
import { loadCheckContext } from './check-context.js';
import { findingKey } from './finding-key.js';
import { prepareReport, type PreparedReport, type SubmissionSource } from './report-intake.js';
import { unitMismatchMessage, withIdentity, yearMismatchMessage } from './report-identity.js';
import { StoredFile } from './stored-file.entity.js';
import type { PreviewDto, SubmissionDetailDto, SubmissionExtras } from './submission.dto.js';
import { timingAgainst } from './submission-deadline.js';
import { SubmissionFinding } from './submission-finding.entity.js';
import { previewFindingDto } from './submission.mapper.js';
import { Submission } from './submission.entity.js';
import { SubmissionsQueryService } from './submissions-query.service.js';
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
    private readonly queries: SubmissionsQueryService,
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
    const prepared = await this.prepare(unit, year, source, extras);
    const context = await loadCheckContext(this.dataSource.manager, unit, year);
    const findings = runChecks(prepared.doc, { ...context, expectedYear: year });
    return {
      report: prepared.doc.report,
      meta: prepared.doc.meta,
      issues: prepared.issues,
      coverage: prepared.coverage,
      findings: findings.map(previewFindingDto),
    };
  }

  async submit(cmd: SubmitCommand): Promise<SubmissionDetailDto> {
    const unit = cmd.actor
      ? await this.scope.assertUnitAccess(cmd.actor, cmd.unitId, 'write')
      : await this.dataSource.manager.findOne(Unit, { where: { id: cmd.unitId } });
    if (!unit) throw new DomainError('UNIT_NOT_FOUND', '单位不存在');
    const prepared = await this.prepare(unit, cmd.year, cmd.source, cmd.extras ?? {});
    let id: string;
    try {
      id = await this.dataSource.transaction((m) => this.store(m, unit, prepared, cmd));
    } catch (err) {
      // The advisory lock serialises versions; a unique violation means a writer without the lock
      // (should not happen) — one retry recomputes the version.
      if (!isUniqueViolation(err)) throw err;
      id = await this.dataSource.transaction((m) => this.store(m, unit, prepared, cmd));
    }
    return this.queries.detailById(id);
  }

  private async prepare(
    unit: Unit,
    year: number,
    source: SubmissionSource,
    extras: SubmissionExtras,
  ): Promise<PreparedReport> {
    const prepared = await prepareReport(source, extras.corrections, this.config.maxUploadBytes);
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
  ): Promise<string> {
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
    if (prepared.file) {
      const file = await m.save(
        m.create(StoredFile, {
          fileName: prepared.file.fileName.slice(0, 255) || 'report',
          contentType: prepared.file.contentType || 'application/octet-stream',
          sizeBytes: prepared.file.bytes.length,
          sha256: prepared.file.sha256,
          bytes: prepared.file.bytes,
          uploadedById: cmd.actor?.id ?? null,
        }),
      );
      fileId = file.id;
    }

    const [{ next }]: Array<{ next: number }> = await m.query(
      'SELECT COALESCE(MAX(version), 0) + 1 AS next FROM submission WHERE unit_id = $1 AND year = $2',
      [unit.id, cmd.year],
    );
    const submission = await m.save(
      m.create(Submission, {
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
      }),
    );

    const explanations = cmd.extras?.explanations ?? {};
    if (findings.length) {
      await m.insert(
        SubmissionFinding,
        findings.map((f, position) => ({
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
        })),
      );
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
    return submission.id;
  }
}

function countSeverity(findings: Finding[], severity: Finding['severity']): number {
  return findings.filter((f) => f.severity === severity).length;
}

export function isUniqueViolation(err: unknown): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const code = (err.driverError as { code?: unknown } | undefined)?.code;
  return code === '23505';
}
