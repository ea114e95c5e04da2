/**
 * The intermediate form every format reader produces: the document as an ordered list of paragraphs
 * and tables. The extractor (../extract) reads the national report out of this, so each format only
 * has to recover structure — never the report's meaning.
 */

export interface TableCell {
  /** Text of the cell, runs joined; line breaks inside a cell kept as '\n'. */
  text: string;
  /**
   * True when this grid position is covered by a merged cell that started elsewhere
   * (colspan/gridSpan to the left, rowspan/vMerge above); `text` then repeats the origin's text.
   */
  isSpanCopy?: boolean;
}

export interface TableBlock {
  kind: 'table';
  /** Rows of the grid, merges expanded so that every row has one cell per grid column it covers. */
  rows: TableCell[][];
  /** 1-based page where the table starts (PDF only). */
  page?: number;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  page?: number;
}

export type Block = TableBlock | ParagraphBlock;

export type IssueSeverity = 'error' | 'warning' | 'info';

/** A problem met while reading; collected, never thrown. `code` is SCREAMING_SNAKE and stable. */
export interface ParseIssue {
  code: string;
  severity: IssueSeverity;
  /** Chinese message shown to the user. */
  message: string;
  /** English message for the English UI and the CLI. */
  messageEn: string;
  /** Cell address or report key the issue is about, when there is one. */
  path?: string;
}

/** What a format reader returns. A reader that cannot read the file throws a ParseFailure. */
export interface ReadResult {
  blocks: Block[];
  issues: ParseIssue[];
}
