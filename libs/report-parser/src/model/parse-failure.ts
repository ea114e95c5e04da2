import type { ParseIssue } from './document-model.js';

/** Why a file could not be read at all. Codes never change once shipped. */
export type ParseFailureCode =
  | 'EMPTY_FILE'
  | 'FILE_TOO_LARGE'
  | 'UNSUPPORTED_FORMAT'
  | 'EXTENSION_MISMATCH'
  | 'CORRUPT_FILE'
  | 'ARCHIVE_TOO_LARGE'
  | 'ENCRYPTED_DOCUMENT'
  | 'SCANNED_PDF'
  | 'NOT_A_REPORT'
  | 'FORMAT_2019'
  | 'UNKNOWN_ENCODING';

/**
 * Thrown by format readers when the file cannot be read; parseReport() turns it into a fatal issue.
 * Carries a Chinese and an English one-line reason.
 */
export class ParseFailure extends Error {
  constructor(
    readonly code: ParseFailureCode,
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(`${code}: ${messageEn}`);
    this.name = 'ParseFailure';
  }

  toIssue(): ParseIssue {
    return { code: this.code, severity: 'error', message: this.messageZh, messageEn: this.messageEn };
  }
}
