import { DomainError, DomainErrorOptions } from '../common/domain-error.js';

export const REVIEW_ERROR_STATUS = {
  ERRORS_BLOCK_ACCEPTANCE: 409,
  NOT_LATEST_VERSION: 409,
  ALREADY_ACCEPTED: 409,
  ALREADY_RETURNED: 409,
  FINDING_NOT_FOUND: 404,
  FINDING_NOT_DECIDABLE: 422,
} as const satisfies Record<string, number>;

export type ReviewErrorCode = keyof typeof REVIEW_ERROR_STATUS;

export class ReviewError extends DomainError<ReviewErrorCode> {
  constructor(code: ReviewErrorCode, message: string, options: DomainErrorOptions = {}) {
    super(code, message, { ...options, status: REVIEW_ERROR_STATUS[code] });
    this.name = 'ReviewError';
  }
}
