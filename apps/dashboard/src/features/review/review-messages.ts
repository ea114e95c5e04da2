import { useCallback } from 'react';

import { useLang } from '../../lib/i18n';

const zh = {
  'queue.title': '待审核报告',
  'queue.none': '该年度没有待审核的报告',
  'queue.unit': '单位',
  'queue.version': '版本',
  'queue.checks': '检查',
  'queue.open': '审核',
  'review.title': '{unit} · {year} 年度 · 第 {version} 版',
  'review.status.pending': '待审核',
  'review.status.accepted': '已通过',
  'review.status.returned': '已退回',
  'review.notLatest': '这不是最新版本，只能审核最新版本。',
  'review.submittedBy': '{by} 报送于 {at}',
  'review.notes': '报送说明',
  'review.findings': '检查结果（错误 {e} · 警告 {w}）',
  'review.explanation': '填报单位说明',
  'review.noFindings': '未发现问题',
  'review.accept': '审核通过',
  'review.override': '存在错误，仍要通过（请填写放行理由）',
  'review.overrideReason': '放行理由',
  'review.return': '退回修改',
  'review.comment': '退回意见',
  'review.commentHint': '请说明需要修改的内容，填报单位将看到此意见',
  'review.done.accepted': '已审核通过。',
  'review.done.returned': '已退回，填报单位将看到退回意见。',
  'review.previousComment': '上次审核意见',
  'review.unitPage': '单位详情',
  'review.file': '原始文件',
  'review.tables': '报告表格（有问题的单元格已标出）',
  'decision.severity.error': '错误',
  'decision.severity.warning': '警告',
  'decision.severity.info': '提示',
  'decision.cells': '涉及单元格',
  'decision.expected': '应为 {expected}，实际为 {actual}',
  'decision.noExplanation': '填报单位未作说明',
  'decision.state': '处理结果',
  'decision.state.none': '未处理',
  'decision.state.confirmed': '已确认',
  'decision.state.dismissed': '已排除',
  'decision.note': '处理说明（可选）',
  'decision.confirm': '确认',
  'decision.dismiss': '排除',
  'decision.errorHint': '错误级问题不能确认或排除：请退回修改，或通过时填写放行理由',
} as const;

export type ReviewMessageKey = keyof typeof zh;

const en: Record<ReviewMessageKey, string> = {
  'queue.title': 'Reports awaiting review',
  'queue.none': 'No report awaits review for this year',
  'queue.unit': 'Unit',
  'queue.version': 'Version',
  'queue.checks': 'Checks',
  'queue.open': 'Review',
  'review.title': '{unit} · {year} · version {version}',
  'review.status.pending': 'Awaiting review',
  'review.status.accepted': 'Accepted',
  'review.status.returned': 'Returned',
  'review.notLatest': 'This is not the latest version; only the latest can be reviewed.',
  'review.submittedBy': 'Submitted by {by} on {at}',
  'review.notes': 'Notes from the unit',
  'review.findings': 'Check results ({e} errors · {w} warnings)',
  'review.explanation': 'Unit’s explanation',
  'review.noFindings': 'No problems found',
  'review.accept': 'Accept',
  'review.override': 'Errors remain; accept anyway (give a reason)',
  'review.overrideReason': 'Reason for accepting',
  'review.return': 'Return for correction',
  'review.comment': 'Comment',
  'review.commentHint': 'Say what must change; the unit will see this comment',
  'review.done.accepted': 'Accepted.',
  'review.done.returned': 'Returned; the unit will see the comment.',
  'review.previousComment': 'Last review comment',
  'review.unitPage': 'Unit details',
  'review.file': 'Original file',
  'review.tables': 'Report tables (cells with findings marked)',
  'decision.severity.error': 'Error',
  'decision.severity.warning': 'Warning',
  'decision.severity.info': 'Note',
  'decision.cells': 'Cells',
  'decision.expected': 'Expected {expected}, found {actual}',
  'decision.noExplanation': 'The unit gave no explanation',
  'decision.state': 'Decision',
  'decision.state.none': 'Not decided',
  'decision.state.confirmed': 'Confirmed',
  'decision.state.dismissed': 'Dismissed',
  'decision.note': 'Note (optional)',
  'decision.confirm': 'Confirm',
  'decision.dismiss': 'Dismiss',
  'decision.errorHint':
    'Errors cannot be confirmed or dismissed: return the report, or give a reason when accepting',
};

export function useReviewT(): (key: ReviewMessageKey, vars?: Record<string, string | number>) => string {
  const { lang } = useLang();
  return useCallback(
    (key, vars) => {
      const template: string = lang === 'en' ? en[key] : zh[key];
      return vars
        ? template.replace(/\{(\w+)\}/g, (m, n: string) => (n in vars ? String(vars[n]) : m))
        : template;
    },
    [lang],
  );
}
