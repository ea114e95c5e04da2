import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parseReport } from '@nianbao/report-parser';
import { DataSource, In } from 'typeorm';

import { logJson } from '../common/json-logger.js';
import { AppConfig } from '../config/app-config.js';
import { statedYear } from '../submissions/report-identity.js';
import { StoredFile } from '../submissions/stored-file.entity.js';
import { isConfidentMatch, rankUnitCandidates } from '../submissions/unit-name-match.js';
import { BackfillItem } from './backfill-item.entity.js';
import { BackfillJob } from './backfill-job.entity.js';

/**
 * In-process queue: parses and matches backfill items one at a time, in upload order, so a big batch
 * never starves the API of CPU. Unfinished jobs resume after a restart (their files are already stored).
 */
@Injectable()
export class BackfillQueueService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly pending: string[] = [];
  private running: Promise<void> | null = null;
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.dataSource
      .query(`SELECT id FROM backfill_job WHERE status <> 'done' ORDER BY created_at`)
      .then((rows: Array<{ id: string }>) => rows.forEach((r) => this.enqueue(r.id)))
      .catch((err: unknown) => logJson('error', 'backfill resume failed', { error: String(err) }));
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    await this.running;
  }

  enqueue(jobId: string): void {
    if (!this.pending.includes(jobId)) this.pending.push(jobId);
    this.kick();
  }

  private kick(): void {
    if (this.running || this.stopping) return;
    this.running = this.drain().finally(() => {
      this.running = null;
      // A job enqueued while the last one was finishing.
      if (this.pending.length) this.kick();
    });
  }

  /** Resolves when the queue is empty (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    while (!this.stopping && this.pending.length) {
      const jobId = this.pending[0];
      try {
        await this.processJob(jobId);
      } catch (err) {
        logJson('error', 'backfill job failed', {
          jobId,
          error: err instanceof Error ? err.message : String(err),
        });
      }
      this.pending.shift();
    }
  }

  private async processJob(jobId: string): Promise<void> {
    const job = await this.dataSource.getRepository(BackfillJob).findOne({ where: { id: jobId } });
    if (!job) return;
    await this.dataSource.getRepository(BackfillJob).update(job.id, { status: 'running' });
    const units = await this.unitsFor(job);
    // 'parsed' too: a restart between parsing and matching redoes the item.
    const items = await this.dataSource
      .getRepository(BackfillItem)
      .find({ where: { jobId, status: In(['queued', 'parsed']) }, order: { position: 'ASC' } });
    for (const item of items) {
      if (this.stopping) return;
      await this.processItem(item, units);
      await this.dataSource.query('UPDATE backfill_job SET done = done + 1 WHERE id = $1', [job.id]);
    }
    await this.dataSource
      .getRepository(BackfillJob)
      .update(job.id, { status: 'done', finishedAt: new Date() });
  }

  private async unitsFor(job: BackfillJob): Promise<Array<{ id: string; name: string }>> {
    if (!job.orgNodeId) return this.dataSource.query('SELECT id, name FROM unit ORDER BY code');
    return this.dataSource.query(
      `SELECT u.id, u.name FROM unit u JOIN org_node n ON n.id = u.org_node_id
        WHERE n.path LIKE (SELECT path FROM org_node WHERE id = $1) || '%' ORDER BY u.code`,
      [job.orgNodeId],
    );
  }

  private async processItem(item: BackfillItem, units: Array<{ id: string; name: string }>): Promise<void> {
    const repo = this.dataSource.getRepository(BackfillItem);
    const file = await this.dataSource
      .getRepository(StoredFile)
      .createQueryBuilder('f')
      .addSelect('f.bytes')
      .where('f.id = :id', { id: item.fileId })
      .getOne();
    const outcome = file
      ? await parseReport(new Uint8Array(file.bytes), item.fileName, { maxBytes: this.config.maxUploadBytes })
      : null;
    if (!outcome || !outcome.ok) {
      await repo.update(item.id, {
        status: 'failed',
        failureCode: outcome && !outcome.ok ? outcome.failure.code : 'CORRUPT_FILE',
        failureMessage: outcome && !outcome.ok ? outcome.failure.message : '文件不存在',
        processedAt: new Date(),
      });
      return;
    }
    const statedUnitName = outcome.document.report.unitName;
    const year = statedYear(outcome.document);
    await repo.update(item.id, { status: 'parsed', statedUnitName, statedYear: year });
    const candidates = statedUnitName ? rankUnitCandidates(statedUnitName, units, 3) : [];
    await repo.update(item.id, {
      status: year !== null && isConfidentMatch(candidates) ? 'matched' : 'needs_confirmation',
      candidates,
      processedAt: new Date(),
    });
  }
}
