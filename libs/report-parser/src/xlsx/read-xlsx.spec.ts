import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { createEmptyReport } from '@nianbao/report-format';
import type { Block, ParagraphBlock, TableBlock } from '../model/document-model.js';
import { ParseFailure } from '../model/parse-failure.js';
import { readXlsx } from './read-xlsx.js';
import { buildTemplateXlsx } from './template-xlsx.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const tablesOf = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === 'table');
const textsOf = (blocks: Block[]) =>
  blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph').map((b) => b.text);
const rowText = (table: TableBlock, label: string) =>
  table.rows.find((r) => r.some((c) => c.text === label && !c.isSpanCopy))?.map((c) => c.text);

async function failureOf(p: Promise<unknown>): Promise<ParseFailure> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ParseFailure) return e;
    throw e;
  }
  throw new Error('expected a ParseFailure');
}

describe('template round trip', () => {
  it('reads back labels and figures written by buildTemplateXlsx', async () => {
    const report = createEmptyReport();
    report.activeDisclosure.normativeDocuments = { issued: 8, repealed: 1, inForce: 18 };
    report.activeDisclosure.feesWanYuan = 1.25;
    report.applications.newReceived = [26, 1, 0, 0, 2, 0, 29];
    report.applications.outcomes.withheld.processInformation = [3, 0, 0, 0, 0, 0, 3];
    report.reviewLitigation.review = { upheld: 0, corrected: 1, other: 0, pending: 1, total: 2 };
    const bytes = await buildTemplateXlsx({
      unitName: '测试局',
      year: 2023,
      report,
      narrative: { sections: [{ number: 5, title: '五、存在的主要问题及整改措施', text: '问题一\n问题二' }] },
    });
    const { blocks } = await readXlsx(bytes);
    const texts = textsOf(blocks);
    expect(texts.slice(0, 2)).toEqual([
      '测试局2023年政府信息公开工作年度报告',
      '所列统计数据时间范围为2023年1月1日至2023年12月31日。',
    ]);
    expect(texts).toEqual(
      expect.arrayContaining(['一、总体情况', '五、存在的主要问题及整改措施', '问题一', '问题二']),
    );
    const [t2, t3, t4] = tablesOf(blocks);
    expect(tablesOf(blocks)).toHaveLength(3);
    expect(rowText(t2, '行政规范性文件')).toEqual(['行政规范性文件', '8', '1', '18']);
    expect(rowText(t2, '行政事业性收费')).toEqual(['行政事业性收费', '1.25', '1.25', '1.25']);
    expect(rowText(t2, '规章')).toEqual(['规章', '', '', '']);
    expect(rowText(t3, '一、本年新收政府信息公开申请数量')?.slice(3)).toEqual([
      '26',
      '1',
      '0',
      '0',
      '2',
      '0',
      '29',
    ]);
    const processRow = t3.rows.find((r) => r[2].text === '6.属于四类过程性信息');
    expect(processRow?.map((c) => c.text)).toEqual([
      '三、本年度办理结果',
      '（三）不予公开',
      '6.属于四类过程性信息',
      '3',
      '0',
      '0',
      '0',
      '0',
      '0',
      '3',
    ]);
    expect(processRow?.[0].isSpanCopy).toBe(true);
    expect(t4.rows[3].slice(0, 5).map((c) => c.text)).toEqual(['0', '1', '0', '1', '2']);
  });

  it('hides the _meta sheet and validates count cells', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await buildTemplateXlsx({ year: 2024 })) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('_meta')?.state).toBe('hidden');
    const sheet = wb.getWorksheet('报告');
    let validated = 0;
    for (let r = 1; r <= (sheet?.rowCount ?? 0); r++) {
      for (let c = 1; c <= 15; c++) if (sheet?.getCell(r, c).dataValidation?.type === 'whole') validated++;
    }
    // 9 (table 2 counts) + 25 × 7 (table 3) + 15 (table 4)
    expect(validated).toBe(9 + 175 + 15);
  });

  it('reads the sample fixture workbook with the sample figures', async () => {
    const { blocks } = await readXlsx(
      new Uint8Array(readFileSync(path.join(here, '../../fixtures/sample/input.xlsx'))),
    );
    expect(textsOf(blocks)[0]).toBe('硚口区企业服务中心2023年政府信息公开工作年度报告');
    expect(textsOf(blocks)).toContain(
      '2023年，我中心共办理议提案19件，其中区人大代表建议6件（协办6件），区政协提案13件（主办1件，协办12件）。所有议题案均已办结，满意和基本满意率达到100%。',
    );
    expect(tablesOf(blocks).map((t) => t.rows.length)).toEqual([14, 28, 4]);
  });
});

describe('hand-made sheets', () => {
  it('reads labels in several columns, numbers to the right, formulas by cached result', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['三、收到和处理政府信息公开申请情况']);
    ws.addRow(['一、本年新收政府信息公开申请数量', null, 5, 1]);
    ws.addRow(['三、本年度办理结果', '（一）予以公开', 4, 1]);
    ws.addRow([null, '（七）总计', { formula: 'C3', result: 4 }, 1]);
    ws.mergeCells('A3:A4');
    ws.addRow([]);
    ws.addRow(['六、其他需要报告的事项']);
    const { blocks } = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '三、收到和处理政府信息公开申请情况' },
      {
        kind: 'table',
        rows: [
          [{ text: '一、本年新收政府信息公开申请数量' }, { text: '' }, { text: '5' }, { text: '1' }],
          [{ text: '三、本年度办理结果' }, { text: '（一）予以公开' }, { text: '4' }, { text: '1' }],
          [
            { text: '三、本年度办理结果', isSpanCopy: true },
            { text: '（七）总计' },
            { text: '4' },
            { text: '1' },
          ],
        ],
      },
      { kind: 'paragraph', text: '六、其他需要报告的事项' },
    ]);
  });
});

describe('refusals', () => {
  it('refuses a corrupt workbook and a zip without xl/workbook.xml', async () => {
    expect((await failureOf(readXlsx(strToU8('not a zip at all')))).code).toBe('CORRUPT_FILE');
    expect((await failureOf(readXlsx(zipSync({ 'word/document.xml': strToU8('<x/>') })))).code).toBe(
      'CORRUPT_FILE',
    );
  });

  it('refuses an archive whose declared uncompressed size exceeds 100 MB, without inflating', async () => {
    const zip = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
    // Patch the central directory's uncompressed-size field (offset 24 of the 0x02014b50 record).
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let i = 0; i + 4 <= zip.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 200 * 1024 * 1024, true);
    }
    expect((await failureOf(readXlsx(zip))).code).toBe('ARCHIVE_TOO_LARGE');
  });
});
