const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Pattern source for one stated count: Arabic (full-width, thousands separators) or simple Chinese numerals. */
export const NUMBER_SOURCE = '(\\d{1,3}(?:,\\d{3})+|\\d+|[零〇一二两三四五六七八九十百千]+)';

/**
 * Reads `12`, `1,234`, `十二`, `二十`, `一百零五`, `两` as a number; null for anything else.
 * Expects NFKC-normalised text (full-width digits already ASCII).
 */
export function parseStatedNumber(text: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(text)) return Number(text.replace(/,/g, ''));
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else {
      total += (digit ?? 1) * UNITS[ch];
      digit = null;
    }
  }
  return total + (digit ?? 0);
}
