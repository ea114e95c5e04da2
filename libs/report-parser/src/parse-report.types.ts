import type { ReportDocument, SourceFormat } from '@nianbao/report-format';
import type { ParseIssue } from './model/document-model.js';
import type { ParseFailureCode } from './model/parse-failure.js';
import type { SourceView } from './source-view/source-view.js';

export type TableCoverage = 'found' | 'partial' | 'missing';

/** How much of the format was read: per table, and the sections found. */
export interface ParseCoverage {
  table2: TableCoverage;
  table3: TableCoverage;
  table4: TableCoverage;
  /** Section numbers (1–6) whose headings were found. */
  sections: number[];
  /** Table cells read / cells in the format (10 + 175 + 15). */
  cellsRead: number;
  cellsTotal: number;
}

export type ParseOutcome =
  | {
      ok: true;
      document: ReportDocument;
      issues: ParseIssue[];
      coverage: ParseCoverage;
      /** The document as read (paragraphs and tables), when `includeSource` was asked for. */
      source?: SourceView;
    }
  | {
      ok: false;
      failure: { code: ParseFailureCode; message: string; messageEn: string };
      issues: ParseIssue[];
    };

export interface ParseOptions {
  /** Largest accepted file, bytes (default 20 MB). */
  maxBytes?: number;
  /** Also return the source view (the document's paragraphs and tables, for display). Default false. */
  includeSource?: boolean;
}

export type { SourceFormat };
