import { describe, it, expect } from '@jest/globals';
import type { ReportDocument } from '@nianbao/report-format';
import { CHECKS, RULES, runChecks } from './index.js';
import {
  consistentDocument,
  documentWith,
  previousDocument,
  row,
  set,
} from './test-support/report-builders.js';

describe('runChecks', () => {
  it('finds nothing on a consistent report, with last year and a comparison text', () => {
    const findings = runChecks(consistentDocument(), {
      previous: previousDocument(),
      expectedYear: 2023,
      compareTexts: [
        { label: '某区其他局 2023', text: '完全不同的内容'.repeat(60), kind: 'sameYearOtherUnit' },
      ],
    });
    expect(findings).toEqual([]);
  });

  it('reports many failures at once, none stopping the others', () => {
    const doc = documentWith((d) => {
      set(d, 'applications.newReceived', row(10, 2, 0, 0, 0, 1)); // T3-BAL in column 5; TX-NEW (13 ≠ 12)
      set(d, 'applications.carriedForward', [2, 0, 0, 0, 0, 0, 3]); // T3-COL; TX-NEXT (3 ≠ 2); the totals column balances again
      set(d, 'reviewLitigation.review.total', 5); // T4-REV, TX-REV
      set(d, 'activeDisclosure.licensing', -1); // C-INT
      set(d, 'other.proposals.completionRate', 95); // P-RATE
      d.meta.titleYear = 2022; // TX-YEAR
      d.meta.sections = d.meta.sections.filter((s) => s.number !== 4); // TX-SECTIONS
    });
    const ids = runChecks(doc, { expectedYear: 2023 }).map((f) => f.checkId);
    expect(ids).toEqual([
      'C-INT',
      'T3-BAL',
      'T3-COL',
      'T4-REV',
      'TX-NEW',
      'TX-NEXT',
      'TX-REV',
      'TX-YEAR',
      'TX-SECTIONS',
      'P-RATE',
    ]);
  });

  it('never throws on malformed data', () => {
    const broken = { report: { applications: 'x' }, meta: null } as unknown as ReportDocument;
    expect(() => runChecks(broken)).not.toThrow();
    expect(() => runChecks(null as unknown as ReportDocument)).not.toThrow();
  });

  it('has a catalogue entry, with the same severity, for every rule', () => {
    for (const rule of RULES) {
      expect(CHECKS.find((c) => c.id === rule.id)?.severity).toBe(rule.severity);
    }
    const evaluatedHere = CHECKS.filter((c) => c.scope !== 'district' && c.scope !== 'deadline').map(
      (c) => c.id,
    );
    expect(RULES.map((r) => r.id).sort()).toEqual([...evaluatedHere].sort());
  });
});
