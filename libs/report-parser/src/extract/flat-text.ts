import type { Block } from '../model/document-model.js';

// Section headings as printed; used to cut a report that was flattened into one long line
// (crawler text dumps) back into heading + body paragraphs.
const EMBEDDED_HEADINGS =
  /(一[、.．]\s*总体情况|二[、.．]\s*主动公开政府信息情况|三[、.．]\s*收到和处理政府信息公开申请情况|四[、.．]\s*(?:政府信息公开)?(?:因政府信息公开(?:工作)?)?(?:被)?(?:申请)?行政(?:法)?复议[、，,和及]\s*(?:提起)?行政诉讼(?:的)?情况|五[、.．]\s*(?:政府信息公开工作)?存在的(?:主要)?问题及[^0-9，。；、]{0,8}?(?:情况|措施|计划)|六[、.．]\s*其他需要报告的事项)/g;

/** Splits long paragraphs at embedded section headings, so that headings become paragraphs of their own. */
export function splitEmbeddedHeadings(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || b.text.length < 80) {
      out.push(b);
      continue;
    }
    const parts = b.text.split(EMBEDDED_HEADINGS);
    if (parts.length === 1) {
      out.push(b);
      continue;
    }
    for (const part of parts) {
      const text = part.trim();
      if (text) out.push({ kind: 'paragraph', text, page: b.page });
    }
  }
  return out;
}

/**
 * Prepares flattened table text for tokenising: separates labels from the digits run against them,
 * including an item number glued to the figures before it (「40000042.其他法律…」 → 「4000004 2.其他法律…」).
 */
export function separateFlatTokens(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/(\d)(\d)\.(?=[\u4e00-\u9fff"“])(?![万元件个项])/g, '$1 $2.')
    .replace(/([\u4e00-\u9fff)）」”"%])(?=\d)/g, '$1 ')
    .replace(/([\u4e00-\u9fff])(?=\([一二三四五六七八]\))/g, '$1 ')
    .replace(/(\d)(?=[\u4e00-\u9fff(（])(?![万元件个项])/g, '$1 ');
}

/**
 * Splits a run of digits printed without separators into `count` numbers, in groups of `groupSize`
 * that each satisfy `accept` (the table's own arithmetic, e.g. 总计 = sum of the columns). Returns the
 * split only when exactly one exists: an ambiguous run is never guessed.
 */
export function splitDigitRun(
  digits: string,
  count: number,
  groupSize: number,
  accept: (group: number[]) => boolean,
): number[] | null {
  const all = digitRunSplits(digits, count, groupSize, accept, 2);
  return all.length === 1 ? all[0] : null;
}

/** Every reading of a digit run (up to `limit`), for callers that can decide with more rules. */
export function digitRunSplits(
  digits: string,
  count: number,
  groupSize: number,
  accept: (group: number[]) => boolean,
  limit = 64,
): number[][] {
  if (!/^\d+$/.test(digits) || digits.length < count || digits.length > count * 6) return [];
  const found: number[][] = [];
  const parts: number[] = [];
  const walk = (pos: number): void => {
    if (found.length >= limit) return;
    if (parts.length > 0 && parts.length % groupSize === 0 && !accept(parts.slice(-groupSize))) return;
    if (parts.length === count) {
      if (pos === digits.length) found.push([...parts]);
      return;
    }
    const remainingParts = count - parts.length;
    const maxLen = Math.min(6, digits.length - pos - (remainingParts - 1));
    for (let len = 1; len <= maxLen; len++) {
      if (len > 1 && digits[pos] === '0') break; // no leading zeros
      parts.push(Number(digits.slice(pos, pos + len)));
      walk(pos + len);
      parts.pop();
    }
  };
  walk(0);
  return found;
}

/** 总计 (the last figure of a group) = the sum of the others: table 3 rows and table 4 groups. */
export const rowSumRule = (group: number[]): boolean =>
  group[group.length - 1] === group.slice(0, -1).reduce((a, b) => a + b, 0);

export const anySplit = (): boolean => true;
