import {
  APPLICANT_COLUMN_COUNT,
  APPLICATION_ROWS,
  REVIEW_FIELDS,
  cellAddress,
  cellLabel,
  setByKey,
  type ReportDocument,
} from '@nianbao/report-format';
import type { ParseIssue } from '../model/document-model.js';
import type { TableCoverage } from '../parse-report.types.js';
import { readCellValue } from './cell-value.js';
import { normalizeLabel } from './normalize.js';
import type { Segment } from './segments.js';
import { groupOf, matchTable3Row, type OutcomeGroup } from './table3-rows.js';

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
    const address = columns ? cellAddress(key, i) : key;
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

/** Table 3: 25 rows × 7 columns, each row found by its label. */
export function readTable3(doc: ReportDocument, segments: Segment[], issues: ParseIssue[]): TableReadResult {
  let group: OutcomeGroup = null;
  const seen = new Set<string>();
  let cellsRead = 0;
  for (const seg of segments) {
    const g = groupOf(seg.label);
    if (g) group = g;
    else if (/本年度办理结果|^三、/.test(normalizeLabel(seg.label)) && !/\(/.test(normalizeLabel(seg.label))) group = null;
    if (seg.values.length === 0) continue;
    const match = matchTable3Row(seg.label, group);
    if (!match) continue;
    // Rows such as 「二、上年结转…」 also appear in prose tables elsewhere; first full row wins.
    if (seen.has(match.key)) continue;
    let raws = seg.values;
    if (raws.length > APPLICANT_COLUMN_COUNT && raws.slice(APPLICANT_COLUMN_COUNT).every((r) => r.trim() === '')) {
      raws = raws.slice(0, APPLICANT_COLUMN_COUNT);
    }
    const key = match.key === 'legacyOtherHandling' ? 'applications.outcomes.otherHandling' : match.key;
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
  const complete = APPLICATION_ROWS.every((r) => Array.isArray(getRow(doc, r.key)) || (hasLegacy && r.key.startsWith('applications.outcomes.otherHandling.')));
  return { coverage: complete ? 'found' : 'partial', cellsRead };
}

function getRow(doc: ReportDocument, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), doc.report);
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
    const n = normalizeLabel(seg.label.split(' ').pop() ?? '');
    const idx = TABLE2_ROWS.findIndex((r) => r.re.test(n));
    if (idx < 0 || found.has(idx) || seg.values.length === 0) continue;
    const row = TABLE2_ROWS[idx];
    let raws = seg.values;
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
  const startIdx = segments.findIndex((s) => /行政复议/.test(normalizeLabel(s.label)) || /行政诉讼/.test(normalizeLabel(s.label)));
  if (startIdx >= 0) {
    const raws: string[] = [];
    for (let i = startIdx; i < segments.length && raws.length < 15; i++) {
      const s = segments[i];
      const n = normalizeLabel(s.label);
      // Stop at the next section's content.
      if (i > startIdx && /^[五六][、.]|存在的主要问题/.test(n)) break;
      if (s.blockIndex !== segments[startIdx].blockIndex && raws.length === 0 && !/维持|纠正|审结|总计|数量|行政复议|行政诉讼|^$/.test(n)) break;
      raws.push(...s.values);
    }
    const trimmed = raws.length > 15 && raws.slice(15).every((r) => r.trim() === '') ? raws.slice(0, 15) : raws;
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
