import { describe, it, expect } from '@jest/globals';
import { extractStatedFigures } from './prose-figures.js';
import { parseStatedNumber } from '@nianbao/report-format';

describe('parseStatedNumber', () => {
  it('reads Arabic and simple Chinese numerals', () => {
    expect(
      ['12', '1,234', '零', '两', '十', '十二', '二十', '二十三', '一百零五'].map(parseStatedNumber),
    ).toEqual([12, 1234, 0, 2, 10, 12, 20, 23, 105]);
    expect(parseStatedNumber('若干')).toBeNull();
  });
});

describe('extractStatedFigures', () => {
  it('reads the sample report wordings', () => {
    const text =
      '2023年，我中心新收到依申请公开政府信息0件，上年结转申请0件，结转下年度继续办理0件。' +
      '我中心在2023年度没有收到政府信息公开申请。';
    expect(extractStatedFigures(text).map((f) => [f.kind, f.value])).toEqual([
      ['newReceived', 0],
      ['carriedOver', 0],
      ['carriedForward', 0],
      ['newReceived', 0],
    ]);
  });

  it('reads full-width digits', () => {
    expect(extractStatedFigures('共收到政府信息公开申请１２件').map((f) => f.value)).toEqual([12]);
  });
});
