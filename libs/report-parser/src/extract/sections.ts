import type { SectionFound } from '@nianbao/report-format';
import type { Block } from '../model/document-model.js';
import { normalizeLabel } from './normalize.js';

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

// Title keywords per section; headings vary between bodies (e.g. 四 is often
// 因政府信息公开工作被申请行政复议、提起行政诉讼情况, 五 may say 整改措施).
const SECTION_WORDS: ReadonlyArray<RegExp> = [
  /总体情况|概述|基本情况/,
  /主动公开/,
  /收到和处理|依申请公开|申请情况/,
  /行政复议|行政诉讼/,
  /存在的(主要)?问题|问题及|改进情况|整改/,
  /其他需要报告|其他事项|需要报告的事项/,
];

const NUMERAL_CODES = new Set(NUMERALS.map((n) => n.charCodeAt(0)));

/**
 * Whether a line starting with this UTF-16 unit can start with 一…六 once NFKC-normalised. ASCII,
 * full-width ASCII (→ ASCII) and the CJK Unified Ideographs block have no decompositions, and 一…六 are
 * never the result of a composition; any other character (⼀, ㊀, 六 …) is left to the normaliser.
 */
function mayNormalizeToNumeral(code: number): boolean {
  if (code < 0x80 || (code >= 0xff01 && code <= 0xff5e)) return false;
  if (code >= 0x4e00 && code <= 0x9fff) return NUMERAL_CODES.has(code);
  return true;
}

export interface SectionHeading {
  number: number;
  title: string;
  blockIndex: number;
}

