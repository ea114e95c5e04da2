import { describe, expect, it } from '@jest/globals';
import { createEmptyMeta, createEmptyReport, createZeroReport } from '@nianbao/report-format';

import { contentDisposition, downloadContentType } from './content-disposition.js';
import { applyCorrections } from './report-corrections.js';
import { diffReports } from './report-diff.js';
import { unitMismatchMessage, withIdentity, yearMismatchMessage } from './report-identity.js';

describe('applyCorrections', () => {
  it('corrects cells of existing rows and single figures without touching the input', () => {
    const report = createZeroReport();
    const out = applyCorrections(report, {
      'applications.newReceived[0]': 3,
      'reviewLitigation.review.total': 1,
    });
    expect(out.ok && out.report.applications.newReceived).toEqual([3, 0, 0, 0, 0, 0, 0]);
    expect(out.ok && out.report.reviewLitigation.review.total).toBe(1);
    expect(report.applications.newReceived).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('fills a missing row only when all 7 columns are given', () => {
    const report = createEmptyReport();
    const partial = applyCorrections(report, { 'applications.carriedOver[0]': 1 });
    expect(partial.ok).toBe(false);
    const whole = Object.fromEntries(
      Array.from({ length: 7 }, (_, c) => [`applications.carriedOver[${c}]`, c === 6 ? 1 : c === 0 ? 1 : 0]),
    );
    const out = applyCorrections(report, whole);
    expect(out.ok && out.report.applications.carriedOver).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it('refuses unknown cells and negative values', () => {
    const out = applyCorrections(createZeroReport(), { 'no.such': 1, 'applications.newReceived[0]': -1 });
    expect(out.ok).toBe(false);
    expect(!out.ok && out.issues.map((i) => i.path)).toEqual(['no.such', 'applications.newReceived[0]']);
  });
});

describe('report identity', () => {
  const doc = (year: number | null, titleYear: number | null, unitName: string | null) => ({
    report: { ...createEmptyReport(), year, unitName },
    meta: { ...createEmptyMeta('docx'), titleYear },
  });
  it('names both years when they differ', () => {
    expect(yearMismatchMessage(doc(2022, null, null), 2023)).toBe('报告年度为2022年，与报送年度2023年不一致');
    expect(yearMismatchMessage(doc(null, 2022, null), 2023)).toBe('报告年度为2022年，与报送年度2023年不一致');
    expect(yearMismatchMessage(doc(null, null, null), 2023)).toBeNull();
  });
  it('accepts prefixed names of the same unit, refuses another unit, ignores an unknown name', () => {
    expect(unitMismatchMessage(doc(2023, null, '武汉市硚口区企业服务中心'), '示例区企业服务中心')).toBeNull();
    expect(unitMismatchMessage(doc(2023, null, '硚口区教育局'), '示例区企业服务中心')).toContain('不一致');
    expect(unitMismatchMessage(doc(2023, null, null), '示例区企业服务中心')).toBeNull();
  });
  it('fills a form report’s missing identity', () => {
    expect(withIdentity(doc(null, null, null), '甲单位', 2024).report).toMatchObject({
      unitName: '甲单位',
      year: 2024,
    });
  });
});

describe('diffReports', () => {
  it('lists changed cells with their labels', () => {
    const a = createZeroReport();
    const b = structuredClone(a);
    b.applications.newReceived = [1, 0, 0, 0, 0, 0, 1];
    expect(diffReports(a, b).map((d) => d.address)).toEqual([
      'applications.newReceived[0]',
      'applications.newReceived[6]',
    ]);
  });
});

describe('download headers', () => {
  it('gives an ASCII fallback and the RFC 5987 UTF-8 name', () => {
    expect(contentDisposition('年报 2023.docx')).toBe(
      `attachment; filename="__ 2023.docx"; filename*=UTF-8''${encodeURIComponent('年报 2023.docx')}`,
    );
    expect(contentDisposition('a"b\r\n.txt')).toContain('filename="a_b__.txt"');
  });
  it('never serves an uploaded HTML file as a page', () => {
    expect(downloadContentType('report.html')).toBe('application/octet-stream');
    expect(downloadContentType('report.docx')).toContain('wordprocessingml');
  });
});
