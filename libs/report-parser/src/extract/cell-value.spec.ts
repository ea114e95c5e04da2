import { describe, expect, it } from '@jest/globals';
import { isValueCell, readCellValue } from './cell-value.js';

describe('readCellValue', () => {
  it('reads runs of ASCII digits of any length, leading zeros included', () => {
    for (const raw of [
      '0',
      '7',
      '07',
      '999',
      '1000',
      '123456789',
      '1234567890',
      '000000000012',
      '4294967296',
    ]) {
      expect(readCellValue(raw)).toEqual({ kind: 'number', value: Number(raw) });
    }
    for (let n = 0; n < 2000; n += 7) expect(readCellValue(String(n))).toEqual({ kind: 'number', value: n });
  });

  it('tolerates full-width digits, separators, spaces and units; refuses words and exponents', () => {
    expect(readCellValue('１２')).toEqual({ kind: 'number', value: 12 });
    expect(readCellValue(' 1,234 件')).toEqual({ kind: 'number', value: 1234 });
    expect(readCellValue('3.5万元')).toEqual({ kind: 'number', value: 3.5 });
    expect(readCellValue('-2')).toEqual({ kind: 'number', value: -2 });
    expect(readCellValue('1e3')).toEqual({ kind: 'text' });
    expect(readCellValue('12a')).toEqual({ kind: 'text' });
    expect(readCellValue('/0')).toEqual({ kind: 'text' });
    expect(readCellValue('行政许可')).toEqual({ kind: 'text' });
  });

  it('reads the marks printed for zero as blank', () => {
    for (const raw of ['', '—', '——', '-', '/', '无', ' 一 '])
      expect(readCellValue(raw)).toEqual({ kind: 'blank', value: 0 });
    expect(isValueCell('—')).toBe(true);
    expect(isValueCell('合计')).toBe(false);
  });
});
