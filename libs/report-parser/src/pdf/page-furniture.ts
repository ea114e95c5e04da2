/** Page numbers and running headers/footers: printed by the layout, not part of the report's text. */
import type { TextLine } from './text-lines.js';

const PAGE_NUMBER_PATTERNS: RegExp[] = [
  /^[-—–－─_~～\s]*\d{1,4}[-—–－─_~～\s]*$/, // 3, - 3 -, — 3 —
  /^第\s*\d{1,4}\s*页\s*([,，/／]?\s*共\s*\d{1,4}\s*页)?$/, // 第 3 页 共 9 页
  /^共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/, // 3/9
  /^page\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
];

export function isPageNumber(text: string): boolean {
  const t = text.normalize('NFKC').trim();
  return t.length > 0 && t.length <= 24 && PAGE_NUMBER_PATTERNS.some((p) => p.test(t));
}

/** Share of the page height at top and bottom where headers and footers live. */
export const MARGIN_ZONE = 0.12;

export interface PageLines {
  lines: TextLine[];
  /** Page box bottom and top (PDF units). */
  yMin: number;
  yMax: number;
}

function inMarginZone(line: TextLine, page: PageLines): boolean {
  const h = page.yMax - page.yMin;
  return line.y < page.yMin + h * MARGIN_ZONE || line.y > page.yMax - h * MARGIN_ZONE;
}

function headerKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/\d+/g, '#');
}

/**
 * Marks lines to drop: page numbers in the margin zones, and lines in the margin zones that repeat (digits
 * ignored) at about the same height on at least half of the pages of a multi-page document.
 */
export function findFurniture(pages: PageLines[]): Set<TextLine> {
  const drop = new Set<TextLine>();
  const seen = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set<string>();
    for (const line of page.lines) {
      if (!inMarginZone(line, page)) continue;
      if (isPageNumber(line.text)) drop.add(line);
      keys.add(`${headerKey(line.text)}@${Math.round(line.y / 4)}`);
    }
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  if (pages.length >= 2) {
    const needed = Math.max(2, Math.ceil(pages.length / 2));
    for (const page of pages) {
      for (const line of page.lines) {
        if (!inMarginZone(line, page)) continue;
        if ((seen.get(`${headerKey(line.text)}@${Math.round(line.y / 4)}`) ?? 0) >= needed) drop.add(line);
      }
    }
  }
  return drop;
}
