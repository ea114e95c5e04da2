import { describe, it, expect } from '@jest/globals';
import { feeUnitRule } from './fee-unit.js';
import { consistentDocument, documentWith, set } from '../test-support/report-builders.js';

describe('C-UNIT feeUnitRule', () => {
  it('passes a plausible fee in 万元', () => {
    expect(feeUnitRule.check(consistentDocument(), {})).toEqual([]);
  });

  it('flags an implausibly large fee', () => {
    const doc = documentWith((d) => set(d, 'activeDisclosure.feesWanYuan', 15000));
    expect(feeUnitRule.check(doc, {})).toEqual([
      {
        checkId: 'C-UNIT',
        severity: 'warning',
        cells: ['activeDisclosure.feesWanYuan'],
        expected: '< 10000',
        actual: 15000,
        message: '「行政事业性收费（万元）」为 15000 万元，数额异常偏大，疑似按元填写',
        messageEn:
          '"Administrative fees (10,000 yuan)" is 15000 (10,000 yuan), implausibly large: probably entered in yuan',
      },
    ]);
  });

  it('flags a cell that says 元 without 万', () => {
    const doc = documentWith((d) => (d.meta.rawCells['activeDisclosure.feesWanYuan'] = '1500元'));
    expect(feeUnitRule.check(doc, {}).map((f) => [f.checkId, f.actual])).toEqual([['C-UNIT', '1500元']]);
    const ok = documentWith((d) => (d.meta.rawCells['activeDisclosure.feesWanYuan'] = '1.5万元'));
    expect(feeUnitRule.check(ok, {})).toEqual([]);
  });
});
