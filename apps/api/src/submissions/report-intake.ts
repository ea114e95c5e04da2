import { createHash } from 'node:crypto';

import { createEmptyMeta, validateReport, type ReportDocument } from '@nianbao/report-format';
import { parseReport, type ParseFailureCode, type SourceView } from '@nianbao/report-parser';

import { applyCorrections, type CellCorrections } from './report-corrections.js';
import { SubmissionError, type SubmissionErrorCode } from './submissions.errors.js';
import type { StoredCoverage, StoredParseIssue } from './submission.entity.js';

/** Where a report comes from: an uploaded file, a file already stored (backfill), or the web form's JSON. */
export type SubmissionSource =
  | { kind: 'file'; bytes: Buffer; fileName: string; contentType: string }
  | { kind: 'storedFile'; fileId: string; bytes: Buffer; fileName: string }
  | { kind: 'json'; report: unknown };

export interface IncomingFile {
  bytes: Buffer;
  fileName: string;
  contentType: string;
  sha256: string;
}

/** A report read and corrected, not yet checked against its context nor stored. */
export interface PreparedReport {
  doc: ReportDocument;
  issues: StoredParseIssue[];
  coverage: StoredCoverage | null;
  /** A new file to store with the submission. */
  file: IncomingFile | null;
  /** A file stored earlier (backfill upload) that the submission points to. */
  existingFileId: string | null;
  /** The file as read (paragraphs and tables), when asked for; null for JSON. */
  source: SourceView | null;
}

export const PARSE_FAILURE_CODES: Record<ParseFailureCode, SubmissionErrorCode> = {
  EMPTY_FILE: 'EMPTY_FILE',
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  UNSUPPORTED_FORMAT: 'UNSUPPORTED_FORMAT',
  EXTENSION_MISMATCH: 'EXTENSION_MISMATCH',
  CORRUPT_FILE: 'CORRUPT_FILE',
  ARCHIVE_TOO_LARGE: 'ARCHIVE_TOO_LARGE',
  ENCRYPTED_DOCUMENT: 'ENCRYPTED_DOCUMENT',
  SCANNED_PDF: 'SCANNED_PDF',
  NOT_A_REPORT: 'NOT_A_REPORT',
  FORMAT_2019: 'FORMAT_2019',
  UNKNOWN_ENCODING: 'UNKNOWN_ENCODING',
};

// No count or amount in a unit's yearly report comes near 1亿 (a district unit answers thousands of
// requests, not hundreds of millions): a bigger figure is a typing or reading error. The bound also
// keeps every sum inside the integer columns of unit_year_report (above 2^31 the refresh failed with 500).
export const MAX_FIGURE = 100_000_000;

/** Paths of figures above MAX_FIGURE (at most `limit`), e.g. `applications.newReceived[0]`. */
export function figuresOutOfRange(value: unknown, path = '', out: string[] = [], limit = 10): string[] {
  if (out.length >= limit) return out;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) > MAX_FIGURE) out.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => figuresOutOfRange(v, `${path}[${i}]`, out, limit));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) figuresOutOfRange(v, path ? `${path}.${k}` : k, out, limit);
  }
  return out;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Reads the report out of its source and applies the reporter's corrections. Refuses (SubmissionError,
 * precise 4xx with the parser's Chinese reason) a file that cannot be read or a JSON report that does not
 * match the format. Runs outside any transaction: parsing is the slow part.
 */
export async function prepareReport(
  source: SubmissionSource,
  corrections: CellCorrections | undefined,
  maxBytes: number,
  options: { includeSource?: boolean } = {},
): Promise<PreparedReport> {
  let prepared: PreparedReport;
  if (source.kind === 'json') {
    const valid = validateReport(source.report);
    if (!valid.ok)
      throw new SubmissionError('INVALID_REPORT', '报告数据不符合年度报告格式', { issues: valid.issues });
    prepared = {
      doc: { report: valid.report, meta: createEmptyMeta('json') },
      issues: [],
      coverage: null,
      file: null,
      existingFileId: null,
      source: null,
    };
  } else {
    if (source.bytes.length === 0) throw new SubmissionError('EMPTY_FILE', '文件为空');
    const outcome = await parseReport(new Uint8Array(source.bytes), source.fileName, {
      maxBytes,
      includeSource: options.includeSource === true,
    });
    if (!outcome.ok) {
      throw new SubmissionError(
        PARSE_FAILURE_CODES[outcome.failure.code] ?? 'CORRUPT_FILE',
        outcome.failure.message,
        {
          issues: outcome.issues.map((i) => ({ path: i.path ?? '', message: i.message })),
        },
      );
    }
    prepared = {
      doc: outcome.document,
      issues: outcome.issues.map((i) => ({ ...i })),
      coverage: { ...outcome.coverage },
      file:
        source.kind === 'file'
          ? {
              bytes: source.bytes,
              fileName: source.fileName,
              contentType: source.contentType,
              sha256: sha256Hex(source.bytes),
            }
          : null,
      existingFileId: source.kind === 'storedFile' ? source.fileId : null,
      source: outcome.source ?? null,
    };
  }
  if (corrections && Object.keys(corrections).length) {
    const corrected = applyCorrections(prepared.doc.report, corrections);
    if (!corrected.ok)
      throw new SubmissionError('INVALID_CORRECTION', '更正的单元格有误', { issues: corrected.issues });
    prepared.doc = { ...prepared.doc, report: corrected.report };
  }
  const tooLarge = figuresOutOfRange(prepared.doc.report);
  if (tooLarge.length) {
    throw new SubmissionError(
      'FIGURE_OUT_OF_RANGE',
      `数字过大（超过 1 亿），请核对：${tooLarge.join('、')}`,
      {
        issues: tooLarge.map((p) => ({ path: p, message: '数字过大（超过 1 亿）' })),
      },
    );
  }
  return prepared;
}
