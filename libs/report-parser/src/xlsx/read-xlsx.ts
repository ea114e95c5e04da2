import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { isCfbContainer } from '../docx/cfb-sniff.js';
import type { Block, ParseIssue, ReadResult, TableCell } from '../model/document-model.js';
import { ParseFailure } from '../model/parse-failure.js';
import { META_SHEET } from './template-xlsx.js';

/** Total inflated size we let exceljs load; a filled-in report workbook is well under 1 MB. */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;

const SECTION_HEADING = /^[一二三四五六七八九十]、/;

interface SheetRow {
  cells: TableCell[];
  origins: number;
  /** Cells drawn as table cells (bordered), filled or not: a blank figure row is still a table row. */
  bordered: number;
  /** A single origin cell that is merged across columns (a header or item row inside a table). */
  isWideSingle: boolean;
}

/**
 * Reads every visible sheet of a workbook into paragraphs and tables: a row with one filled cell is a
 * paragraph, consecutive rows with several are a table (merged ranges expanded), an empty row ends it.
 * Numbers keep their value as text; formula cells give their cached result.
 */
export async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  if (isCfbContainer(bytes)) {
    throw new ParseFailure(
      'ENCRYPTED_DOCUMENT',
      '工作簿已加密或为旧版 .xls 格式，请另存为不加密的 .xlsx 后上传',
      'Encrypted or legacy .xls workbook; save it as an unencrypted .xlsx',
    );
  }
  guardArchive(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch {
    throw corrupt();
  }
  const blocks: Block[] = [];
  const issues: ParseIssue[] = [];
  for (const ws of wb.worksheets) {
    if (ws.name === META_SHEET || ws.state !== 'visible') continue;
    blocks.push(...sheetBlocks(ws));
  }
  if (wb.worksheets.length === 0) throw corrupt();
  return { blocks, issues };
}

function corrupt(): ParseFailure {
  return new ParseFailure(
    'CORRUPT_FILE',
    '文件已损坏或不是有效的 Excel 工作簿',
    'Corrupt file or not an Excel workbook',
  );
}

function guardArchive(bytes: Uint8Array): void {
  let total = 0;
  let hasWorkbook = false;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (file.name === 'xl/workbook.xml') hasWorkbook = true;
        return false;
      },
    });
  } catch {
    throw corrupt();
  }
  if (total > MAX_XLSX_UNCOMPRESSED_BYTES) {
    throw new ParseFailure(
      'ARCHIVE_TOO_LARGE',
      '工作簿解压后过大（疑似压缩炸弹），已拒绝处理',
      'The workbook expands to an implausible size (possible zip bomb); refused',
    );
  }
  if (!hasWorkbook) throw corrupt();
}

/** Number text without float noise (0.1 + 0.2 stored as 0.30000000000000004). */
function numberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}

function valueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined || (typeof result === 'object' && !(result instanceof Date))
      ? ''
      : valueText(result);
  }
  if ('hyperlink' in value) return valueText((value as ExcelJS.CellHyperlinkValue).text);
  return ''; // error values (#DIV/0!) read as blank
}

function sheetBlocks(ws: ExcelJS.Worksheet): Block[] {
  const rowCount = ws.rowCount;
  const colCount = ws.columnCount;
  const rows: SheetRow[] = [];
  for (let r = 1; r <= rowCount; r++) {
    const cells: TableCell[] = [];
    let origins = 0;
    let spanCopiesInRow = 0;
    let bordered = 0;
    for (let c = 1; c <= colCount; c++) {
      const cell = ws.getCell(r, c);
      const master = cell.isMerged ? cell.master : cell;
      const text = valueText(master.value).replace(/\r\n?/g, '\n').trim();
      if (master.address !== cell.address) {
        cells.push({ text, isSpanCopy: true });
        if (master.row === cell.row && text) spanCopiesInRow++;
      } else {
        cells.push({ text });
        if (text) origins++;
        const b = cell.border;
        if (b && (b.top || b.bottom || b.left || b.right)) bordered++;
      }
    }
    rows.push({ cells, origins, bordered, isWideSingle: origins === 1 && spanCopiesInRow > 0 });
  }

  const blocks: Block[] = [];
  let table: TableCell[][] | null = null;
  const isEmpty = (row: SheetRow | undefined) =>
    !row || (row.bordered < 2 && row.cells.every((c) => c.text === ''));
  const isTableRow = (i: number): boolean => {
    const row = rows[i];
    if (row.origins >= 2 || row.bordered >= 2) return true;
    // Only span copies from a vertical merge above: still inside the table.
    if (row.origins === 0) return !isEmpty(row);
    // A merged section heading (二、主动公开…) above a table is still a paragraph.
    if (!row.isWideSingle || SECTION_HEADING.test(row.cells.find((c) => c.text)?.text ?? '')) return false;
    return (rows[i - 1]?.origins ?? 0) >= 2 || (rows[i + 1]?.origins ?? 0) >= 2 || Boolean(table);
  };
  rows.forEach((row, i) => {
    if (isEmpty(row)) {
      table = null;
      return;
    }
    if (isTableRow(i)) {
      if (!table) {
        table = [];
        blocks.push({ kind: 'table', rows: table });
      }
      table.push(row.cells);
      return;
    }
    table = null;
    blocks.push({
      kind: 'paragraph',
      text: row.cells.find((c) => c.text !== '' && !c.isSpanCopy)?.text ?? '',
    });
  });
  return blocks.map((b) => (b.kind === 'table' ? { kind: 'table', rows: trimColumns(b.rows) } : b));
}

/** Drops columns that are empty in every row of the table (sheets are wider than their tables). */
function trimColumns(rows: TableCell[][]): TableCell[][] {
  const width = Math.max(...rows.map((r) => r.length));
  const used = Array.from({ length: width }, (_, c) => rows.some((r) => (r[c]?.text ?? '') !== ''));
  const first = used.indexOf(true);
  const last = used.lastIndexOf(true);
  return rows.map((r) => r.slice(first, last + 1));
}
