/** What a table cell's text says. Shared between calls (results are cached): never mutate one. */
export type CellValue =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'blank'; readonly value: 0 }
  | { readonly kind: 'text' };

// Printed in place of zero in published reports; read as 0 but kept raw so C-BLANK can flag it.
const BLANK_MARKS = new Set(['', '—', '——', '–', '-', '--', '/', '无', '－', '／', '\\', '─', '━', '一']);

/**
 * Reads a cell as a number when it is one: full-width digits, thousands separators and a trailing
 * 件/万元/% unit are tolerated; scientific notation and words are not numbers.
 */
export function readCellValue(raw: string): CellValue {
  // Fast path: most cells are a few plain ASCII digits (fewer than 10: exact as a number).
  if (raw.length > 0 && raw.length < 10) {
    let value = 0;
    for (let i = 0; i < raw.length; i++) {
      const digit = raw.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) {
        value = -1;
        break;
      }
      value = value * 10 + digit;
    }
    if (value >= 0) return value < SMALL_NUMBERS.length ? SMALL_NUMBERS[value] : { kind: 'number', value };
  }
  // Cells repeat (blank marks, labels read once per pass): each distinct text is read once.
  if (raw.length > 64) return readCellValueUncached(raw);
  const cached = cellCache.get(raw);
  if (cached !== undefined) return cached;
  if (cellCache.size > 20_000) cellCache.clear();
  const value = readCellValueUncached(raw);
  cellCache.set(raw, value);
  return value;
}

// Values are shared (never mutated): the common small figures are one object each.
const SMALL_NUMBERS: ReadonlyArray<CellValue> = Array.from({ length: 1000 }, (_, value): CellValue => ({
  kind: 'number',
  value,
}));
const cellCache = new Map<string, CellValue>();

function readCellValueUncached(raw: string): CellValue {
  const t = raw.normalize('NFKC').replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
  if (BLANK_MARKS.has(t)) return { kind: 'blank', value: 0 };
  const m = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:件|个|项|次|万元|元)?$/.exec(t);
  if (!m) return { kind: 'text' };
  const value = Number(`${m[1]}${m[2].replace(/,/g, '')}${m[3] ?? ''}`);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'text' };
}

export function isValueCell(raw: string): boolean {
  return readCellValue(raw).kind !== 'text';
}
