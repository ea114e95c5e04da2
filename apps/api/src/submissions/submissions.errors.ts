import { moduleError } from '../common/domain-error.js';

// HTTP status of every submission error code. Codes never change once shipped.
export const SUBMISSION_ERROR_STATUS = {
  EMPTY_FILE: 400,
  TOO_MANY_FILES: 400,
  INVALID_MULTIPART: 400,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_FORMAT: 415,
  EXTENSION_MISMATCH: 415,
  CORRUPT_FILE: 422,
  ARCHIVE_TOO_LARGE: 422,
  ENCRYPTED_DOCUMENT: 422,
  SCANNED_PDF: 422,
  NOT_A_REPORT: 422,
  FORMAT_2019: 422,
  UNKNOWN_ENCODING: 422,
  INVALID_REPORT: 422,
  INVALID_CORRECTION: 422,
  FIGURE_OUT_OF_RANGE: 422,
  YEAR_MISMATCH: 422,
  UNIT_MISMATCH: 422,
  PERIOD_NOT_FOUND: 404,
  PERIOD_CLOSED: 409,
  SUBMISSION_NOT_FOUND: 404,
} as const satisfies Record<string, number>;

export type SubmissionErrorCode = keyof typeof SUBMISSION_ERROR_STATUS;

export class SubmissionError extends moduleError('SubmissionError', SUBMISSION_ERROR_STATUS) {}
