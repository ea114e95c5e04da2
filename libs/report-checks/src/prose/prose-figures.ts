import { NUMBER_SOURCE, parseStatedNumber } from '@nianbao/report-format';

export type ProseFigureKind =
  'newReceived' | 'carriedOver' | 'handled' | 'carriedForward' | 'review' | 'litigation';

export interface StatedFigure {
  kind: ProseFigureKind;
  value: number;
  /** The words the number was read from, for the message. */
  quote: string;
}

// Filler between the keyword and the number: a few characters of one clause, no digits or punctuation.
const FILL = (max: number) => `[^，。；：,;:、！？!?\\d\\s件]{0,${max}}?`;
const COUNT = `\\s*${NUMBER_SOURCE}\\s*件`;

interface Pattern {
  kind: ProseFigureKind;
  regex: RegExp;
  /** Fixed value for "none" wordings (未收到…申请). */
  value?: number;
  /** The filler must not name another kind of case (复议, 建议, 提案…). */
  rejectFiller?: RegExp;
}

const NOT_REQUESTS = /复议|诉讼|提案|议案|建议|信访|投诉|结转|举报/;

const PATTERNS: Pattern[] = [
  {
    kind: 'newReceived',
    regex: new RegExp(`新收(?:到)?(${FILL(20)})${COUNT}`, 'g'),
    rejectFiller: NOT_REQUESTS,
  },
  {
    kind: 'newReceived',
    regex: new RegExp(
      `(?<![未没新])收到(${FILL(16)}申请)(?:数量|总数)?(?:共|共计|合计)?(?:为)?${COUNT}`,
      'g',
    ),
    rejectFiller: NOT_REQUESTS,
  },
  {
    kind: 'newReceived',
    regex: new RegExp(`(?:未|没有|无)(?:新)?收到(?:和处理)?(?:任何)?(${FILL(14)}申请)`, 'g'),
    value: 0,
    rejectFiller: NOT_REQUESTS,
  },
  { kind: 'carriedOver', regex: new RegExp(`上一?年(?:度)?结转(${FILL(14)})${COUNT}`, 'g') },
  {
    kind: 'carriedForward',
    regex: new RegExp(`结转(?:至|到)?下一?年(?:度)?(${FILL(12)})${COUNT}`, 'g'),
  },
  {
    kind: 'handled',
    regex: new RegExp(`办结(${FILL(14)})${COUNT}`, 'g'),
    rejectFiller: /复议|诉讼|提案|议案|建议|结转|信访/,
  },
  {
    kind: 'review',
    regex: new RegExp(`行政复议(${FILL(6)})${COUNT}`, 'g'),
    rejectFiller: /诉讼|决定|维持|纠正|审结/,
  },
  {
    kind: 'litigation',
    regex: new RegExp(`行政诉讼(${FILL(6)})${COUNT}`, 'g'),
    rejectFiller: /复议|维持|纠正|审结|判决/,
  },
];

/**
 * Numbers the prose states about requests, review and litigation, in reading order. Only plain wordings
 * are read ("新收到政府信息公开申请12件", "上年结转2件", "未收到政府信息公开申请"); anything unclear is ignored.
 */
export function extractStatedFigures(text: string): StatedFigure[] {
  const normalised = text.normalize('NFKC');
  const found: (StatedFigure & { index: number })[] = [];
  for (const pattern of PATTERNS) {
    for (const m of normalised.matchAll(pattern.regex)) {
      const filler = m[1] ?? '';
      if (pattern.rejectFiller?.test(filler)) continue;
      const value = pattern.value ?? parseStatedNumber(m[2] ?? '');
      if (value === null) continue;
      found.push({ kind: pattern.kind, value, quote: m[0], index: m.index ?? 0 });
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ kind, value, quote }) => ({ kind, value, quote }));
}
