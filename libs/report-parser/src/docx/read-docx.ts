import { unzipSync } from 'fflate';
import type { Block, ParseIssue, ReadResult, TableCell } from '../model/document-model.js';
import { ParseFailure } from '../model/parse-failure.js';
import { isCfbContainer, isEncryptedOoxml } from './cfb-sniff.js';
import { attr, scanXml } from './xml-scan.js';
import { findZipEntry, readZipEntry } from './zip-entry.js';

/** Largest word/document.xml we inflate; a real annual report is well under 2 MB. */
export const MAX_DOCUMENT_XML_BYTES = 50 * 1024 * 1024;
// Deflate cannot exceed ~1032:1; XML reports compress 5–30:1. A large entry near the limit is a bomb.
const MAX_SUSPICIOUS_RATIO = 200;
const SUSPICIOUS_SIZE = 10 * 1024 * 1024;

interface RawCell {
  paragraphs: string[];
  gridSpan: number;
  vMerge?: 'restart' | 'continue';
}

interface RawRow {
  gridBefore: number;
  cells: RawCell[];
}

interface TableState {
  rows: RawRow[];
  cell: RawCell | null;
}

/**
 * Reads a .docx into paragraphs and tables (merges expanded onto the real grid). Only
 * word/document.xml is inflated, with its declared size checked first, so a zip bomb costs nothing.
 * Throws ParseFailure: CORRUPT_FILE, ARCHIVE_TOO_LARGE, ENCRYPTED_DOCUMENT, UNSUPPORTED_FORMAT (legacy .doc).
 */
export function readDocx(bytes: Uint8Array): ReadResult {
  if (isCfbContainer(bytes)) {
    if (isEncryptedOoxml(bytes)) {
      throw new ParseFailure(
        'ENCRYPTED_DOCUMENT',
        '文档设有打开密码，请取消密码后重新上传',
        'The document is password-protected; remove the password and upload again',
      );
    }
    throw new ParseFailure(
      'UNSUPPORTED_FORMAT',
      '这是旧版 Word（.doc）文件，请在 Word 中另存为 .docx 后上传',
      'This is a legacy Word .doc file; save it as .docx and upload again',
    );
  }
  const xml = inflateDocumentXml(bytes);
  return parseDocumentXml(xml);
}

function corrupt(detailZh: string, detailEn: string): ParseFailure {
  return new ParseFailure(
    'CORRUPT_FILE',
    `文件已损坏或不是有效的 Word 文档：${detailZh}`,
    `Corrupt or not a Word document: ${detailEn}`,
  );
}

function inflateDocumentXml(bytes: Uint8Array): Uint8Array {
  // The usual archive: found through its central directory and inflated by zlib (about 6× quicker than
  // fflate's JavaScript inflate). Anything unusual, damaged or inconsistent goes the fflate way below,
  // which decides what is wrong with it.
  const entry = findZipEntry(bytes, 'word/document.xml');
  if (entry) {
    if (isTooLarge(entry)) throw archiveTooLarge();
    const xml = readZipEntry(bytes, entry);
    if (xml) return xml;
  }
  let declared: { size: number; originalSize: number } | undefined;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== 'word/document.xml') return false;
        declared = { size: file.size, originalSize: file.originalSize };
        return !isTooLarge(declared);
      },
    });
  } catch {
    // fflate throws on a missing/truncated central directory or a damaged deflate stream.
    throw corrupt('无法解压', 'cannot unzip');
  }
  if (!declared) throw corrupt('缺少 word/document.xml', 'word/document.xml is missing');
  if (isTooLarge(declared)) throw archiveTooLarge();
  const xml = files['word/document.xml'];
  if (!xml || (xml.length === 0 && declared.originalSize > 0))
    throw corrupt('正文为空', 'empty document body');
  return xml;
}

function archiveTooLarge(): ParseFailure {
  return new ParseFailure(
    'ARCHIVE_TOO_LARGE',
    '文档解压后过大（疑似压缩炸弹），已拒绝处理',
    'The document expands to an implausible size (possible zip bomb); refused',
  );
}

function isTooLarge(entry: { size: number; originalSize: number }): boolean {
  if (entry.originalSize > MAX_DOCUMENT_XML_BYTES) return true;
  const ratio = entry.originalSize / Math.max(entry.size, 1);
  return entry.originalSize > SUSPICIOUS_SIZE && ratio > MAX_SUSPICIOUS_RATIO;
}

// The tags whose attributes are read below (the rest, most of the document, come without).
const TAGS_WITH_ATTRIBUTES = new Set(['w:tab', 'w:gridBefore', 'w:gridSpan', 'w:vMerge']);

const SKIPPED_CONTAINERS = new Set(['w:del', 'w:moveFrom', 'mc:Fallback', 'w:instrText', 'w:delText']);

