import { describe, expect, it } from '@jest/globals';
import { createEmptyReport, createZeroReport } from './empty-report.js';
import { validateReport } from './report-schema.js';
import { allCellAddresses, cellAddress, cellLabel, parseCellAddress } from './cell-address.js';
import { APPLICATION_ROWS, REVIEW_FIELDS, ACTIVE_DISCLOSURE_FIELDS } from './format-definition.js';
import { getByKey } from './report-path.js';

describe('report schema', () => {
  it('accepts the empty and the zero report', () => {
    expect(validateReport(createEmptyReport()).ok).toBe(true);
    expect(validateReport(createZeroReport()).ok).toBe(true);
  });

  it('names the path and the figure in Chinese', () => {
    const report = structuredClone(createZeroReport());
    report.applications.outcomes.total = [0, 0, 0, 1.5, 0, 0, 0];
    report.reviewLitigation.review.pending = -1;
    (report.applications as { carriedOver: number[] }).carriedOver = [0, 0, 0];
    const result = validateReport(report);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: 'applications.carriedOver', message: expect.stringContaining('应有7列') },
      { path: 'applications.outcomes.total[3]', message: expect.stringContaining('整数') },
      { path: 'reviewLitigation.review.pending', message: expect.stringContaining('不能小于0') },
    ]);
    expect(result.issues[1].message).toContain('（七）总计');
    expect(result.issues[1].message).toContain('社会公益组织');
  });

  it('refuses keys outside the format', () => {
    const report = { ...createEmptyReport(), extra: 1 };
    const result = validateReport(report);
    expect(result.ok).toBe(false);
  });
});

describe('format definition and cell addresses', () => {
  it('has the 25 rows, 15 review figures and 10 table 2 figures of the format', () => {
    expect(APPLICATION_ROWS).toHaveLength(25);
    expect(APPLICATION_ROWS.filter((r) => r.isOutcomeDetail)).toHaveLength(21);
    expect(REVIEW_FIELDS).toHaveLength(15);
    expect(ACTIVE_DISCLOSURE_FIELDS).toHaveLength(10);
  });

  it('every key resolves in an empty report', () => {
    const report = createEmptyReport();
    for (const address of allCellAddresses()) {
      expect(getByKey(report, parseCellAddress(address).key)).not.toBeUndefined();
    }
  });

  it('round-trips and labels addresses', () => {
    const a = cellAddress('applications.outcomes.withheld.stateSecret', 0);
    expect(a).toBe('applications.outcomes.withheld.stateSecret[0]');
    expect(parseCellAddress(a)).toEqual({ key: 'applications.outcomes.withheld.stateSecret', column: 0 });
    expect(cellLabel(a)).toBe('（三）不予公开 1.属于国家秘密 · 自然人');
    expect(cellLabel('reviewLitigation.review.pending', 'en')).toBe(
      'Administrative reconsideration · Pending',
    );
  });
});
