import type { CompletenessResponse, IndicatorResponse, RollupResponse } from '@nianbao/contracts';
import { UNIT_KIND_LABELS } from '@nianbao/contracts';
import {
  ACTIVE_DISCLOSURE_FIELDS,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  REVIEW_GROUPS,
  REVIEW_RESULTS,
  cellAddress,
} from '@nianbao/report-format';
import { buildTemplateXlsx } from '@nianbao/report-parser';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';

// Files for download: the 催报 list, any comparison table, the district roll-up in the national layout.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function sheetBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return wb.xlsx.writeBuffer().then((b) => Buffer.from(b));
}

function header(ws: ExcelJS.Worksheet, labels: string[], widths: number[]): void {
  ws.columns = labels.map((_, idx) => ({ width: widths[idx] ?? 14 }));
  const row = ws.addRow(labels);
  row.font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/** Missing units with their contacts, for 催报. */
export async function missingUnitsXlsx(c: CompletenessResponse): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'nianbao';
  const ws = wb.addWorksheet('未报送单位');
  header(
    ws,
    ['单位名称', '单位类型', '所属', '联系人', '联系电话', '截止日期', '距截止日期（天）', '是否逾期'],
    [34, 12, 16, 12, 18, 12, 16, 10],
  );
  for (const r of c.rows.filter((row) => row.status === 'missing')) {
    ws.addRow([
      r.unitName,
      UNIT_KIND_LABELS[r.unitKind],
      r.orgNodeName,
      r.contactPerson ?? '',
      r.contactPhone ?? '',
      r.deadline,
      r.daysFromDeadline,
      r.isOverdue ? '已逾期' : '未到期',
    ]);
  }
  return sheetBytes(wb);
}

/** A comparison table: one row per unit (or org node), one column per year, the median below. */
export async function indicatorXlsx(ind: IndicatorResponse): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'nianbao';
  const ws = wb.addWorksheet(ind.metric.zh.slice(0, 31));
  const isRate = ind.metric.unit === '%';
  const first = ind.groupBy === 'orgNode' ? '组织' : '单位';
  header(
    ws,
    [
      first,
      ...(ind.groupBy === 'unit' ? ['单位类型'] : []),
      ...ind.years.map((y) => `${y}年（${ind.metric.unit}）`),
    ],
    [34, 12],
  );
  const fmt = (v: number | null | undefined): number | null =>
    v === null || v === undefined ? null : isRate ? v * 100 : v;
  for (const r of ind.rows) {
    ws.addRow([
      r.unitName,
      ...(ind.groupBy === 'unit' ? [r.unitKind ? UNIT_KIND_LABELS[r.unitKind] : ''] : []),
      ...ind.years.map((y) => fmt(r.values[String(y)])),
    ]);
  }
  ws.addRow([]);
  ws.addRow([
    '中位数',
    ...(ind.groupBy === 'unit' ? [''] : []),
    ...ind.years.map((y) => fmt(ind.medians[String(y)])),
  ]).font = { italic: true };
  for (let c = 2; c <= ws.columnCount; c++) ws.getColumn(c).numFmt = isRate ? '0.0' : '#,##0.##';
  return sheetBytes(wb);
}

/** The national layout (the product's own template, filled with the sums) plus a sheet of who is in it. */
export async function rollupXlsx(r: RollupResponse): Promise<Buffer> {
  const template = await buildTemplateXlsx({
    unitName: `${r.orgNode.name}（汇总）`,
    year: r.year,
    report: r.report as unknown as Parameters<typeof buildTemplateXlsx>[0]['report'],
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(template) as unknown as ArrayBuffer);
  const meta = wb.getWorksheet('_meta');
  if (meta) wb.removeWorksheet(meta.id);
  const ws = wb.addWorksheet('汇总范围');
  header(ws, ['单位', '情况'], [34, 40]);
  const names = new Map(r.unitsWithMissingFigures.map((u) => [u.unitId, u]));
  for (const id of r.included) {
    const partial = names.get(id);
    ws.addRow([
      partial?.unitName ?? id,
      partial ? `已汇总（${partial.missingCells} 个单元格未填报）` : '已汇总',
    ]);
  }
  for (const m of r.missing) ws.addRow([m.unitName, '未报送，未汇总']);
  return sheetBytes(wb);
}

const fmtNumber = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : String(Math.round(v * 100) / 100);

function cellP(text: string, bold = false): TableCell {
  return new TableCell({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold, size: 18 })] }),
    ],
  });
}

