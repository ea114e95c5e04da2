import type { BackfillItemDto, BackfillJobDto } from './backfill.dto.js';
import type { BackfillItem } from './backfill-item.entity.js';
import type { BackfillJob } from './backfill-job.entity.js';

export function toItemDto(i: BackfillItem): BackfillItemDto {
  return {
    id: i.id,
    position: i.position,
    fileName: i.fileName,
    status: i.status,
    statedUnitName: i.statedUnitName,
    statedYear: i.statedYear,
    candidates: i.candidates,
    failure: i.failureCode ? { code: i.failureCode, message: i.failureMessage ?? '' } : null,
    submissionId: i.submissionId,
  };
}

export function toJobDto(j: BackfillJob, items: BackfillItem[]): BackfillJobDto {
  return {
    id: j.id,
    status: j.status,
    total: j.total,
    done: j.done,
    createdBy: j.createdByUsername,
    createdAt: j.createdAt.toISOString(),
    finishedAt: j.finishedAt?.toISOString() ?? null,
    items: items.map(toItemDto),
  };
}
