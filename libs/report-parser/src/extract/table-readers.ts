import {
  APPLICANT_COLUMN_COUNT,
  APPLICATION_ROWS,
  REVIEW_FIELDS,
  cellAddress,
  cellLabel,
  type ReportDocument,
} from '@nianbao/report-format';
import type { ParseIssue } from '../model/document-model.js';
import type { TableCoverage } from '../parse-report.types.js';
import { readCellValue } from './cell-value.js';
import { normalizeLabel } from './normalize.js';
import type { Segment } from './segments.js';
import { groupOf, matchTable3Row, type OutcomeGroup } from './table3-rows.js';
import { anySplit, digitRunSplits, rowSumRule, splitDigitRun } from './flat-text.js';

/**
 * Flattened documents print a row's figures as one run of digits (「21710000218」). Such a run is split
 * only when the table's own arithmetic admits exactly one reading; the issue says it was done.
 */
function resolveDigitRuns(
  raws: string[],
  count: number,
  groupSize: number,
  accept: (group: number[]) => boolean,
  path: string,
  issues: ParseIssue[],
): string[] {
  if (raws.length >= count || raws.length === 0 || !raws.every((r) => /^\d+$/.test(r.trim()))) return raws;
  const split = splitDigitRun(raws.map((r) => r.trim()).join(''), count, groupSize, accept);
  if (!split) return raws;
  if (!issues.some((i) => i.code === 'DIGITS_RUN_TOGETHER')) {
    issues.push({
      code: 'DIGITS_RUN_TOGETHER',
      severity: 'warning',
      path,
      message: '表格数字之间没有分隔，已按表内勾稽关系唯一拆分，请核对',
      messageEn:
        'Table figures were run together; split by the table arithmetic where only one reading exists — please verify',
    });
  }
  return split.map(String);
}

// Dotted keys are split once (the same ~50 keys are written for every document).
const keyPaths = new Map<string, string[]>();
function pathOf(key: string): string[] {
  let parts = keyPaths.get(key);
  if (!parts) keyPaths.set(key, (parts = key.split('.')));
  return parts;
}

/** Writes a figure by dotted key (the containers exist in every report). */
function setByKey(report: ReportDocument['report'], key: string, value: unknown): void {
  const parts = pathOf(key);
  let cur = report as unknown as Record<string, unknown>;
  for (let i = 0; i < parts.length - 1; i++) cur = cur[parts[i]] as Record<string, unknown>;
  cur[parts[parts.length - 1]] = value;
}

// Cell addresses of a row, built once per key (readValues runs for every cell of every report).
const rowAddresses = new Map<string, string[]>();
function columnAddress(key: string, column: number): string {
  let row = rowAddresses.get(key);
  if (!row) {
    row = Array.from({ length: APPLICANT_COLUMN_COUNT }, (_, c) => cellAddress(key, c));
    rowAddresses.set(key, row);
  }
  return row[column] ?? cellAddress(key, column);
}

export interface TableReadResult {
  coverage: TableCoverage;
  cellsRead: number;
}

function readValues(
  doc: ReportDocument,
  key: string,
  raws: string[],
  columns: boolean,
  allowDecimal: boolean,
  issues: ParseIssue[],
): number[] | null {
  const out: number[] = [];
  for (let i = 0; i < raws.length; i++) {
    const address = columns ? columnAddress(key, i) : key;
    const v = readCellValue(raws[i]);
    if (v.kind === 'text') {
      issues.push({
        code: 'CELL_NOT_A_NUMBER',
        severity: 'error',
        path: address,
        message: `「${cellLabel(address)}」的内容「${raws[i].trim()}」不是数字`,
        messageEn: `${cellLabel(address, 'en')}: "${raws[i].trim()}" is not a number`,
      });
      return null;
    }
    doc.meta.rawCells[address] = raws[i].trim();
    if (!allowDecimal && !Number.isInteger(v.value)) {
      // Keep the value; C-INT reports it. Rounding would hide the author's mistake.
    }
    out.push(v.value);
  }
  return out;
}

