import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { statutoryDeadline } from '@nianbao/report-checks';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { isUuid, ScopeService } from '../auth/scope.service.js';
import { DomainError } from '../common/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import { sha256Hex } from '../submissions/report-intake.js';
import { StoredFile } from '../submissions/stored-file.entity.js';
import { SubmissionsService } from '../submissions/submissions.service.js';
import type { SubmissionDetailDto } from '@nianbao/contracts';
import { expandUploads } from './backfill-archive.js';
import type { BackfillJobDto, ConfirmItemRequest } from './backfill.dto.js';
import { BackfillError } from './backfill.errors.js';
import { toJobDto } from './backfill.mapper.js';
import { BackfillItem } from './backfill-item.entity.js';
import { BackfillJob } from './backfill-job.entity.js';
import { BackfillQueueService } from './backfill-queue.service.js';

export const BACKFILL_MAX_FILES = 100;

@Injectable()
export class BackfillService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly submissions: SubmissionsService,
    private readonly queue: BackfillQueueService,
  ) {}

  /** Stores every uploaded report (zips unpacked) and queues the job; the items are parsed in the background. */
  async create(
    user: AuthUser,
    parts: ReadonlyArray<{ fileName: string; bytes: Buffer }>,
    ip: string | null,
  ): Promise<BackfillJobDto> {
    const files = expandUploads(parts, {
      maxFileBytes: this.config.maxUploadBytes,
      maxEntries: BACKFILL_MAX_FILES,
      maxTotalBytes: this.config.maxUploadBytes * 10,
    });
    const jobId = await this.dataSource.transaction(async (m) => {
      const job = await m.save(
        m.create(BackfillJob, {
          createdById: user.id,
          createdByUsername: user.username,
          orgNodeId: user.role === 'admin' ? null : user.orgNodeId,
          status: 'queued',
          total: files.length,
          done: 0,
        }),
      );
      for (const [position, f] of files.entries()) {
        const stored = await m.save(
          m.create(StoredFile, {
            fileName: f.fileName.slice(0, 255) || `report-${position + 1}`,
            contentType: 'application/octet-stream',
            sizeBytes: f.bytes.length,
            sha256: sha256Hex(f.bytes),
            bytes: f.bytes,
            uploadedById: user.id,
          }),
        );
        await m.insert(BackfillItem, {
          jobId: job.id,
          position,
          fileName: stored.fileName,
          fileId: stored.id,
          status: 'queued',
        });
      }
      await this.audit.record(m, {
        actor: { id: user.id, username: user.username },
        action: 'backfill.create',
        entityType: 'backfill_job',
        entityId: job.id,
        ip,
        details: { files: files.map((f) => f.fileName) },
      });
      return job.id;
    });
    this.queue.enqueue(jobId);
    return this.get(user, jobId);
  }

  async list(user: AuthUser): Promise<BackfillJobDto[]> {
    const jobs = await this.dataSource
      .getRepository(BackfillJob)
      .find({ order: { createdAt: 'DESC' }, take: 100 });
    const visible: BackfillJobDto[] = [];
    for (const job of jobs) if (await this.canSee(user, job)) visible.push(toJobDto(job, []));
    return visible;
  }

  async get(user: AuthUser, jobId: string): Promise<BackfillJobDto> {
    const job = await this.findJob(user, jobId);
    const items = await this.dataSource
      .getRepository(BackfillItem)
      .find({ where: { jobId: job.id }, order: { position: 'ASC' } });
    return toJobDto(job, items);
  }

  /** Stores the item as the chosen unit's submission for the year, through the submission service. */
  async confirm(
    user: AuthUser,
    jobId: string,
    itemId: string,
    body: ConfirmItemRequest,
    ip: string | null,
  ): Promise<SubmissionDetailDto> {
    const job = await this.findJob(user, jobId);
    const item = isUuid(itemId)
      ? await this.dataSource.getRepository(BackfillItem).findOne({ where: { id: itemId, jobId: job.id } })
      : null;
    if (!item) throw new BackfillError('BACKFILL_ITEM_NOT_FOUND', '导入条目不存在');
    if (item.status === 'stored') throw new BackfillError('ITEM_ALREADY_STORED', '该报告已入库');
    if (item.status === 'failed')
      throw new BackfillError('ITEM_FAILED', `该文件无法读取：${item.failureMessage ?? ''}`);
    if (item.status === 'queued') throw new BackfillError('ITEM_NOT_READY', '该文件尚未处理完，请稍候');
    await this.scope.assertUnitAccess(user, body.unitId, 'write');
    await this.ensurePeriod(user, body.year, ip);
    const file = await this.dataSource
      .getRepository(StoredFile)
      .createQueryBuilder('f')
      .addSelect('f.bytes')
      .where('f.id = :id', { id: item.fileId })
      .getOneOrFail();
    return this.submissions.submit({
      unitId: body.unitId,
      year: body.year,
      source: { kind: 'storedFile', fileId: file.id, bytes: file.bytes, fileName: file.fileName },
      actor: user,
      ip,
      isBackfill: true,
      allowClosedPeriod: true,
      onStored: async (m: EntityManager, submissionId: string) => {
        const updated: unknown[] = await m.query(
          `UPDATE backfill_item SET status = 'stored', submission_id = $2 WHERE id = $1 AND status <> 'stored' RETURNING id`,
          [item.id, submissionId],
        );
        // Two confirmations of one item at once: the second one stores nothing.
        if (!updated.length) throw new BackfillError('ITEM_ALREADY_STORED', '该报告已入库');
      },
    });
  }

  // Past years' periods are created closed: history is stored, nobody hands in to them any more.
  private async ensurePeriod(user: AuthUser, year: number, ip: string | null): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const created: unknown[] = await m.query(
        `INSERT INTO reporting_period (year, statutory_deadline, internal_deadlines, is_open)
         VALUES ($1, $2, '{}'::jsonb, false) ON CONFLICT (year) DO NOTHING RETURNING year`,
        [year, statutoryDeadline(year)],
      );
      if (created.length) {
        await this.audit.record(m, {
          actor: { id: user.id, username: user.username },
          action: 'period.create',
          entityType: 'reporting_period',
          entityId: String(year),
          ip,
          details: { year, isOpen: false, reason: 'backfill' },
        });
      }
    });
  }

  private async findJob(user: AuthUser, jobId: string): Promise<BackfillJob> {
    const job = isUuid(jobId)
      ? await this.dataSource.getRepository(BackfillJob).findOne({ where: { id: jobId } })
      : null;
    if (!job) throw new BackfillError('BACKFILL_JOB_NOT_FOUND', '导入任务不存在');
    if (!(await this.canSee(user, job))) throw new DomainError('FORBIDDEN_SCOPE', '无权查看该导入任务');
    return job;
  }

  private async canSee(user: AuthUser, job: BackfillJob): Promise<boolean> {
    if (user.role === 'admin') return true;
    if (user.role !== 'supervisor' || !job.orgNodeId) return false;
    try {
      await this.scope.assertOrgNodeAccess(user, job.orgNodeId, 'read');
      return true;
    } catch {
      return false;
    }
  }
}