function table(rows: string[][], headerRows = 1): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((cells, idx) => new TableRow({ children: cells.map((t) => cellP(t, idx < headerRows)) })),
  });
}

/** The district roll-up as a Word document: tables 2, 3 and 4 of the national format with the sums. */
export async function rollupDocx(r: RollupResponse): Promise<Buffer> {
  const v = (address: string) => fmtNumber(r.cells[address]);
  const t2 = table([
    ['项目', '本年制发件数', '本年废止件数', '现行有效件数'],
    ...(['regulations', 'normativeDocuments'] as const).map((doc) => [
      doc === 'regulations' ? '规章' : '行政规范性文件',
      ...(['issued', 'repealed', 'inForce'] as const).map((c) => v(`activeDisclosure.${doc}.${c}`)),
    ]),
  ]);
  const t2b = table([
    ['项目', '本年处理决定数量 / 收费金额（万元）'],
    ...ACTIVE_DISCLOSURE_FIELDS.filter((f) => !/regulations|normativeDocuments/.test(f.key)).map((f) => [
      f.zh,
      v(f.key),
    ]),
  ]);
  const t3 = table([
    ['项目', ...APPLICANT_COLUMNS.map((c) => c.zh)],
    ...APPLICATION_ROWS.map((row) => [
      [row.groupZh, row.zh].filter(Boolean).join(' '),
      ...APPLICANT_COLUMNS.map((c) => v(cellAddress(row.key, c.index))),
    ]),
  ]);
  const t4 = table(
    [
      ['', ...REVIEW_GROUPS.flatMap((g) => REVIEW_RESULTS.map(() => g.zh))],
      ['', ...REVIEW_GROUPS.flatMap(() => REVIEW_RESULTS.map((res) => res.zh))],
      [
        '件数',
        ...REVIEW_GROUPS.flatMap((g) =>
          REVIEW_RESULTS.map((res) => v(`reviewLitigation.${g.key}.${res.key}`)),
        ),
      ],
    ],
    2,
  );
  const p = (text: string, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
    new Paragraph({ heading, children: [new TextRun({ text })] });
  const missing = r.missing.length
    ? `未报送、未纳入汇总的单位：${r.missing.map((m) => m.unitName).join('、')}。`
    : '应报单位均已纳入汇总。';
  const doc = new Document({
    creator: 'nianbao',
    title: `${r.orgNode.name}${r.year}年政府信息公开工作年度报告汇总`,
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            heading: HeadingLevel.TITLE,
            children: [new TextRun({ text: `${r.orgNode.name}${r.year}年政府信息公开工作年度报告汇总表` })],
          }),
          p(
            `本表汇总 ${r.included.length} 个单位的年度报告（各单位以审核通过的最新版本为准，未审核通过的以最新版本为准）。${missing}`,
          ),
          p('二、主动公开政府信息情况', HeadingLevel.HEADING_1),
          t2,
          p(''),
          t2b,
          p('三、收到和处理政府信息公开申请情况', HeadingLevel.HEADING_1),
          t3,
          p('四、政府信息公开行政复议、行政诉讼情况', HeadingLevel.HEADING_1),
          t4,
          p('六、其他需要报告的事项', HeadingLevel.HEADING_1),
          p(
            `人大代表建议 ${v('other.proposals.npc.total')} 件（主办 ${v('other.proposals.npc.lead')} 件，协办 ${v('other.proposals.npc.assist')} 件）；` +
              `政协提案 ${v('other.proposals.cppcc.total')} 件（主办 ${v('other.proposals.cppcc.lead')} 件，协办 ${v('other.proposals.cppcc.assist')} 件）；` +
              `收取信息处理费 ${v('other.processingFeesYuan')} 元。`,
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