interface AmbiguousRow {
  key: string;
  label: string;
  candidates: number[][];
}

/** True when every column balances (T3-RES and T3-BAL) — used only to choose between digit-run readings. */
function table3Balances(doc: ReportDocument): boolean {
  const rows = APPLICATION_ROWS.map((r) => getRow(doc, r.key));
  if (!rows.every(Array.isArray)) return false;
  const at = (key: string) => getRow(doc, key) as number[];
  const details = APPLICATION_ROWS.filter((r) => r.isOutcomeDetail).map((r) => at(r.key));
  for (let c = 0; c < APPLICANT_COLUMN_COUNT; c++) {
    const sum = details.reduce((a, row) => a + row[c], 0);
    if (sum !== at('applications.outcomes.total')[c]) return false;
    const inflow = at('applications.newReceived')[c] + at('applications.carriedOver')[c];
    if (inflow !== at('applications.outcomes.total')[c] + at('applications.carriedForward')[c]) return false;
  }
  return true;
}

/**
 * Rows whose run-together digits allow several readings: the combination that makes the whole table
 * balance is taken when it is the only one; otherwise the rows stay unread and are reported.
 */
function resolveAmbiguousRows(doc: ReportDocument, ambiguous: AmbiguousRow[], issues: ParseIssue[]): number {
  if (ambiguous.length === 0) return 0;
  const total = ambiguous.reduce((n, a) => n * a.candidates.length, 1);
  const solutions: number[][][] = [];
  if (total <= 20000) {
    const pick: number[][] = [];
    const walk = (i: number): void => {
      if (solutions.length > 1) return;
      if (i === ambiguous.length) {
        ambiguous.forEach((a, k) => setByKey(doc.report, a.key, pick[k]));
        if (table3Balances(doc)) solutions.push([...pick]);
        return;
      }
      for (const c of ambiguous[i].candidates) {
        pick.push(c);
        walk(i + 1);
        pick.pop();
      }
    };
    walk(0);
  }
  if (solutions.length === 1) {
    ambiguous.forEach((a, k) => {
      setByKey(doc.report, a.key, solutions[0][k]);
      solutions[0][k].forEach((v, c) => (doc.meta.rawCells[cellAddress(a.key, c)] = String(v)));
    });
    if (!issues.some((i) => i.code === 'DIGITS_RUN_TOGETHER')) {
      issues.push({
        code: 'DIGITS_RUN_TOGETHER',
        severity: 'warning',
        path: ambiguous[0].key,
        message: '表格数字之间没有分隔，已按表内勾稽关系唯一拆分，请核对',
        messageEn:
          'Table figures were run together; split by the table arithmetic where only one reading exists — please verify',
      });
    }
    return ambiguous.length * APPLICANT_COLUMN_COUNT;
  }
  for (const a of ambiguous) {
    setByKey(doc.report, a.key, null);
    issues.push({
      code: 'DIGITS_AMBIGUOUS',
      severity: 'error',
      path: a.key,
      message: `「${a.label.trim()}」一行的数字连在一起，无法唯一拆分为7列，该行未读取`,
      messageEn: `Row "${a.label.trim()}": digits run together and cannot be split into 7 columns unambiguously; row not read`,
    });
  }
  return 0;
}

