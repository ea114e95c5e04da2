import { describe, it, expect } from '@jest/globals';
import { documentsInForceGeIssuedRule } from './documents-in-force-ge-issued.js';
import { consistentDocument, documentWith, set } from '../test-support/report-builders.js';

describe('T2-VALID-GE-MADE documentsInForceGeIssuedRule', () => {
  it('passes when documents in force are at least those issued', () => {
    expect(documentsInForceGeIssuedRule.check(consistentDocument(), {})).toEqual([]);
  });

  it('flags fewer documents in force than issued', () => {
    const doc = documentWith((d) => set(d, 'activeDisclosure.normativeDocuments.inForce', 2));
    expect(documentsInForceGeIssuedRule.check(doc, {})).toEqual([
      {
        checkId: 'T2-VALID-GE-MADE',
        severity: 'warning',
        cells: ['activeDisclosure.normativeDocuments.inForce', 'activeDisclosure.normativeDocuments.issued'],
        expected: '≥ 3',
        actual: 2,
        message:
          '行政规范性文件：「行政规范性文件 · 现行有效件数」 2 小于「行政规范性文件 · 本年制发件数」 3',
        messageEn:
          'Normative documents: "Normative documents · In force" 2 is less than "Normative documents · Issued this year" 3',
      },
    ]);
  });
});
