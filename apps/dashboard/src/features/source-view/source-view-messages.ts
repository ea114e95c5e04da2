import { useCallback } from 'react';

import { useLang } from '../../lib/i18n';

// Strings of the original-document pane. Simplified Chinese first; English must have the same keys.
const zh = {
  'pane.title': '原文',
  'pane.region': '原文：{name}',
  'pane.open': '打开原文件',
  'pane.openHint': '在新窗口打开或下载原始文件',
  'pane.page': '第 {page} 页',
  'pane.table': '表格 {n}',
  'pane.empty': '原文中没有读到文字。',
  'pane.truncated':
    '原文较长，只显示了前 {shown} 段（共 {total} 段），过长的内容已截断。请打开原文件查看全部。',
  'pane.viewText': '识别出的文字',
  'pane.viewPdf': 'PDF 原样',
  'pane.viewsLabel': '原文显示方式',
  'pane.pdfFrame': 'PDF 原文（浏览器显示）',
  'pane.noFile': '该报送通过表单填报，没有原始文件。',
  'pane.loading': '正在读取原文…',
  'compare.label': '识别结果与原文对照',
  'compare.parsed': '解析结果',
  'compare.original': '原文',
} as const;

export type SourceViewMessageKey = keyof typeof zh;

const en: Record<SourceViewMessageKey, string> = {
  'pane.title': 'Original',
  'pane.region': 'Original: {name}',
  'pane.open': 'Open original file',
  'pane.openHint': 'Open or download the original file in a new window',
  'pane.page': 'Page {page}',
  'pane.table': 'Table {n}',
  'pane.empty': 'No text was read from the original.',
  'pane.truncated':
    'The original is long: only the first {shown} of {total} blocks are shown and long texts are cut. Open the original file to see everything.',
  'pane.viewText': 'Text as read',
  'pane.viewPdf': 'PDF as printed',
  'pane.viewsLabel': 'How to show the original',
  'pane.pdfFrame': 'Original PDF (shown by the browser)',
  'pane.noFile': 'This version was entered in the web form; there is no original file.',
  'pane.loading': 'Reading the original…',
  'compare.label': 'Parsed figures and the original side by side',
  'compare.parsed': 'Parsed',
  'compare.original': 'Original',
};

export type SourceViewT = (key: SourceViewMessageKey, vars?: Record<string, string | number>) => string;

export function sourceViewText(
  lang: 'zh' | 'en',
  key: SourceViewMessageKey,
  vars?: Record<string, string | number>,
): string {
  const template: string = lang === 'en' ? en[key] : zh[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export function useSourceViewT(): SourceViewT {
  const { lang } = useLang();
  return useCallback((key, vars) => sourceViewText(lang, key, vars), [lang]);
}
