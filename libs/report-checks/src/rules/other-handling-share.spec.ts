import { describe, it, expect } from '@jest/globals';
import { otherHandlingShareRule } from './other-handling-share.js';
import { consistentDocument, documentWith, row, set } from '../test-support/report-builders.js';

describe('T3-OTHER-SHARE otherHandlingShareRule', () => {
  it('passes a report without （六）3.其他', () => {
    expect(otherHandlingShareRule.check(consistentDocument(), {})).toEqual([]);
  });

  it('flags a large share from 5 requests on', () => {
    const doc = documentWith((d) => {
      set(d, 'applications.outcomes.otherHandling.other', row(5, 0, 0, 0, 0, 0));
      set(d, 'applications.outcomes.total', row(14, 2, 0, 0, 0, 0));
    });
    expect(otherHandlingShareRule.check(doc, {})).toEqual([
      {
        checkId: 'T3-OTHER-SHARE',
        severity: 'info',
        cells: ['applications.outcomes.otherHandling.other[6]', 'applications.outcomes.total[6]'],
        expected: '≤ 20%',
        actual: 5,
        message:
          '「（六）其他处理 3.其他 · 总计」为 5，占办理结果总计 16 的 31%，该项应仅用于少数情形，请核实是否应归入具体类别',
        messageEn:
          '"Other handling Other · Total" is 5, 31% of "Outcomes this year Total handled · Total" 16; it is meant for rare cases',
      },
    ]);
  });

  it('does not flag a small count even at a large share', () => {
    const doc = documentWith((d) =>
      set(d, 'applications.outcomes.otherHandling.other', row(4, 0, 0, 0, 0, 0)),
    );
    expect(otherHandlingShareRule.check(doc, {})).toEqual([]);
  });
});
