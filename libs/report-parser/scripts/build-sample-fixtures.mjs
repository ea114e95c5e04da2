// Builds fixtures/sample/input.{txt,docx,html,xlsx} from the flattened real sample report.
// Run from libs/report-parser: `node scripts/build-sample-fixtures.mjs` (the xlsx step needs
// `npx tsc -p tsconfig.lib.json` first, because it uses the product's own template builder from dist/).
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { GRID_COLUMNS, addMerges, readFlatText } from './sample-source.mjs';
import { buildSampleHtml } from './sample-html.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, '../fixtures/sample');
// shared/ sits beside the repository checkout.
const sourceTxt = path.join(here, '../../../../shared/samples/qiaokou-enterprise-service-center-2023.txt');
mkdirSync(outDir, { recursive: true });

const blocks = readFlatText(sourceTxt);
let tableIndex = 0;
const withSpecs = blocks.map((b) =>
  b.kind === 'table' ? { ...b, spec: addMerges(b.rows, tableIndex++) } : b,
);

// ---- txt: the original export, byte for byte
copyFileSync(sourceTxt, path.join(outDir, 'input.txt'));

// ---- docx: Word-like styling, real merged cells
const BODY_FONT = { ascii: 'Times New Roman', eastAsia: '仿宋_GB2312', hAnsi: 'Times New Roman' };
const HEAD_FONT = { ascii: 'Times New Roman', eastAsia: '黑体', hAnsi: 'Times New Roman' };
const TITLE_FONT = { ascii: 'Times New Roman', eastAsia: '方正小标宋简体', hAnsi: 'Times New Roman' };

function paragraphFor(text, index) {
  if (index < 2) {
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text, font: TITLE_FONT, size: 44 })],
    });
  }
  if (/^[一二三四五六]、/.test(text)) {
    return new Paragraph({
      indent: { firstLine: 640 },
      children: [new TextRun({ text, font: HEAD_FONT, size: 32 })],
    });
  }
  if (/^（[一二三四五六]）/.test(text)) {
    return new Paragraph({
      indent: { firstLine: 640 },
      children: [new TextRun({ text, font: BODY_FONT, size: 32, bold: true })],
    });
  }
  if (/^武汉市|^\s+\d{4}年\d+月\d+日$/.test(text)) {
    return new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: text.trim(), font: BODY_FONT, size: 32 })],
    });
  }
  return new Paragraph({
    indent: { firstLine: 640 },
    children: [new TextRun({ text, font: BODY_FONT, size: 32 })],
  });
}

function tableFor(spec, gridColumns) {
  const width = Math.floor(9000 / gridColumns);
  return new Table({
    width: { size: width * gridColumns, type: WidthType.DXA },
    columnWidths: Array.from({ length: gridColumns }, () => width),
    rows: spec.map(
      (row) =>
        new TableRow({
          children: row.map(
            (cell) =>
              new TableCell({
                columnSpan: cell.span > 1 ? cell.span : undefined,
                verticalMerge:
                  cell.vMerge === 'restart'
                    ? VerticalMergeType.RESTART
                    : cell.vMerge === 'continue'
                      ? VerticalMergeType.CONTINUE
                      : undefined,
                verticalAlign: VerticalAlign.CENTER,
                // Word exports a line break inside a cell as separate paragraphs (商业 / 企业).
                children: (cell.vMerge === 'continue' ? [''] : cell.text.split('\n')).map(
                  (line) =>
                    new Paragraph({
                      alignment: AlignmentType.CENTER,
                      children: line ? [new TextRun({ text: line, font: BODY_FONT, size: 21 })] : [],
                    }),
                ),
              }),
          ),
        }),
    ),
  });
}

const children = [];
let paraIndex = 0;
let ti = 0;
for (const b of withSpecs) {
  if (b.kind === 'paragraph') children.push(paragraphFor(b.text, paraIndex++));
  else {
    children.push(tableFor(b.spec, GRID_COLUMNS[ti++]));
    children.push(new Paragraph({ children: [] }));
  }
}
const doc = new Document({
  creator: '硚口区企业服务中心',
  title: '硚口区企业服务中心2023年政府信息公开工作年度报告',
  sections: [{ properties: {}, children }],
});
writeFileSync(path.join(outDir, 'input.docx'), await Packer.toBuffer(doc));
console.log('wrote input.docx');

// ---- html: a portal page around the article
writeFileSync(path.join(outDir, 'input.html'), buildSampleHtml(withSpecs));
console.log('wrote input.html');

// ---- xlsx: the product's template filled with the sample's figures and texts
const templatePath = path.join(here, '../dist/xlsx/template-xlsx.js');
if (existsSync(templatePath)) {
  const { buildSampleXlsx } = await import('./sample-xlsx.mjs');
  writeFileSync(path.join(outDir, 'input.xlsx'), await buildSampleXlsx(templatePath, withSpecs));
  console.log('wrote input.xlsx');
} else {
  console.log('skipped input.xlsx: run `npx tsc -p tsconfig.lib.json` first');
}
