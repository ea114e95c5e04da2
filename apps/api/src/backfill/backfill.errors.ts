import { moduleError } from '../common/domain-error.js';

export const BACKFILL_ERROR_STATUS = {
  BACKFILL_JOB_NOT_FOUND: 404,
  BACKFILL_ITEM_NOT_FOUND: 404,
  ITEM_ALREADY_STORED: 409,
  ITEM_NOT_READY: 409,
  ITEM_FAILED: 422,
} as const satisfies Record<string, number>;

export type BackfillErrorCode = keyof typeof BACKFILL_ERROR_STATUS;

export class BackfillError extends moduleError('BackfillError', BACKFILL_ERROR_STATUS) {}
