import { describe, it, expect } from '@jest/globals';
import { documentsInForceCarryRule } from './documents-in-force-carry.js';
import { consistentDocument, documentWith, previousDocument, set } from '../test-support/report-builders.js';

describe('T2-XY-VALID documentsInForceCarryRule', () => {
  it('passes when last year plus issued minus repealed gives this year', () => {
    expect(documentsInForceCarryRule.check(consistentDocument(), { previous: previousDocument() })).toEqual(
      [],
    );
  });

  it('flags a jump in documents in force', () => {
    const doc = documentWith((d) => set(d, 'activeDisclosure.normativeDocuments.inForce', 20));
    expect(documentsInForceCarryRule.check(doc, { previous: previousDocument() })).toEqual([
      {
        checkId: 'T2-XY-VALID',
        severity: 'warning',
        cells: [
          'activeDisclosure.normativeDocuments.inForce',
          'activeDisclosure.normativeDocuments.issued',
          'activeDisclosure.normativeDocuments.repealed',
        ],
        expected: 12,
        actual: 20,
        message:
          '行政规范性文件：上年现行有效 10 + 本年制发 3 − 本年废止 1 = 12，但「行政规范性文件 · 现行有效件数」为 20',
        messageEn:
          'Normative documents: in force last year 10 + issued 3 − repealed 1 = 12, but "Normative documents · In force" is 20',
      },
    ]);
  });

  it('skips without last year, or with a report of another year', () => {
    const doc = documentWith((d) => set(d, 'activeDisclosure.normativeDocuments.inForce', 20));
    expect(documentsInForceCarryRule.check(doc, {})).toEqual([]);
    const older = previousDocument();
    older.report.year = 2021;
    expect(documentsInForceCarryRule.check(doc, { previous: older })).toEqual([]);
  });
});
