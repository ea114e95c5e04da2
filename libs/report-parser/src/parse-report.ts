import { reportSchemaIssues } from '@nianbao/report-format';
import { readDocx } from './docx/read-docx.js';
import { detectFormat } from './detect-format.js';
import { extractReport } from './extract/extract-report.js';
import { readHtml } from './html/read-html.js';
import type { ReadResult } from './model/document-model.js';
import { ParseFailure } from './model/parse-failure.js';
import type { ParseOptions, ParseOutcome } from './parse-report.types.js';
import { readPdf } from './pdf/read-pdf.js';
import { decodeText } from './text/decode-text.js';
import { readText } from './text/read-text.js';
import { readXlsx } from './xlsx/read-xlsx.js';
import { toSourceView } from './source-view/source-view.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Bytes + file name in → the canonical report, the problems met and what was covered. Never throws
 * for bad input: an unreadable file comes back as `{ ok: false, failure }` with a Chinese reason.
 */
export async function parseReport(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
): Promise<ParseOutcome> {
  try {
    if (bytes.length === 0) throw new ParseFailure('EMPTY_FILE', '文件为空', 'The file is empty');
    const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (bytes.length > max) {
      throw new ParseFailure(
        'FILE_TOO_LARGE',
        `文件超过 ${Math.round(max / 1024 / 1024)} MB 的上限`,
        `The file exceeds the ${Math.round(max / 1024 / 1024)} MB limit`,
      );
    }
    const format = detectFormat(bytes, fileName);
    let read: ReadResult;
    switch (format) {
      case 'docx':
        read = readDocx(bytes);
        break;
      case 'html':
        read = readHtml(bytes);
        break;
      case 'pdf':
        read = await readPdf(bytes);
        break;
      case 'xlsx':
        read = await readXlsx(bytes);
        break;
      default:
        read = readText(decodeText(bytes).text);
    }
    const { document, issues, coverage } = extractReport(read.blocks, format);
    // The parser's own output checked against the schema on every parse (a negative or fractional figure
    // read from a cell becomes a SCHEMA warning): a well-formed report is recognised without zod.
    const schemaIssues = reportSchemaIssues(document.report).map((i) => ({
      code: 'SCHEMA',
      severity: 'warning' as const,
      path: i.path,
      message: i.message,
      messageEn: `Schema: ${i.path}`,
    }));
    const source = options.includeSource ? { source: toSourceView(read.blocks, format) } : {};
    return { ok: true, document, issues: [...read.issues, ...issues, ...schemaIssues], coverage, ...source };
  } catch (err) {
    if (err instanceof ParseFailure) {
      const issue = err.toIssue();
      return {
        ok: false,
        failure: { code: err.code, message: err.messageZh, messageEn: err.messageEn },
        issues: [issue],
      };
    }
    // A reader library choking on a malformed file is the file's fault, not ours: report it as damaged.
    return {
      ok: false,
      failure: {
        code: 'CORRUPT_FILE',
        message: '文件已损坏或格式不正确，无法读取',
        messageEn: `The file is damaged or malformed (${err instanceof Error ? err.message.slice(0, 120) : 'unknown error'})`,
      },
      issues: [],
    };
  }
}