/** One SAX pass over document.xml (see xml-scan.ts: a DTD is never read, so entities are never expanded). */
export function parseDocumentXml(xml: Uint8Array): ReadResult {
  const blocks: Block[] = [];
  const issues: ParseIssue[] = [];
  const tables: TableState[] = [];
  let bodyDepth = 0;
  let skipDepth = 0;
  let inText = false;
  // Paragraphs can nest (text boxes inside a run); each level buffers its own text.
  const paragraphs: string[][] = [];
  let sawXml = false;

  const appendText = (s: string): void => {
    const p = paragraphs[paragraphs.length - 1];
    if (p) p.push(s);
  };

  scanXml(xml, {
    attributesFor: TAGS_WITH_ATTRIBUTES,
    onopentag(name, attrs) {
      sawXml = true;
      if (name === 'w:body') bodyDepth++;
      if (bodyDepth === 0) return;
      if (SKIPPED_CONTAINERS.has(name)) {
        skipDepth++;
        return;
      }
      if (skipDepth > 0) return;
      switch (name) {
        case 'w:p':
          paragraphs.push([]);
          break;
        case 'w:t':
          inText = true;
          break;
        case 'w:tab':
          // w:tab inside w:pPr/w:tabs is a tab stop definition, not text; it carries w:pos.
          if (attr(attrs, 'w:pos') === undefined) appendText('\t');
          break;
        case 'w:br':
        case 'w:cr':
          appendText('\n');
          break;
        case 'w:noBreakHyphen':
          appendText('-');
          break;
        case 'w:tbl':
          tables.push({ rows: [], cell: null });
          break;
        case 'w:tr':
          tables[tables.length - 1]?.rows.push({ gridBefore: 0, cells: [] });
          break;
        case 'w:gridBefore': {
          const row = currentRow(tables);
          if (row) row.gridBefore = positiveInt(attr(attrs, 'w:val'), 0);
          break;
        }
        case 'w:tc': {
          const t = tables[tables.length - 1];
          const row = currentRow(tables);
          if (t && row) {
            t.cell = { paragraphs: [], gridSpan: 1 };
            row.cells.push(t.cell);
          }
          break;
        }
        case 'w:gridSpan': {
          const cell = tables[tables.length - 1]?.cell;
          if (cell) cell.gridSpan = positiveInt(attr(attrs, 'w:val'), 1);
          break;
        }
        case 'w:vMerge': {
          const cell = tables[tables.length - 1]?.cell;
          // A bare <w:vMerge/> means continue (ECMA-376 17.4.85).
          if (cell) cell.vMerge = attr(attrs, 'w:val') === 'restart' ? 'restart' : 'continue';
          break;
        }
      }
    },
    ontext(text) {
      if (inText && skipDepth === 0) appendText(text);
    },
    onclosetag(name) {
      if (name === 'w:body') {
        bodyDepth--;
        return;
      }
      if (bodyDepth === 0) return;
      if (SKIPPED_CONTAINERS.has(name)) {
        skipDepth--;
        return;
      }
      if (skipDepth > 0) return;
      switch (name) {
        case 'w:t':
          inText = false;
          break;
        case 'w:p': {
          const text = (paragraphs.pop() ?? []).join('');
          if (paragraphs.length > 0) {
            // A text box's paragraph: keep its text in the paragraph that holds it.
            if (text.trim()) appendText((paragraphs[paragraphs.length - 1].length ? '\n' : '') + text);
          } else if (tables.length > 0) {
            tables[tables.length - 1].cell?.paragraphs.push(text);
          } else if (text.trim()) {
            blocks.push({ kind: 'paragraph', text });
          }
          break;
        }
        case 'w:tc': {
          const t = tables[tables.length - 1];
          if (t) t.cell = null;
          break;
        }
        case 'w:tbl': {
          const t = tables.pop();
          if (!t) break;
          const rows = expandGrid(t.rows);
          if (tables.length > 0) {
            // A table nested in a cell: its text becomes lines of the outer cell.
            const outer = tables[tables.length - 1].cell;
            if (outer) outer.paragraphs.push(...flattenTable(rows));
          } else if (rows.length > 0) {
            blocks.push({ kind: 'table', rows });
          }
          break;
        }
      }
    },
  });
  if (!sawXml) throw corrupt('正文不是 XML', 'word/document.xml is not XML');
  if (tables.length > 0) {
    issues.push({
      code: 'DOCX_UNCLOSED_TABLE',
      severity: 'warning',
      message: '文档中有未正常结束的表格，可能已截断',
      messageEn: 'A table in the document is not closed; the file may be truncated',
    });
  }
  return { blocks, issues };
}

function currentRow(tables: TableState[]): RawRow | undefined {
  const t = tables[tables.length - 1];
  return t?.rows[t.rows.length - 1];
}

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number.parseInt(value ?? '', 10);
  // Cap spans: a damaged file must not make us allocate huge rows.
  return Number.isFinite(n) && n >= 0 ? Math.min(n, 1000) : fallback;
}

function cellText(cell: RawCell): string {
  return cell.paragraphs
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('\n');
}

/** gridSpan → copies to the right; vMerge continue → copy of the origin above at the same grid column. */
function expandGrid(rawRows: RawRow[]): TableCell[][] {
  const grid: TableCell[][] = [];
  for (const raw of rawRows) {
    const row: TableCell[] = [];
    for (let i = 0; i < raw.gridBefore; i++) row.push({ text: '' });
    for (const cell of raw.cells) {
      const col = row.length;
      const span = Math.max(cell.gridSpan, 1);
      if (cell.vMerge === 'continue') {
        const above = grid[grid.length - 1]?.[col];
        const text = above ? above.text : '';
        for (let k = 0; k < span; k++) row.push({ text, isSpanCopy: true });
      } else {
        const text = cellText(cell);
        row.push({ text });
        for (let k = 1; k < span; k++) row.push({ text, isSpanCopy: true });
      }
    }
    grid.push(row);
  }
  return grid;
}

function flattenTable(rows: TableCell[][]): string[] {
  return rows
    .map((row) =>
      row
        .filter((c) => !c.isSpanCopy && c.text !== '')
        .map((c) => c.text.replace(/\n/g, ' '))
        .join('\t'),
    )
    .filter((line) => line !== '');
}
