import ExcelJS from 'exceljs';
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  REVIEW_GROUPS,
  REVIEW_RESULTS,
  SECTIONS,
  getByKey,
  type AnnualReport,
} from '@nianbao/report-format';

/** Bumped whenever the layout of the 「报告」 sheet changes; stored in the hidden 「_meta」 sheet. */
export const TEMPLATE_VERSION = '2021.1';
export const REPORT_SHEET = '报告';
export const META_SHEET = '_meta';

export interface TemplateNarrative {
  /** number 1–6 for the national sections; 0 for the preamble before 一、总体情况. */
  sections?: { number: number; title: string; text: string }[];
}

export interface TemplateOptions {
  unitName?: string;
  year?: number;
  report?: AnnualReport;
  narrative?: TemplateNarrative;
}

type Value = number | null;

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

// Table 2 blocks as printed in the national format: item heading, column headers, rows of keys.
const TABLE2_BLOCKS: { item: string; headers: string[]; rows: { label: string; keys: string[] }[] }[] = [
  {
    item: '第二十条第（一）项',
    headers: ['本年制发件数', '本年废止件数', '现行有效件数'],
    rows: [
      {
        label: '规章',
        keys: ['issued', 'repealed', 'inForce'].map((k) => `activeDisclosure.regulations.${k}`),
      },
      {
        label: '行政规范性文件',
        keys: ['issued', 'repealed', 'inForce'].map((k) => `activeDisclosure.normativeDocuments.${k}`),
      },
    ],
  },
  {
    item: '第二十条第（五）项',
    headers: ['本年处理决定数量'],
    rows: [{ label: '行政许可', keys: ['activeDisclosure.licensing'] }],
  },
  {
    item: '第二十条第（六）项',
    headers: ['本年处理决定数量'],
    rows: [
      { label: '行政处罚', keys: ['activeDisclosure.penalties'] },
      { label: '行政强制', keys: ['activeDisclosure.coercion'] },
    ],
  },
  {
    item: '第二十条第（八）项',
    headers: ['本年收费金额（单位：万元）'],
    rows: [{ label: '行政事业性收费', keys: ['activeDisclosure.feesWanYuan'] }],
  },
];

const OUTCOMES_GROUP = '三、本年度办理结果';

/**
 * Builds the product's own .xlsx template: one sheet 「报告」 laid out like the national format (title,
 * statistics period, sections 一…六 with tables 2–4 and their merged headers), figures filled from
 * `report` when given, count cells validated as whole numbers ≥ 0, and a hidden 「_meta」 sheet.
 */
