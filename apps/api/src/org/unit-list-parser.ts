import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { ImportRowError, UnitKind } from '@nianbao/contracts';

export const IMPORT_COLUMNS = [
  '代码',
  '名称',
  '类型',
  '上级',
  '联系人',
  '电话',
  '起始年度',
  '终止年度',
] as const;
type Column = (typeof IMPORT_COLUMNS)[number];
const REQUIRED: Column[] = ['代码', '名称', '类型', '上级', '起始年度'];

const KIND_BY_LABEL: Record<string, UnitKind> = {
  政府部门: 'department',
  部门: 'department',
  街道办事处: 'street',
  街道: 'street',
  乡镇: 'township',
  乡: 'township',
  镇: 'township',
  事业单位: 'institution',
  其他: 'other',
  department: 'department',
  street: 'street',
  township: 'township',
  institution: 'institution',
  other: 'other',
};

export interface ImportedUnitRow {
  /** row number as the user sees it in the file (header = 1) */
  row: number;
  code: string;
  name: string;
  kind: UnitKind;
  /** code (or name) of the org node */
  parent: string;
  contactPerson: string | null;
  contactPhone: string | null;
  reportsFromYear: number;
  reportsUntilYear: number | null;
}

export interface ParsedUnitList {
  rows: ImportedUnitRow[];
  errors: ImportRowError[];
}

type RawRow = { row: number; values: Partial<Record<Column, string>> };

export class UnitListFormatError extends Error {}

/** Reads the sheet/CSV into raw rows; throws UnitListFormatError when the file cannot be read at all. */
export async function readUnitList(bytes: Buffer, fileName: string): Promise<RawRow[]> {
  const isZip =
    bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) {
    if (!isZip) throw new UnitListFormatError('文件内容不是有效的 .xlsx 工作簿');
    return readXlsx(bytes);
  }
  if (lower.endsWith('.csv')) {
    if (isZip || bytes.includes(0)) throw new UnitListFormatError('文件内容不是文本 CSV');
    return readCsv(bytes);
  }
  throw new UnitListFormatError('仅支持 .xlsx 或 .csv 文件');
}

async function readXlsx(bytes: Buffer): Promise<RawRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnitListFormatError('无法读取 .xlsx 工作簿');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new UnitListFormatError('工作簿中没有工作表');
  const header = new Map<number, Column>();
  ws.getRow(1).eachCell((cell, col) => {
    const name = cell.text.trim() as Column;
    if ((IMPORT_COLUMNS as readonly string[]).includes(name)) header.set(col, name);
  });
  assertHeader([...header.values()]);
  const rows: RawRow[] = [];
  ws.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Partial<Record<Column, string>> = {};
    for (const [col, name] of header) values[name] = row.getCell(col).text.trim();
    if (Object.values(values).some((v) => v)) rows.push({ row: rowNumber, values });
  });
  return rows;
}

function readCsv(bytes: Buffer): RawRow[] {
  // Excel in China saves CSV as GBK unless told otherwise; accept both.
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gbk').decode(bytes);
  }
  let records: string[][];
  try {
    const parsed: unknown = parse(text, {
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    });
    records = parsed as string[][];
  } catch (err) {
    throw new UnitListFormatError(`CSV 格式错误：${err instanceof Error ? err.message : ''}`.trim());
  }
  const [head, ...body] = records;
  if (!head) throw new UnitListFormatError('文件为空');
  const header = head.map((h) => h.trim());
  assertHeader(header);
  return body.map((cells, i) => {
    const values: Partial<Record<Column, string>> = {};
    header.forEach((h, idx) => {
      if ((IMPORT_COLUMNS as readonly string[]).includes(h)) values[h as Column] = (cells[idx] ?? '').trim();
    });
    return { row: i + 2, values };
  });
}

function assertHeader(present: string[]): void {
  const missing = REQUIRED.filter((c) => !present.includes(c));
  if (missing.length)
    throw new UnitListFormatError(`缺少列：${missing.join('、')}（应有列：${IMPORT_COLUMNS.join('/')}）`);
}

/** Validates every row and collects every problem (nothing is stopped at the first error). */
export function validateUnitRows(raw: RawRow[]): ParsedUnitList {
  const rows: ImportedUnitRow[] = [];
  const errors: ImportRowError[] = [];
  const seenCodes = new Map<string, number>();
  const err = (row: number, column: Column | undefined, message: string): void => {
    errors.push({
      row,
      ...(column ? { column } : {}),
      message: `第 ${row} 行${column ? `「${column}」` : ''}：${message}`,
    });
  };
  if (raw.length === 0) errors.push({ row: 1, message: '文件中没有数据行' });
  for (const { row, values: v } of raw) {
    const before = errors.length;
    for (const c of REQUIRED) if (!v[c]) err(row, c, '不能为空');
    const code = v.代码 ?? '';
    if (code && !/^[A-Za-z0-9_.-]{1,64}$/.test(code))
      err(row, '代码', '只能包含字母、数字、点、下划线和连字符');
    if (code) {
      const first = seenCodes.get(code);
      if (first !== undefined) err(row, '代码', `与第 ${first} 行重复`);
      else seenCodes.set(code, row);
    }
    const kind = v.类型 ? KIND_BY_LABEL[v.类型] : undefined;
    if (v.类型 && !kind)
      err(row, '类型', `无法识别「${v.类型}」，应为 政府部门/街道办事处/乡镇/事业单位/其他`);
    const from = parseYear(v.起始年度);
    const until = v.终止年度 ? parseYear(v.终止年度) : null;
    if (v.起始年度 && from === undefined) err(row, '起始年度', '应为 2000–2100 之间的年份');
    if (v.终止年度 && until === undefined) err(row, '终止年度', '应为 2000–2100 之间的年份');
    if (from !== undefined && until != null && until < from) err(row, '终止年度', '不能早于起始年度');
    if ((v.名称 ?? '').length > 200) err(row, '名称', '过长（最多 200 字）');
    if (errors.length === before && kind && from !== undefined && until !== undefined) {
      rows.push({
        row,
        code,
        name: v.名称 ?? '',
        kind,
        parent: v.上级 ?? '',
        contactPerson: v.联系人 || null,
        contactPhone: v.电话 || null,
        reportsFromYear: from,
        reportsUntilYear: until,
      });
    }
  }
  return { rows, errors };
}

function parseYear(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const m = /^(\d{4})(\s*年)?$/.exec(s.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  return y >= 2000 && y <= 2100 ? y : undefined;
}
