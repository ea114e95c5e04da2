import type { CheckDefinition } from './finding.js';

/**
 * Every check of report-format.md (plus the proposal checks P-*), with its stable id and severity.
 * H-* (district aggregation) and D-* (deadlines) are evaluated by the API; they are listed so that every
 * finding shown anywhere has a catalogue entry.
 */
export const CHECKS: readonly CheckDefinition[] = [
  { id: 'C-INT', severity: 'error', scope: 'single', titleZh: '数字应为非负整数', titleEn: 'Counts are non-negative integers' },
  { id: 'C-BLANK', severity: 'warning', scope: 'single', titleZh: '空白或“—、/、无”单元格', titleEn: 'Blank or placeholder cells' },
  { id: 'C-UNIT', severity: 'warning', scope: 'single', titleZh: '收费金额单位疑似为元', titleEn: 'Fee probably entered in yuan' },
  { id: 'T2-XY-VALID', severity: 'warning', scope: 'crossYear', titleZh: '现行有效件数与上年衔接', titleEn: 'Documents in force follow from last year' },
  { id: 'T2-VALID-GE-MADE', severity: 'warning', scope: 'single', titleZh: '现行有效件数不少于本年制发件数', titleEn: 'In force ≥ issued' },
  { id: 'T2-REG-LEVEL', severity: 'warning', scope: 'single', titleZh: '区级单位制发规章', titleEn: 'District unit issued regulations' },
  { id: 'T3-BAL', severity: 'error', scope: 'single', titleZh: '新收 + 上年结转 = 办理结果 + 结转下年度', titleEn: 'New + carried over = handled + carried forward' },
  { id: 'T3-RES', severity: 'error', scope: 'single', titleZh: '办理结果总计 = 各项办理结果之和', titleEn: 'Outcome total = sum of outcomes' },
  { id: 'T3-COL', severity: 'error', scope: 'single', titleZh: '总计列 = 各类申请人之和', titleEn: 'Total column = sum of applicant columns' },
  { id: 'T3-XY-CARRY', severity: 'warning', scope: 'crossYear', titleZh: '上年结转 = 上年报告结转下年度', titleEn: "Carried over = last year's carried forward" },
  { id: 'T3-OTHER-SHARE', severity: 'info', scope: 'single', titleZh: '“其他处理·其他”占比偏高', titleEn: 'Large share of "other" handling' },
  { id: 'T3-FEE-TEXT', severity: 'warning', scope: 'single', titleZh: '逾期未缴费但未说明信息处理费', titleEn: 'Unpaid fees but no fee statement' },
  { id: 'T4-REV', severity: 'error', scope: 'single', titleZh: '行政复议总计 = 各结果之和', titleEn: 'Reconsideration total = sum of results' },
  { id: 'T4-LIT-D', severity: 'error', scope: 'single', titleZh: '直接起诉总计 = 各结果之和', titleEn: 'Direct litigation total = sum of results' },
  { id: 'T4-LIT-R', severity: 'error', scope: 'single', titleZh: '复议后起诉总计 = 各结果之和', titleEn: 'Litigation after review total = sum of results' },
  { id: 'T4-XY-PENDING', severity: 'info', scope: 'crossYear', titleZh: '尚未审结案件连年未减少', titleEn: 'Pending cases not going down' },
  { id: 'TX-NEW', severity: 'warning', scope: 'text', titleZh: '正文新收申请数与表格一致', titleEn: 'New requests in text match the table' },
  { id: 'TX-CARRY', severity: 'warning', scope: 'text', titleZh: '正文上年结转数与表格一致', titleEn: 'Carried over in text matches the table' },
  { id: 'TX-DONE', severity: 'warning', scope: 'text', titleZh: '正文办结数与表格一致', titleEn: 'Handled in text matches the table' },
  { id: 'TX-NEXT', severity: 'warning', scope: 'text', titleZh: '正文结转下年度数与表格一致', titleEn: 'Carried forward in text matches the table' },
  { id: 'TX-REV', severity: 'warning', scope: 'text', titleZh: '正文行政复议数与表格一致', titleEn: 'Reconsideration count in text matches the table' },
  { id: 'TX-LIT', severity: 'warning', scope: 'text', titleZh: '正文行政诉讼数与表格一致', titleEn: 'Litigation count in text matches the table' },
  { id: 'TX-YEAR', severity: 'error', scope: 'text', titleZh: '标题和统计期年份为报告年度', titleEn: 'Title and period year are the reporting year' },
  { id: 'TX-SECTIONS', severity: 'error', scope: 'text', titleZh: '六个部分齐全且顺序正确', titleEn: 'All six sections, in order' },
  { id: 'TX-SEC5', severity: 'warning', scope: 'text', titleZh: '第五部分不为空', titleEn: 'Section 5 is not empty' },
  { id: 'TX-SEC6-FEE', severity: 'warning', scope: 'text', titleZh: '第六部分说明信息处理费', titleEn: 'Section 6 states the processing fee' },
  { id: 'TX-DUP', severity: 'warning', scope: 'text', titleZh: '正文内容雷同', titleEn: 'Narrative nearly identical to another report' },
  { id: 'P-SPLIT', severity: 'warning', scope: 'single', titleZh: '议提案主办 + 协办 = 合计', titleEn: 'Proposals: lead + assisting = total' },
  { id: 'P-RATE', severity: 'error', scope: 'single', titleZh: '办结率、满意率在 0–1 之间', titleEn: 'Proposal rates within 0–1' },
  { id: 'H-SUM', severity: 'warning', scope: 'district', titleZh: '区汇总报告与下属单位之和一致', titleEn: "District report matches the sum of its units" },
  { id: 'H-MISSING', severity: 'warning', scope: 'district', titleZh: '应报单位缺少报告', titleEn: 'Expected unit report missing' },
  { id: 'H-FIELD', severity: 'warning', scope: 'district', titleZh: '下属单位缺少某项数据', titleEn: 'A unit lacks a figure' },
  { id: 'D-SUBMIT', severity: 'warning', scope: 'deadline', titleZh: '未按内部期限报送', titleEn: 'Not handed in by the internal deadline' },
  { id: 'D-LATE', severity: 'warning', scope: 'deadline', titleZh: '逾期报送', titleEn: 'Handed in late' },
  { id: 'D-LEGAL', severity: 'warning', scope: 'deadline', titleZh: '未在法定期限前公开', titleEn: 'Not published by the statutory date' },
];

const byId = new Map(CHECKS.map((c) => [c.id, c]));

export function findCheck(id: string): CheckDefinition | undefined {
  return byId.get(id);
}
