import { describe, it, expect } from '@jest/globals';
import {
  proseCarriedForwardRule,
  proseCarriedOverRule,
  proseHandledRule,
  proseLitigationRule,
  proseNewReceivedRule,
  proseReviewRule,
} from './prose-figures-match.js';
import { consistentDocument, documentWith } from '../test-support/report-builders.js';
import type { ReportDocument } from '@nianbao/report-format';

const rules = [
  proseNewReceivedRule,
  proseCarriedOverRule,
  proseHandledRule,
  proseCarriedForwardRule,
  proseReviewRule,
  proseLitigationRule,
];
const withOverview = (text: string): ReportDocument =>
  documentWith((d) => {
    d.report.narrative.overview = text;
    d.meta.sections = d.meta.sections.map((s) => (s.number === 1 ? { ...s, text } : s));
  });
const run = (doc: ReportDocument) => rules.flatMap((r) => r.check(doc, {}));

describe('TX-NEW … TX-LIT prose figures agree with the tables', () => {
  it('passes when the prose states the table figures', () => {
    expect(run(consistentDocument())).toEqual([]);
  });

  it('flags each figure the prose states differently', () => {
    const doc = withOverview(
      '本年度新收到政府信息公开申请十五件，上年结转2件，办结13件，结转下年度继续办理四件。被申请行政复议3件，行政诉讼两件。',
    );
    expect(run(doc)).toEqual([
      {
        checkId: 'TX-NEW',
        severity: 'warning',
        cells: ['applications.newReceived[6]'],
        expected: 12,
        actual: 15,
        message:
          '正文称“新收到政府信息公开申请十五件”（15 件），但「一、本年新收政府信息公开申请数量 · 总计」为 12',
        messageEn:
          'The text states "新收到政府信息公开申请十五件" (15), but new requests (table 3 total) is 12',
      },
      expect.objectContaining({ checkId: 'TX-CARRY', expected: 1, actual: 2 }),
      expect.objectContaining({ checkId: 'TX-DONE', expected: 11, actual: 13 }),
      expect.objectContaining({ checkId: 'TX-NEXT', expected: 2, actual: 4 }),
      expect.objectContaining({
        checkId: 'TX-REV',
        expected: 2,
        actual: 3,
        cells: ['reviewLitigation.review.total'],
      }),
      expect.objectContaining({
        checkId: 'TX-LIT',
        expected: 1,
        actual: 2,
        cells: ['reviewLitigation.litigationDirect.total', 'reviewLitigation.litigationAfterReview.total'],
      }),
    ]);
  });

  it('reads "未收到…申请" as 0', () => {
    expect(run(withOverview('2023年度，我中心未收到和处理政府信息公开申请。'))).toEqual([
      expect.objectContaining({ checkId: 'TX-NEW', expected: 12, actual: 0 }),
    ]);
  });

  it('ignores numbers about proposals and vague wordings', () => {
    const doc = withOverview('办结人大代表建议6件，收到行政复议申请书一份，依申请公开工作有序开展。');
    expect(run(doc)).toEqual([]);
  });

  it('skips a figure whose table cell is missing', () => {
    const doc = withOverview('新收到政府信息公开申请15件。');
    doc.report.applications.newReceived = null;
    expect(run(doc)).toEqual([]);
  });
});
