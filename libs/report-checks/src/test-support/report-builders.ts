import {
  createEmptyDocument,
  createZeroReport,
  setByKey,
  type AnnualReport,
  type ReportDocument,
  type SectionFound,
} from '@nianbao/report-format';

/** Six applicant columns in, the 7-number row with its 总计 out. */
export function row(...columns: [number, number, number, number, number, number]): number[] {
  return [...columns, columns.reduce((s, x) => s + x, 0)];
}

export const OVERVIEW_2023 =
  '2023年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，围绕中心工作深入推进政务公开。' +
  '（一）主动公开情况。全年在门户网站发布政府信息一百余条，及时公开规范性文件、行政许可、行政处罚等信息。' +
  '（二）依申请公开情况。2023年新收到政府信息公开申请12件，上年结转1件，已办结11件，结转下年度继续办理2件。' +
  '（三）政府信息管理情况。严格落实公开前保密审查制度，动态更新政府信息公开目录。' +
  '（四）平台建设情况。持续优化门户网站政务公开专栏，提升检索和解读功能。' +
  '（五）监督保障情况。全年被申请行政复议2件，提起行政诉讼1件，未发生因政务公开被责任追究的情况。';
export const PROBLEMS_2023 =
  '（一）上年度存在的问题及改进情况。部分栏目更新不及时，已建立信息发布台账。' +
  '（二）本年度存在的问题及改进举措。政策解读形式较为单一，下一步将丰富图解、视频等解读形式。';
export const OTHER_2023 =
  '（一）政府信息处理费收取情况。本年度未收取政府信息公开信息处理费。' +
  '（二）议提案办理情况。办理区人大代表建议6件（协办6件），区政协提案13件（主办1件，协办12件），均已办结。';

const sections = (overview: string, problems: string, other: string): SectionFound[] => [
  { number: 1, title: '总体情况', text: overview },
  { number: 2, title: '主动公开政府信息情况', text: '' },
  { number: 3, title: '收到和处理政府信息公开申请情况', text: '' },
  { number: 4, title: '政府信息公开行政复议、行政诉讼情况', text: '' },
  { number: 5, title: '存在的主要问题及改进情况', text: problems },
  { number: 6, title: '其他需要报告的事项', text: other },
];

/** A 2023 report of a district bureau in which every check passes. */
export function consistentReport(): AnnualReport {
  const r = createZeroReport();
  r.unitName = '某区测试局';
  r.year = 2023;
  r.publishedOn = '2024-01-20';
  r.activeDisclosure.normativeDocuments = { issued: 3, repealed: 1, inForce: 12 };
  r.activeDisclosure.licensing = 120;
  r.activeDisclosure.penalties = 30;
  r.activeDisclosure.coercion = 2;
  r.activeDisclosure.feesWanYuan = 1.5;
  const a = r.applications;
  a.newReceived = row(10, 2, 0, 0, 0, 0);
  a.carriedOver = row(1, 0, 0, 0, 0, 0);
  a.outcomes.disclosed = row(6, 1, 0, 0, 0, 0);
  a.outcomes.partiallyDisclosed = row(1, 0, 0, 0, 0, 0);
  a.outcomes.unableToProvide.notHeld = row(2, 0, 0, 0, 0, 0);
  a.outcomes.notProcessed.duplicate = row(0, 1, 0, 0, 0, 0);
  a.outcomes.total = row(9, 2, 0, 0, 0, 0);
  a.carriedForward = row(2, 0, 0, 0, 0, 0);
  r.reviewLitigation.review = { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 };
  r.reviewLitigation.litigationAfterReview = { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 };
  r.other.processingFeesYuan = 0;
  r.other.proposals = {
    npc: { total: 6, lead: 0, assist: 6 },
    cppcc: { total: 13, lead: 1, assist: 12 },
    completionRate: 1,
    satisfactionRate: 1,
  };
  r.narrative = { overview: OVERVIEW_2023, problems: PROBLEMS_2023, other: OTHER_2023 };
  return r;
}

/** The consistent report as parsed from a docx, with its sections, years and raw cells. */
export function consistentDocument(): ReportDocument {
  const doc = createEmptyDocument('docx');
  doc.report = consistentReport();
  doc.meta.sections = sections(OVERVIEW_2023, PROBLEMS_2023, OTHER_2023);
  doc.meta.titleYear = 2023;
  doc.meta.periodYear = 2023;
  doc.meta.rawCells = {
    'applications.newReceived[0]': '10',
    'activeDisclosure.feesWanYuan': '1.5',
  };
  return doc;
}

/** The same unit's 2022 report, consistent with `consistentDocument()` across years. */
export function previousDocument(): ReportDocument {
  const doc = consistentDocument();
  doc.report.year = 2022;
  doc.meta.titleYear = 2022;
  doc.meta.periodYear = 2022;
  doc.report.activeDisclosure.normativeDocuments = { issued: 2, repealed: 0, inForce: 10 };
  doc.report.applications.carriedForward = row(1, 0, 0, 0, 0, 0);
  doc.report.reviewLitigation.review = { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };
  return doc;
}

/** A copy of the consistent document changed by `edit` (keys as in report-format.md). */
export function documentWith(edit: (doc: ReportDocument) => void): ReportDocument {
  const doc = consistentDocument();
  edit(doc);
  return doc;
}

export function set(doc: ReportDocument, key: string, value: unknown): void {
  setByKey(doc.report, key, value);
}
