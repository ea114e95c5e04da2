import { allCellAddresses, cellLabel } from '@nianbao/report-format';
import type { CheckRule, Finding } from '../finding.js';
import { makeFinding } from './rule-support.js';

// Placeholders units print instead of 0; the parser keeps them as null, this check makes them visible.
const BLANK_PATTERN = /^(?:[—–\-－―‐_＿]+|[/／\\]|无|空|null)?$/i;
const LISTED_CELLS = 5;

const TABLES = [
  { prefix: 'activeDisclosure.', zh: '表二（主动公开）', en: 'Table 2 (proactive disclosure)' },
  { prefix: 'applications.', zh: '表三（依申请公开）', en: 'Table 3 (requests)' },
  { prefix: 'reviewLitigation.', zh: '表四（行政复议、行政诉讼）', en: 'Table 4 (review and litigation)' },
  { prefix: '', zh: '其他数据', en: 'Other figures' },
] as const;

export function isBlankCellText(raw: string): boolean {
  return BLANK_PATTERN.test(raw.normalize('NFKC').replace(/\s+/g, '').replace(/\/+/g, '/'));
}

/** C-BLANK: a blank or placeholder cell (—, -, /, 无) is flagged, one finding per table. */
export const blankCellsRule: CheckRule = {
  id: 'C-BLANK',
  severity: 'warning',
  check(doc) {
    const raw = doc.meta?.rawCells;
    if (!raw || typeof raw !== 'object') return [];
    const order = new Map(allCellAddresses().map((a, i) => [a, i]));
    const blanks = Object.entries(raw)
      .filter(([, text]) => typeof text === 'string' && isBlankCellText(text))
      .map(([address]) => address)
      .sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b));

    const findings: Finding[] = [];
    const assigned = new Set<string>();
    for (const table of TABLES) {
      const cells = blanks.filter((a) => !assigned.has(a) && a.startsWith(table.prefix));
      cells.forEach((a) => assigned.add(a));
      if (!cells.length) continue;
      const more = cells.length > LISTED_CELLS;
      const listZh =
        cells
          .slice(0, LISTED_CELLS)
          .map((a) => `「${cellLabel(a)}」`)
          .join('、') + (more ? '等' : '');
      const listEn =
        cells
          .slice(0, LISTED_CELLS)
          .map((a) => `"${cellLabel(a, 'en')}"`)
          .join(', ') + (more ? ', …' : '');
      findings.push(
        makeFinding(blankCellsRule, {
          cells,
          expected: null,
          actual: cells.length,
          message: `${table.zh}有 ${cells.length} 个单元格为空或填写“—、/、无”等符号，未按 0 读取，请核实：${listZh}`,
          messageEn: `${table.en}: ${cells.length} cell(s) are blank or hold a placeholder (—, /, 无) and were not read as 0: ${listEn}`,
        }),
      );
    }
    return findings;
  },
};
