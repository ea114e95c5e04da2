import { moduleError } from '../common/domain-error.js';

export const REVIEW_ERROR_STATUS = {
  ERRORS_BLOCK_ACCEPTANCE: 409,
  NOT_LATEST_VERSION: 409,
  ALREADY_ACCEPTED: 409,
  ALREADY_RETURNED: 409,
  FINDING_NOT_FOUND: 404,
  FINDING_NOT_DECIDABLE: 422,
} as const satisfies Record<string, number>;

export type ReviewErrorCode = keyof typeof REVIEW_ERROR_STATUS;

export class ReviewError extends moduleError('ReviewError', REVIEW_ERROR_STATUS) {}
