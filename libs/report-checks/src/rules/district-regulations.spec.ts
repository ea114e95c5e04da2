import { describe, it, expect } from '@jest/globals';
import { districtRegulationsRule } from './district-regulations.js';
import { consistentDocument, documentWith, set } from '../test-support/report-builders.js';

describe('T2-REG-LEVEL districtRegulationsRule', () => {
  it('passes a district unit without regulations, and a city unit with them', () => {
    expect(districtRegulationsRule.check(consistentDocument(), {})).toEqual([]);
    const city = documentWith((d) => set(d, 'activeDisclosure.regulations.issued', 2));
    expect(districtRegulationsRule.check(city, { unitLevel: 'city' })).toEqual([]);
  });

  it('flags regulations issued by a district unit', () => {
    const doc = documentWith((d) => set(d, 'activeDisclosure.regulations.issued', 2));
    expect(districtRegulationsRule.check(doc, {})).toEqual([
      {
        checkId: 'T2-REG-LEVEL',
        severity: 'warning',
        cells: ['activeDisclosure.regulations.issued'],
        expected: 0,
        actual: 2,
        message: '区级单位无规章制定权，但「规章 · 本年制发件数」为 2，请核实是否应填入行政规范性文件',
        messageEn:
          'District-level units cannot make regulations, but "Regulations · Issued this year" is 2; should it be under normative documents?',
      },
    ]);
  });
});
