import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SubmissionDetailDto, SubmissionSourceResponse, SubmissionSummaryDto } from '@nianbao/contracts';
import { DEFAULT_MAX_BYTES, parseReport } from '@nianbao/report-parser';
import { DataSource, EntityManager } from 'typeorm';

import type { AuthUser } from '../auth/auth-user.js';
import { isUuid, ScopeService } from '../auth/scope.service.js';
import { Unit } from '../org/unit.entity.js';
import { diffReports, type CellDifference } from './report-diff.js';
import { PARSE_FAILURE_CODES } from './report-intake.js';
import { StoredFile } from './stored-file.entity.js';
import { SubmissionFinding } from './submission-finding.entity.js';
import { toDetailDto, toSummaryDto } from './submission.mapper.js';
import { Submission } from './submission.entity.js';
import { SubmissionError } from './submissions.errors.js';

export interface StoredFileContent {
  fileName: string;
  contentType: string;
  sha256: string;
  bytes: Buffer;
}

export interface SubmissionDiffDto {
  from: SubmissionSummaryDto;
  to: SubmissionSummaryDto;
  differences: CellDifference[];
}

/** Reads of submissions; every method checks the caller's scope on the submission's unit. */
@Injectable()
export class SubmissionsQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
  ) {}

  async list(user: AuthUser, unitId: string, year?: number): Promise<SubmissionSummaryDto[]> {
    await this.scope.assertUnitAccess(user, unitId, 'read');
    const rows = await this.dataSource.getRepository(Submission).find({
      where: year === undefined ? { unitId } : { unitId, year },
      order: { year: 'DESC', version: 'DESC' },
      select: summaryColumns,
    });
    const latest = new Map<number, number>();
    for (const r of rows) latest.set(r.year, Math.max(latest.get(r.year) ?? 0, r.version));
    return rows.map((r) => toSummaryDto(r, latest.get(r.year) ?? r.version));
  }

  /** Loads a submission the user may read (404 / 403 otherwise). */
  async findReadable(
    user: AuthUser,
    id: string,
    mode: 'read' | 'write' = 'read',
    manager?: EntityManager,
  ): Promise<Submission> {
    const m = manager ?? this.dataSource.manager;
    const submission = isUuid(id) ? await m.findOne(Submission, { where: { id } }) : null;
    if (!submission) throw new SubmissionError('SUBMISSION_NOT_FOUND', '报送记录不存在');
    await this.scope.assertUnitAccess(user, submission.unitId, mode, m);
    return submission;
  }

  async detail(user: AuthUser, id: string): Promise<SubmissionDetailDto> {
    const submission = await this.findReadable(user, id);
    return this.toDetail(this.dataSource.manager, submission);
  }

  /** For callers that have already checked access (right after storing). */
  async detailById(id: string, manager?: EntityManager): Promise<SubmissionDetailDto> {
    const m = manager ?? this.dataSource.manager;
    const submission = await m.findOneOrFail(Submission, { where: { id } });
    return this.toDetail(m, submission);
  }

  async file(user: AuthUser, id: string): Promise<StoredFileContent> {
    const submission = await this.findReadable(user, id);
    if (!submission.fileId)
      throw new SubmissionError('SUBMISSION_NOT_FOUND', '该报送通过表单填报，没有原始文件');
    const file = await this.dataSource
      .getRepository(StoredFile)
      .createQueryBuilder('f')
      .addSelect('f.bytes')
      .where('f.id = :id', { id: submission.fileId })
      .getOne();
    if (!file) throw new SubmissionError('SUBMISSION_NOT_FOUND', '原始文件不存在');
    return { fileName: file.fileName, contentType: file.contentType, sha256: file.sha256, bytes: file.bytes };
  }

  /**
   * The stored original file read again as a source view (paragraphs and tables as text), for showing
   * beside the figures. Same access as the file itself; a web-form hand-in has no file (404).
   */
  async source(user: AuthUser, id: string): Promise<SubmissionSourceResponse> {
    const file = await this.file(user, id);
    // The file was accepted when it was handed in: a later, lower upload limit must not hide it.
    const outcome = await parseReport(new Uint8Array(file.bytes), file.fileName, {
      includeSource: true,
      maxBytes: Math.max(DEFAULT_MAX_BYTES, file.bytes.length),
    });
    if (!outcome.ok || !outcome.source) {
      const code = outcome.ok
        ? 'CORRUPT_FILE'
        : (PARSE_FAILURE_CODES[outcome.failure.code] ?? 'CORRUPT_FILE');
      const reason = outcome.ok ? '无法读取原始文件' : outcome.failure.message;
      throw new SubmissionError(code, `原始文件无法显示：${reason}`);
    }
    return { submissionId: id, fileName: file.fileName, source: outcome.source };
  }

  async diff(user: AuthUser, id: string, againstId: string): Promise<SubmissionDiffDto> {
    const to = await this.findReadable(user, id);
    const from = await this.findReadable(user, againstId);
    const latestVersion = async (s: Submission): Promise<number> => {
      const [{ max }]: Array<{ max: number }> = await this.dataSource.query(
        'SELECT MAX(version) AS max FROM submission WHERE unit_id = $1 AND year = $2',
        [s.unitId, s.year],
      );
      return Number(max);
    };
    return {
      from: toSummaryDto(from, await latestVersion(from)),
      to: toSummaryDto(to, await latestVersion(to)),
      differences: diffReports(from.report, to.report),
    };
  }

  private async toDetail(m: EntityManager, s: Submission): Promise<SubmissionDetailDto> {
    const findings = await m.find(SubmissionFinding, {
      where: { submissionId: s.id },
      order: { position: 'ASC' },
    });
    const file = s.fileId ? await m.findOne(StoredFile, { where: { id: s.fileId } }) : null;
    const unit = await m.findOne(Unit, { where: { id: s.unitId }, select: { id: true, name: true } });
    const latest: Array<{ max: number }> = await m.query(
      'SELECT MAX(version) AS max FROM submission WHERE unit_id = $1 AND year = $2',
      [s.unitId, s.year],
    );
    const latestVersion = Number(latest[0]?.max ?? s.version);
    return toDetailDto(s, { latestVersion, unitName: unit?.name ?? '', findings, file });
  }
}

const summaryColumns = {
  id: true,
  unitId: true,
  year: true,
  version: true,
  sourceFormat: true,
  submittedAt: true,
  submittedByUsername: true,
  deadline: true,
  isLate: true,
  daysBeforeDeadline: true,
  reviewStatus: true,
  errorCount: true,
  warningCount: true,
  isBackfill: true,
  isDemo: true,
} as const;