/** Table 3: 25 rows × 7 columns, each row found by its label. */
export function readTable3(doc: ReportDocument, segments: Segment[], issues: ParseIssue[]): TableReadResult {
  let group: OutcomeGroup = null;
  const seen = new Set<string>();
  const ambiguous: AmbiguousRow[] = [];
  let cellsRead = 0;
  for (const seg of segments) {
    const g = groupOf(seg.label);
    // A long label without figures is a (possibly misplaced) header row, not a group heading.
    if (g && (seg.values.length > 0 || normalizeLabel(seg.label).length <= 16)) group = g;
    else if (/本年度办理结果|^三、/.test(normalizeLabel(seg.label)) && !/\(/.test(normalizeLabel(seg.label)))
      group = null;
    if (seg.values.length === 0) continue;
    const match = matchTable3Row(seg.label, group);
    if (!match) continue;
    // Rows such as 「二、上年结转…」 also appear in prose tables elsewhere; first full row wins.
    if (seen.has(match.key)) continue;
    // The row found tells the group of the rows below it, even when the group's own label was mangled.
    const keyGroup = /^applications\.outcomes\.(withheld|unableToProvide|notProcessed|otherHandling)\./.exec(
      match.key,
    )?.[1];
    if (keyGroup) group = keyGroup as OutcomeGroup;
    if (
      match.key !== 'legacyOtherHandling' &&
      seg.values.length > 0 &&
      seg.values.length < APPLICANT_COLUMN_COUNT &&
      seg.values.every((r) => /^\d+$/.test(r.trim()))
    ) {
      const candidates = digitRunSplits(seg.values.map((r) => r.trim()).join(''), 7, 7, rowSumRule);
      if (candidates.length > 1) {
        // Decided below with the columns' arithmetic across rows.
        ambiguous.push({ key: match.key, label: seg.label, candidates });
        seen.add(match.key);
        continue;
      }
    }
    let raws = resolveDigitRuns(
      seg.values,
      APPLICANT_COLUMN_COUNT,
      APPLICANT_COLUMN_COUNT,
      rowSumRule,
      match.key,
      issues,
    );
    if (
      raws.length > APPLICANT_COLUMN_COUNT &&
      raws.slice(APPLICANT_COLUMN_COUNT).every((r) => r.trim() === '')
    ) {
      raws = raws.slice(0, APPLICANT_COLUMN_COUNT);
    }
    const key = match.key === 'legacyOtherHandling' ? 'applications.outcomes.otherHandling' : match.key;
    // Prose such as 「上年结转0件」 is not the table row: only a full row of figures counts.
    if (seg.fromParagraph && raws.length !== APPLICANT_COLUMN_COUNT) continue;
    if (raws.length !== APPLICANT_COLUMN_COUNT) {
      issues.push({
        code: 'ROW_COLUMN_COUNT',
        severity: 'error',
        path: key,
        message: `「${seg.label.trim()}」一行应有7个数字，实际读到${raws.length}个，该行未读取`,
        messageEn: `Row "${seg.label.trim()}" should have 7 figures, found ${raws.length}; row not read`,
      });
      seen.add(match.key);
      continue;
    }
    const values = readValues(doc, key, raws, true, false, issues);
    seen.add(match.key);
    if (!values) continue;
    if (match.key === 'legacyOtherHandling') {
      doc.meta.legacyOtherHandling = values;
      issues.push({
        code: 'LEGACY_OTHER_HANDLING_ROW',
        severity: 'warning',
        path: 'applications.outcomes.otherHandling',
        message: '「（六）其他处理」为旧版单行格式，已单独保存，未拆分到2021年格式的三个子项',
        messageEn: 'Old single-row （六）其他处理 kept separately; not split into the 2021 sub-rows',
      });
    } else {
      setByKey(doc.report, match.key, values);
    }
    cellsRead += values.length;
  }
  cellsRead += resolveAmbiguousRows(doc, ambiguous, issues);
  const hasLegacy = doc.meta.legacyOtherHandling !== null;
  const missing = APPLICATION_ROWS.filter(
    (r) => !seen.has(r.key) && !(hasLegacy && r.key.startsWith('applications.outcomes.otherHandling.')),
  );
  if (missing.length === APPLICATION_ROWS.length) {
    issues.push({
      code: 'TABLE_MISSING',
      severity: 'error',
      path: 'applications',
      message: '未找到表三「收到和处理政府信息公开申请情况」，表中数字均未读取',
      messageEn: 'Table 3 (requests received and handled) not found; none of its figures were read',
    });
    return { coverage: 'missing', cellsRead };
  }
  for (const r of missing) {
    if (issues.some((i) => i.path === r.key)) continue;
    issues.push({
      code: 'ROW_MISSING',
      severity: 'error',
      path: r.key,
      message: `表三未找到「${[r.groupZh, r.zh].filter(Boolean).join(' ')}」一行`,
      messageEn: `Table 3 row not found: ${[r.groupEn, r.en].filter(Boolean).join(' ')}`,
    });
  }
  const complete = APPLICATION_ROWS.every(
    (r) =>
      Array.isArray(getRow(doc, r.key)) ||
      (hasLegacy && r.key.startsWith('applications.outcomes.otherHandling.')),
  );
  return { coverage: complete ? 'found' : 'partial', cellsRead };
}

function getRow(doc: ReportDocument, key: string): unknown {
  let cur: unknown = doc.report;
  for (const k of pathOf(key)) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

const TABLE2_ROWS: ReadonlyArray<{ re: RegExp; keys: string[]; decimal?: boolean }> = [
  {
    re: /^(规章|规章\(件\))$/,
    keys: ['issued', 'repealed', 'inForce'].map((c) => `activeDisclosure.regulations.${c}`),
  },
  {
    re: /^(行政)?规范性文件$/,
    keys: ['issued', 'repealed', 'inForce'].map((c) => `activeDisclosure.normativeDocuments.${c}`),
  },
  { re: /^行政许可$/, keys: ['activeDisclosure.licensing'] },
  { re: /^行政处罚$/, keys: ['activeDisclosure.penalties'] },
  { re: /^行政强制$/, keys: ['activeDisclosure.coercion'] },
  { re: /^行政事业性收费(\(万元\))?$/, keys: ['activeDisclosure.feesWanYuan'], decimal: true },
];

/** Table 2: rows 规章 / 行政规范性文件 (3 figures) and the single-figure rows. */
export function readTable2(doc: ReportDocument, segments: Segment[], issues: ParseIssue[]): TableReadResult {
  const found = new Set<number>();
  let cellsRead = 0;
  for (const seg of segments) {
    // The label may carry its item header in a merged cell before it (第二十条第（五）项 | 行政许可).
    const n = normalizeLabel(seg.label).replace(
      /^.*(?:项|信息内容|件数|数量|\(万元\)|万元\)?)(?=规章|行政|规范性)/,
      '',
    );
    const idx = TABLE2_ROWS.findIndex((r) => r.re.test(n));
    if (idx < 0 || found.has(idx) || seg.values.length === 0) continue;
    const row = TABLE2_ROWS[idx];
    if (seg.fromParagraph && seg.values.length !== row.keys.length) continue;
    // For 规章/规范性文件 a reading where fewer are in force than were issued this year is not plausible.
    const accept = row.keys.length === 3 ? (g: number[]) => g[2] >= g[0] : anySplit;
    let raws = resolveDigitRuns(seg.values, row.keys.length, row.keys.length, accept, row.keys[0], issues);
    if (raws.length > row.keys.length && raws.slice(row.keys.length).every((r) => r.trim() === '')) {
      raws = raws.slice(0, row.keys.length);
    }
    found.add(idx);
    if (raws.length !== row.keys.length) {
      issues.push({
        code: 'ROW_COLUMN_COUNT',
        severity: 'error',
        path: row.keys[0],
        message: `表二「${n}」一行应有${row.keys.length}个数字，实际读到${raws.length}个，该行未读取`,
        messageEn: `Table 2 row "${n}" should have ${row.keys.length} figures, found ${raws.length}; row not read`,
      });
      continue;
    }
    raws.forEach((raw, i) => {
      const v = readValues(doc, row.keys[i], [raw], false, !!row.decimal, issues);
      if (v) {
        setByKey(doc.report, row.keys[i], v[0]);
        cellsRead++;
      }
    });
  }
  if (found.size === 0) {
    issues.push({
      code: 'TABLE_MISSING',
      severity: 'error',
      path: 'activeDisclosure',
      message: '未找到表二「主动公开政府信息情况」，表中数字均未读取',
      messageEn: 'Table 2 (proactive disclosure) not found; none of its figures were read',
    });
    return { coverage: 'missing', cellsRead };
  }
  for (let i = 0; i < TABLE2_ROWS.length; i++) {
    if (found.has(i)) continue;
    issues.push({
      code: 'ROW_MISSING',
      severity: 'error',
      path: TABLE2_ROWS[i].keys[0],
      message: `表二未找到「${cellLabel(TABLE2_ROWS[i].keys[0]).split(' · ')[0]}」一行`,
      messageEn: `Table 2 row not found: ${TABLE2_ROWS[i].keys[0]}`,
    });
  }
  return { coverage: cellsRead === 10 ? 'found' : 'partial', cellsRead };
}

/**
 * Table 4: a header block (行政复议 / 行政诉讼 …) followed by 15 figures in the printed order.
 * The figures are the value cells after the header that carries 结果维持, in reading order.
 */
export function readTable4(doc: ReportDocument, segments: Segment[], issues: ParseIssue[]): TableReadResult {
  const isHeader = (s: Segment) => /行政复议|行政诉讼/.test(normalizeLabel(s.label));
  const figuresFrom = (startIdx: number): string[] => {
    const raws: string[] = [];
    for (let i = startIdx; i < segments.length && raws.length < 15; i++) {
      const s = segments[i];
      const n = normalizeLabel(s.label);
      // Stop at the next section's content.
      if (i > startIdx && /^[五六][、.]|存在的主要问题/.test(n)) break;
      if (s.fromParagraph && s.values.length > 0 && s.values.length !== 15) continue; // page numbers, notes
      raws.push(...s.values);
    }
    return raws;
  };
  let startIdx = segments.findIndex(isHeader);
  let raws = startIdx >= 0 ? figuresFrom(startIdx) : [];
  // A short prose line that mentions 行政复议 may come before the table: then the next header is tried.
  while (startIdx >= 0 && raws.length === 0) {
    const next = segments.findIndex((s, i) => i > startIdx && isHeader(s));
    if (next < 0) break;
    startIdx = next;
    raws = figuresFrom(startIdx);
  }
  if (startIdx >= 0) {
    const resolved = resolveDigitRuns(raws, 15, 5, rowSumRule, 'reviewLitigation', issues);
    const trimmed =
      resolved.length > 15 && resolved.slice(15).every((r) => r.trim() === '')
        ? resolved.slice(0, 15)
        : resolved;
    if (trimmed.length === 15) {
      let cellsRead = 0;
      trimmed.forEach((raw, i) => {
        const key = REVIEW_FIELDS[i].key;
        const v = readValues(doc, key, [raw], false, false, issues);
        if (v) {
          setByKey(doc.report, key, v[0]);
          cellsRead++;
        }
      });
      return { coverage: cellsRead === 15 ? 'found' : 'partial', cellsRead };
    }
    if (trimmed.length > 0) {
      issues.push({
        code: 'ROW_COLUMN_COUNT',
        severity: 'error',
        path: 'reviewLitigation',
        message: `表四应有15个数字，实际读到${trimmed.length}个，表四未读取`,
        messageEn: `Table 4 should have 15 figures, found ${trimmed.length}; table 4 not read`,
      });
      return { coverage: 'partial', cellsRead: 0 };
    }
  }
  issues.push({
    code: 'TABLE_MISSING',
    severity: 'error',
    path: 'reviewLitigation',
    message: '未找到表四「行政复议、行政诉讼情况」，表中数字均未读取',
    messageEn: 'Table 4 (reconsideration and litigation) not found; none of its figures were read',
  });
  return { coverage: 'missing', cellsRead: 0 };
}