/** Finds the six section headings (一、… 六、) in document order. */
export function findSectionHeadings(blocks: Block[], fromBlock = 0): SectionHeading[] {
  const out: SectionHeading[] = [];
  for (let i = fromBlock; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'paragraph') continue;
    const trimmed = b.text.trim();
    // Without a leading #/* only a trailing ** can come off below: longer lines cannot be headings.
    if (trimmed.length > 62 && !/^[#*]/.test(trimmed)) continue;
    const text = trimmed.replace(/^#+\s*/, '').replace(/^\*\*|\*\*$/g, '');
    if (text.length > 60 || !mayNormalizeToNumeral(text.charCodeAt(0))) continue;
    const m = /^([一二三四五六])\s*[、.．,，]\s*(.+)$/.exec(
      text.normalize('NFKC').replace(/^([一二三四五六])\s/, '$1、'),
    );
    if (!m) continue;
    const number = NUMERALS.indexOf(m[1]) + 1;
    const title = m[2].trim();
    if (!SECTION_WORDS[number - 1].test(normalizeLabel(title))) continue;
    // Keep the first heading of each number; table row labels such as 「一、本年新收…」 are in tables, not here.
    if (out.some((h) => h.number === number)) continue;
    out.push({ number, title, blockIndex: i });
  }
  return out;
}

/** Paragraph text of each section (tables excluded), up to the next heading. */
export function sectionTexts(
  blocks: Block[],
  headings: SectionHeading[],
  endBlock = blocks.length,
): SectionFound[] {
  const sorted = [...headings].sort((a, b) => a.blockIndex - b.blockIndex);
  return headings.map((h) => {
    const next = sorted.find((s) => s.blockIndex > h.blockIndex);
    const end = next ? next.blockIndex : endBlock;
    const text = blocks
      .slice(h.blockIndex + 1, end)
      .filter((b) => b.kind === 'paragraph')
      .map((b) => (b.kind === 'paragraph' ? b.text.trim() : ''))
      .filter((t) => t !== '')
      .join('\n');
    return { number: h.number, title: h.title, text };
  });
}

const TITLE_RE =
  /^(.{0,60}?)\s*((?:19|20)\d{2})\s*年(?:度)?\s*(.{0,30}?)(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)/;

export interface TitleInfo {
  unitName: string | null;
  titleYear: number | null;
  blockIndex: number;
}

/**
 * The title: the first short paragraph (or two joined, titles are often broken over lines) naming a
 * year and 政府信息公开…年度报告. The unit is what stands before the year, or between 年 and 政府信息公开.
 */
export function findTitle(blocks: Block[]): TitleInfo {
  const paras: { text: string; index: number }[] = [];
  for (let i = 0; i < blocks.length && paras.length < 400; i++) {
    const b = blocks[i];
    if (b.kind === 'paragraph' && b.text.trim() !== '') paras.push({ text: b.text.trim(), index: i });
  }
  for (let p = 0; p < paras.length; p++) {
    for (const joined of [paras[p].text, paras[p].text + (paras[p + 1]?.text ?? '')]) {
      const flat = joined
        .normalize('NFKC')
        .replace(/[\s\u3000]+/g, '')
        .replace(/^#+/, '')
        .replace(/\*\*/g, '');
      if (flat.length > 80) continue;
      const m = TITLE_RE.exec(flat);
      if (!m || !/报告|年报/.test(flat)) continue;
      const before = cleanUnitName(m[1]);
      const between = cleanUnitName(m[3]);
      const unitName = before || between || null;
      return { unitName, titleYear: Number(m[2]), blockIndex: paras[p].index };
    }
  }
  return { unitName: null, titleYear: null, blockIndex: -1 };
}

function cleanUnitName(s: string): string {
  return s
    .replace(/^(标题|题目)[:：]/, '')
    .replace(/[《》<>“”"【】[\]]/g, '')
    .replace(/(关于)?$/, '')
    .replace(/的$/, '')
    .trim();
}

// The statistics-period sentence, and the bare dates when no sentence names them.
const PERIOD_SENTENCE =
  /(?:时间|期限|时限|区间|统计期|范围)[^。]{0,12}?(?:为|是|自|从)?((?:19|20)\d{2})年1月1日(?:起)?(?:至|到|-|—|~)(?:((?:19|20)\d{2})年)?12月31日/;
const PERIOD_DATES = /((?:19|20)\d{2})年1月1日(?:起)?(?:至|到|-|—|~)(?:((?:19|20)\d{2})年)?12月31日/;
// The longest text PERIOD_SENTENCE can match: 3 + 12 + 1 + 4 + 5 + 1 + 1 + 5 + 6 characters.
const PERIOD_SENTENCE_MAX_LENGTH = 38;
// Where the head tried first ends (at the next line break): the sentence is in the opening paragraph.
const PERIOD_HEAD_LENGTH = 1000;

const compact = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');

/** The statistics-period sentence: 「统计数据时间范围为2023年1月1日至2023年12月31日」 and variants. */
export function findPeriodYear(text: string): number | null {
  // The head up to a line break is normalised alone (NFKC joins nothing across '\n', so it is a prefix
  // of the whole text's form). A match there that ends well before the cut is the whole text's first
  // match too: a match starting earlier would be as short, so it would lie inside the head as well.
  const cut = text.indexOf('\n', PERIOD_HEAD_LENGTH);
  if (cut > 0) {
    const head = compact(text.slice(0, cut));
    const m = PERIOD_SENTENCE.exec(head);
    if (m && m.index + PERIOD_SENTENCE_MAX_LENGTH < head.length) return Number(m[1]);
  }
  const t = compact(text);
  const m = PERIOD_SENTENCE.exec(t) ?? PERIOD_DATES.exec(t);
  return m ? Number(m[1]) : null;
}

/** Date at the foot of the report (after the last section), as YYYY-MM-DD. */
export function findPublishedOn(tail: string): string | null {
  const t = tail.normalize('NFKC').replace(/\s+/g, '');
  const all = [...t.matchAll(/((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/g)];
  const last = all[all.length - 1];
  if (!last) return null;
  const [y, m, d] = [Number(last[1]), Number(last[2]), Number(last[3])];
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