export async function buildTemplateXlsx(opts: TemplateOptions): Promise<Uint8Array> {
  const year = opts.year ?? opts.report?.year ?? undefined;
  const unitName = opts.unitName ?? opts.report?.unitName ?? '';
  const yearText = year === undefined ? '    ' : String(year);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'nianbao';
  const ws = wb.addWorksheet(REPORT_SHEET, { views: [{ showGridLines: false }] });
  ws.columns = Array.from({ length: 15 }, (_, i) => ({ width: i < 3 ? 16 : 9 }));
  ws.getColumn(1).width = 22;
  ws.getColumn(3).width = 30;
  const value = (key: string): Value => {
    if (!opts.report) return null;
    const v = getByKey(opts.report, key);
    return typeof v === 'number' ? v : null;
  };
  const sections = new Map((opts.narrative?.sections ?? []).map((s) => [s.number, s]));
  let r = 1;

  const paragraph = (text: string, style: 'title' | 'heading' | 'body' = 'body') => {
    const cell = ws.getCell(r, 1);
    cell.value = text;
    if (style === 'title') {
      ws.mergeCells(r, 1, r, 15);
      cell.font = { name: '方正小标宋简体', size: 18 };
      cell.alignment = { horizontal: 'center' };
    } else {
      cell.font = { name: style === 'heading' ? '黑体' : '仿宋_GB2312', size: 12, bold: style === 'heading' };
    }
    r++;
  };
  const sectionText = (n: number) => {
    for (const line of (sections.get(n)?.text ?? '').split('\n')) if (line.trim()) paragraph(line);
  };
  const label = (row: number, col: number, text: string, toRow = row, toCol = col) => {
    if (toRow > row || toCol > col) ws.mergeCells(row, col, toRow, toCol);
    const cell = ws.getCell(row, col);
    cell.value = text;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (let rr = row; rr <= toRow; rr++)
      for (let cc = col; cc <= toCol; cc++) ws.getCell(rr, cc).border = BORDER;
  };
  const figure = (row: number, col: number, v: Value, kind: 'count' | 'wanYuan', toCol = col) => {
    if (toCol > col) ws.mergeCells(row, col, row, toCol);
    const cell = ws.getCell(row, col);
    cell.value = v;
    cell.numFmt = kind === 'count' ? '0' : '0.00##';
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.dataValidation =
      kind === 'count'
        ? {
            type: 'whole',
            operator: 'greaterThanOrEqual',
            allowBlank: true,
            formulae: [0],
            showErrorMessage: true,
            errorTitle: '数值无效 Invalid number',
            error: '请填写大于或等于 0 的整数 / Enter a whole number ≥ 0',
          }
        : {
            type: 'decimal',
            operator: 'greaterThanOrEqual',
            allowBlank: true,
            formulae: [0],
            showErrorMessage: true,
            errorTitle: '数值无效 Invalid number',
            error: '请填写大于或等于 0 的金额（万元）/ Enter an amount ≥ 0 (10,000 yuan)',
          };
    for (let cc = col; cc <= toCol; cc++) ws.getCell(row, cc).border = BORDER;
  };
  const heading = (n: number) => {
    const def = SECTIONS[n - 1];
    paragraph(sections.get(n)?.title ?? `${def.numeral}、${def.zh}`, 'heading');
  };

  paragraph(`${unitName}${yearText}年政府信息公开工作年度报告`, 'title');
  const preamble = sections.get(0)?.text ?? '';
  const period = `所列统计数据时间范围为${yearText}年1月1日至${yearText}年12月31日。`;
  if (!preamble.includes('所列统计数据时间范围')) paragraph(period);
  sectionText(0);

  heading(1);
  sectionText(1);

  // ---- 二 / table 2 (4 columns)
  heading(2);
  sectionText(2);
  r++;
  for (const block of TABLE2_BLOCKS) {
    label(r, 1, block.item, r, 4);
    r++;
    label(r, 1, '信息内容');
    if (block.headers.length === 3) block.headers.forEach((h, i) => label(r, 2 + i, h));
    else label(r, 2, block.headers[0], r, 4);
    r++;
    for (const row of block.rows) {
      label(r, 1, row.label);
      if (row.keys.length === 3) row.keys.forEach((k, i) => figure(r, 2 + i, value(k), 'count'));
      else figure(r, 2, value(row.keys[0]), row.keys[0].endsWith('WanYuan') ? 'wanYuan' : 'count', 4);
      r++;
    }
  }
  r++;

  // ---- 三 / table 3 (3 label columns + 7 applicant columns)
  heading(3);
  sectionText(3);
  r++;
  label(r, 1, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', r + 2, 3);
  label(r, 4, '申请人情况', r, 10);
  label(r + 1, 4, APPLICANT_COLUMNS[0].zh, r + 2, 4);
  label(r + 1, 5, '法人或其他组织', r + 1, 9);
  label(r + 1, 10, APPLICANT_COLUMNS[6].zh, r + 2, 10);
  for (let c = 1; c <= 5; c++) label(r + 2, 4 + c, APPLICANT_COLUMNS[c].zh);
  r += 3;
  const outcomeRows = APPLICATION_ROWS.filter((d) => d.key.startsWith('applications.outcomes.'));
  const firstOutcome = r + APPLICATION_ROWS.indexOf(outcomeRows[0]);
  label(firstOutcome, 1, OUTCOMES_GROUP, firstOutcome + outcomeRows.length - 1, 1);
  APPLICATION_ROWS.forEach((def, i) => {
    const row = r + i;
    if (!def.groupZh) label(row, 1, def.zh, row, 3);
    else if (def.groupZh === OUTCOMES_GROUP) label(row, 2, def.zh, row, 3);
    else {
      const isFirstOfGroup = APPLICATION_ROWS[i - 1]?.groupZh !== def.groupZh;
      if (isFirstOfGroup) {
        const size = APPLICATION_ROWS.filter((d) => d.groupZh === def.groupZh).length;
        label(row, 2, def.groupZh, row + size - 1, 2);
      }
      label(row, 3, def.zh);
    }
    const cells = opts.report ? getByKey(opts.report, def.key) : null;
    for (let c = 0; c < 7; c++) {
      figure(row, 4 + c, Array.isArray(cells) && typeof cells[c] === 'number' ? cells[c] : null, 'count');
    }
  });
  r += APPLICATION_ROWS.length + 1;

  // ---- 四 / table 4 (15 columns)
  heading(4);
  sectionText(4);
  r++;
  label(r, 1, REVIEW_GROUPS[0].zh, r, 5);
  label(r, 6, '行政诉讼', r, 15);
  REVIEW_RESULTS.forEach((res, i) => label(r + 1, 1 + i, res.zh, r + 2, 1 + i));
  label(r + 1, 6, '未经复议直接起诉', r + 1, 10);
  label(r + 1, 11, '复议后起诉', r + 1, 15);
  for (let g = 1; g < 3; g++) REVIEW_RESULTS.forEach((res, i) => label(r + 2, 1 + g * 5 + i, res.zh));
  REVIEW_GROUPS.forEach((g, gi) =>
    REVIEW_RESULTS.forEach((res, i) =>
      figure(r + 3, 1 + gi * 5 + i, value(`reviewLitigation.${g.key}.${res.key}`), 'count'),
    ),
  );
  r += 5;

  heading(5);
  sectionText(5);
  heading(6);
  sectionText(6);
  for (const extra of [...sections.values()]
    .filter((s) => s.number > 6)
    .sort((a, b) => a.number - b.number)) {
    if (extra.title) paragraph(extra.title);
    sectionText(extra.number);
  }

  const meta = wb.addWorksheet(META_SHEET, { state: 'hidden' });
  meta.addRow(['templateVersion', TEMPLATE_VERSION]);
  meta.addRow(['format', '国办公开办函〔2021〕30号']);
  if (year !== undefined) meta.addRow(['year', year]);
  if (unitName) meta.addRow(['unitName', unitName]);

  return new Uint8Array(await wb.xlsx.writeBuffer());
}
