import { createEmptyDocument, type ReportDocument, type SourceFormat } from '@nianbao/report-format';
import type { Block, ParseIssue } from '../model/document-model.js';
import { ParseFailure } from '../model/parse-failure.js';
import type { ParseCoverage } from '../parse-report.types.js';
import { readProseFigures } from './prose-figures.js';
import {
  findPeriodYear,
  findSectionHeadings,
  findTitle,
  sectionTexts,
  type SectionHeading,
} from './sections.js';
import { tableSegments, textSegments, type Segment } from './segments.js';
import { readTable2, readTable3, readTable4 } from './table-readers.js';
import { separateFlatTokens, splitEmbeddedHeadings } from './flat-text.js';
import { normalizeLabel } from './normalize.js';

// Wording only the 2019 trial format uses (its table 2 counted 本年新制作/新公开 and listed 政府集中采购).
// Whitespace may stand between any two characters: the same as looking for the words in the text with
// its whitespace removed, without making that copy of the whole document.
const FORMAT_2019_MARKERS = [
  ['本年新制作数量'],
  ['本年新公开数量'],
  ['对外公开总数量'],
  ['上一年项目数量'],
  ['政府集中采购'],
  ['本年增/减', '本年增减'],
];
// All markers in one pass over the text, one capture group per marker. No marker's first character
// (本, 对, 上, 政) stands inside another marker, so matches never overlap and a global scan meets every
// marker the text contains.
const FORMAT_2019_WORDING = new RegExp(
  FORMAT_2019_MARKERS.map(
    (words) =>
      `(${words.map((w) => [...w].map((c) => c.replace(/[/\\^$.*+?()[\]{}|]/g, '\\$&')).join('\\s*')).join('|')})`,
  ).join('|'),
  'g',
);

/** How many of the 2019 markers the text contains (counting stops at `enough`). */
function count2019Markers(text: string, enough: number): number {
  const seen = new Set<number>();
  FORMAT_2019_WORDING.lastIndex = 0;
  for (let m = FORMAT_2019_WORDING.exec(text); m; m = FORMAT_2019_WORDING.exec(text)) {
    seen.add(m.findIndex((g, i) => i > 0 && g !== undefined));
    if (seen.size >= enough) break;
  }
  FORMAT_2019_WORDING.lastIndex = 0;
  return seen.size;
}

// Paragraphs and table rows one per line, cells separated by a space. Built by concatenation: V8 joins the
// pieces once, where nested map/join copied every row and table into intermediate strings.
function blocksText(blocks: Block[]): string {
  let text = '';
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (i > 0) text += '\n';
    if (b.kind === 'paragraph') {
      text += b.text;
      continue;
    }
    for (let r = 0; r < b.rows.length; r++) {
      const row = b.rows[r];
      if (r > 0) text += '\n';
      for (let c = 0; c < row.length; c++) text += c > 0 ? ` ${row[c].text}` : row[c].text;
    }
  }
  return text;
}

// An item label such as 「5.属于三类内部事务信息」 or 「(四)无2.没有现成信息…」 (numbered row of table 3).
const ITEM_LABEL = /(?:^|\D)\d{1,2}\.[\u4e00-\u9fff]/g;

/**
 * Numbered row labels in the label-only paragraphs right above a row. Two or more mean the converter
 * moved labels away from their figures: which one the row below belongs to cannot be told.
 */
function itemLabelsAbove(out: Segment[]): number {
  let n = 0;
  for (let k = out.length - 1; k >= 0 && out[k].fromParagraph && out[k].values.length === 0; k--)
    n += normalizeLabel(out[k].label).match(ITEM_LABEL)?.length ?? 0;
  return n;
}

