import { yearSchema } from '@nianbao/contracts';
import { z } from 'zod';

import type { UnitCandidate } from '../submissions/unit-name-match.js';
import type { BackfillItemStatus } from './backfill-item.entity.js';
import type { BackfillJobStatus } from './backfill-job.entity.js';

export const confirmItemRequestSchema = z.object({
  unitId: z.uuid({ error: '无效的单位标识' }),
  year: yearSchema,
});
export type ConfirmItemRequest = z.infer<typeof confirmItemRequestSchema>;

export interface BackfillItemDto {
  id: string;
  position: number;
  fileName: string;
  status: BackfillItemStatus;
  statedUnitName: string | null;
  statedYear: number | null;
  candidates: UnitCandidate[];
  failure: { code: string; message: string } | null;
  submissionId: string | null;
}

export interface BackfillJobDto {
  id: string;
  status: BackfillJobStatus;
  total: number;
  done: number;
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
  items: BackfillItemDto[];
}