function segmentsIn(blocks: Block[], from: number, to: number): Segment[] {
  const slice = blocks.slice(from, to);
  if (!slice.some((b) => b.kind === 'table')) return [];
  // Short paragraphs between tables (markdown headings such as 「### (六) 其他」 or 「### 行政复议」 left by
  // converters) carry the group a following row belongs to: keep them as label-only segments.
  const out: Segment[] = [];
  slice.forEach((b, i) => {
    if (b.kind === 'table') {
      for (const seg of tableSegments([b])) {
        // A row that lost its label to the converter takes the label printed just above the table.
        const prev = out[out.length - 1];
        if (
          seg.label === '' &&
          seg.values.length > 0 &&
          prev?.fromParagraph &&
          prev.values.length === 0 &&
          itemLabelsAbove(out) < 2
        ) {
          const above = [prev.label];
          const prev2 = out[out.length - 2];
          if (
            prev2?.fromParagraph &&
            prev2.values.length === 0 &&
            !/^[(（][一二三四五六七]/.test(prev.label)
          ) {
            above.unshift(prev2.label);
          }
          out.push({ ...seg, label: above.join(''), blockIndex: i + from });
        } else out.push({ ...seg, blockIndex: i + from });
      }
    } else if (b.text.length <= 40) {
      const text = separateFlatTokens(b.text.replace(/^#+\s*/, ''));
      const parts = textSegments(text, i + from);
      for (const part of parts) part.fromParagraph = true;
      out.push(
        ...(parts.length ? parts : [{ label: text, values: [], blockIndex: i + from, fromParagraph: true }]),
      );
    }
  });
  return out;
}

/** Paragraph text between two blocks, as token segments: for tables that were flattened into prose. */
function proseSegmentsIn(blocks: Block[], from: number, to: number): Segment[] {
  const text = blocks
    .slice(from, to)
    .map((b) => (b.kind === 'paragraph' ? b.text : ''))
    .join('\n');
  return textSegments(separateFlatTokens(text), from);
}

/**
 * Reads the national report out of a document's blocks. Figures are found by row label; anything
 * not found stays null and is reported, never filled with 0.
 */
export function extractReport(
  sourceBlocks: Block[],
  sourceFormat: SourceFormat,
): { document: ReportDocument; issues: ParseIssue[]; coverage: ParseCoverage } {
  const blocks = splitEmbeddedHeadings(sourceBlocks);
  const allText = blocksText(blocks);
  if (count2019Markers(allText, 2) >= 2) {
    throw new ParseFailure(
      'FORMAT_2019',
      '这是2019年试行格式的年度报告（表格栏目与2021年新格式不同），系统不能按新格式读取；请按国办公开办函〔2021〕30号格式填报',
      'This is a 2019 trial-format report; its tables differ from the 2021 national format and cannot be read as such',
    );
  }

  const doc = createEmptyDocument(sourceFormat);
  const issues: ParseIssue[] = [];
  const title = findTitle(blocks);
  const headings = findSectionHeadings(blocks, Math.max(0, title.blockIndex));
  const hasTable3Words = /本年新收|予以公开/.test(allText) && /结转下年度|不予公开/.test(allText);
  if (title.blockIndex < 0 && headings.length < 3 && !hasTable3Words) {
    throw new ParseFailure(
      'NOT_A_REPORT',
      '未识别为政府信息公开工作年度报告：没有找到报告标题、六个部分或申请情况表',
      'Not recognised as a government information disclosure annual report (no title, sections or request table)',
    );
  }

  doc.report.unitName = title.unitName;
  doc.meta.titleYear = title.titleYear;
  doc.meta.periodYear = findPeriodYear(allText.slice(0, 20000));
  doc.report.year = doc.meta.periodYear ?? doc.meta.titleYear;
  if (doc.meta.periodYear && doc.meta.titleYear && doc.meta.periodYear !== doc.meta.titleYear) {
    issues.push({
      code: 'YEAR_CONFLICT',
      severity: 'warning',
      message: `标题年度（${doc.meta.titleYear}）与统计期年度（${doc.meta.periodYear}）不一致，按统计期年度读取`,
      messageEn: `Title year ${doc.meta.titleYear} differs from the statistics period ${doc.meta.periodYear}; using the period`,
    });
  }
  if (!doc.report.unitName) {
    issues.push({
      code: 'UNIT_NAME_MISSING',
      severity: 'warning',
      path: 'unitName',
      message: '未能从标题中读出单位名称',
      messageEn: 'Could not read the unit name from the title',
    });
  }
  if (!doc.report.year) {
    issues.push({
      code: 'YEAR_MISSING',
      severity: 'warning',
      path: 'year',
      message: '未能从标题或统计期中读出报告年度',
      messageEn: 'Could not read the covered year from the title or the statistics period',
    });
  }

  // Section ranges: tables are looked for in their own section when the headings are there.
  const at = (n: number): SectionHeading | undefined => headings.find((h) => h.number === n);
  const start = Math.max(0, title.blockIndex);
  const range = (n: number): [number, number] => {
    const h = at(n);
    if (!h) return [start, blocks.length];
    const next = headings
      .filter((x) => x.blockIndex > h.blockIndex)
      .sort((a, b) => a.blockIndex - b.blockIndex)[0];
    return [h.blockIndex, next ? next.blockIndex : blocks.length];
  };
  const pick = (n: number): Segment[] => {
    const [from, to] = range(n);
    const inSection = segmentsIn(blocks, from, to);
    return inSection.length > 0 ? inSection : proseSegmentsIn(blocks, from, to);
  };

  let table3Issues: ParseIssue[] = [];
  let t3 = readTable3(doc, pick(3), (table3Issues = []));
  if (t3.coverage === 'missing' && at(3)) {
    // The table may sit outside its section (misplaced heading): try every table of the document.
    const retry: ParseIssue[] = [];
    const r = readTable3(doc, segmentsIn(blocks, start, blocks.length), retry);
    if (r.coverage !== 'missing') [t3, table3Issues] = [r, retry];
  }
  issues.push(...table3Issues);
  const t2 = readTable2(doc, pick(2), issues);
  let t4Issues: ParseIssue[] = [];
  let t4 = readTable4(doc, pick(4), t4Issues);
  if (t4.coverage === 'missing') {
    // Section 四's table is sometimes printed after the next heading or outside the article wrapper.
    const retry: ParseIssue[] = [];
    const [from] = range(4);
    const r = readTable4(doc, segmentsIn(blocks, from, blocks.length), retry);
    if (r.coverage !== 'missing') [t4, t4Issues] = [r, retry];
  }
  issues.push(...t4Issues);

  // Narrative and sections.
  const lastHeading = headings.length ? Math.max(...headings.map((h) => h.blockIndex)) : -1;
  let end = blocks.length;
  let publishedOn: string | null = null;
  for (let i = blocks.length - 1; i > lastHeading && i >= blocks.length - 60; i--) {
    const b = blocks[i];
    if (b.kind !== 'paragraph') continue;
    const t = b.text.normalize('NFKC').replace(/\s+/g, '');
    const m = /^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日$/.exec(t);
    if (m) {
      publishedOn = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
      end = i;
      // The signing body stands just above the date.
      const prev = blocks[i - 1];
      if (prev?.kind === 'paragraph' && prev.text.trim().length < 40 && !/[。；]/.test(prev.text))
        end = i - 1;
      break;
    }
  }
  doc.report.publishedOn = publishedOn;
  doc.meta.sections = sectionTexts(blocks, headings, end);
  const textOf = (n: number): string | null => doc.meta.sections.find((s) => s.number === n)?.text || null;
  doc.report.narrative = { overview: textOf(1), problems: textOf(5), other: textOf(6) };
  for (let n = 1; n <= 6; n++) {
    if (!at(n)) {
      issues.push({
        code: 'SECTION_MISSING',
        severity: 'warning',
        message: `未找到第${'一二三四五六'[n - 1]}部分的标题`,
        messageEn: `Heading of section ${n} not found`,
      });
    }
  }
  // Proposals are usually in section 六, sometimes in 一: read both, 六 first.
  readProseFigures([textOf(6), textOf(1)].filter(Boolean).join('\n') || allText, doc.report);

  const coverage: ParseCoverage = {
    table2: t2.coverage,
    table3: t3.coverage,
    table4: t4.coverage,
    sections: headings.map((h) => h.number).sort((a, b) => a - b),
    cellsRead: t2.cellsRead + t3.cellsRead + t4.cellsRead,
    cellsTotal: 10 + 175 + 15,
  };
  return { document: doc, issues, coverage };
}
