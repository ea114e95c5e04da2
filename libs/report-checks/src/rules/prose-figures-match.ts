import { TOTAL_COLUMN, cellAddress, cellLabel, type ReportDocument } from '@nianbao/report-format';
import type { CheckRule } from '../finding.js';
import { extractStatedFigures, type ProseFigureKind } from '../prose/prose-figures.js';
import { figure, makeFinding, rowCell, sumKnown, textOf } from './rule-support.js';

interface ProseFigureSpec {
  id: string;
  kind: ProseFigureKind;
  cells: string[];
  zh: string;
  en: string;
  tableValue(doc: ReportDocument): number | null;
}

const totalOf = (key: string) => (doc: ReportDocument) => rowCell(doc.report, key, TOTAL_COLUMN);

const SPECS: ProseFigureSpec[] = [
  {
    id: 'TX-NEW',
    kind: 'newReceived',
    cells: [cellAddress('applications.newReceived', TOTAL_COLUMN)],
    zh: `「${cellLabel(cellAddress('applications.newReceived', TOTAL_COLUMN))}」`,
    en: 'new requests (table 3 total)',
    tableValue: totalOf('applications.newReceived'),
  },
  {
    id: 'TX-CARRY',
    kind: 'carriedOver',
    cells: [cellAddress('applications.carriedOver', TOTAL_COLUMN)],
    zh: `「${cellLabel(cellAddress('applications.carriedOver', TOTAL_COLUMN))}」`,
    en: 'requests carried over (table 3 total)',
    tableValue: totalOf('applications.carriedOver'),
  },
  {
    id: 'TX-DONE',
    kind: 'handled',
    cells: [cellAddress('applications.outcomes.total', TOTAL_COLUMN)],
    zh: `「${cellLabel(cellAddress('applications.outcomes.total', TOTAL_COLUMN))}」`,
    en: 'requests handled (table 3 total)',
    tableValue: totalOf('applications.outcomes.total'),
  },
  {
    id: 'TX-NEXT',
    kind: 'carriedForward',
    cells: [cellAddress('applications.carriedForward', TOTAL_COLUMN)],
    zh: `「${cellLabel(cellAddress('applications.carriedForward', TOTAL_COLUMN))}」`,
    en: 'requests carried forward (table 3 total)',
    tableValue: totalOf('applications.carriedForward'),
  },
  {
    id: 'TX-REV',
    kind: 'review',
    cells: ['reviewLitigation.review.total'],
    zh: '表四「行政复议 · 总计」',
    en: 'administrative reconsideration total (table 4)',
    tableValue: (doc) => figure(doc.report, 'reviewLitigation.review.total'),
  },
  {
    id: 'TX-LIT',
    kind: 'litigation',
    cells: ['reviewLitigation.litigationDirect.total', 'reviewLitigation.litigationAfterReview.total'],
    zh: '表四行政诉讼总计（未经复议直接起诉 + 复议后起诉）',
    en: 'litigation total (table 4, direct + after reconsideration)',
    tableValue: (doc) =>
      sumKnown([
        figure(doc.report, 'reviewLitigation.litigationDirect.total'),
        figure(doc.report, 'reviewLitigation.litigationAfterReview.total'),
      ]),
  },
];

/** All prose of the report: the sections as found, and the narrative fields (the web form has only these). */
export function reportProse(doc: ReportDocument): string {
  const sections = Array.isArray(doc.meta?.sections) ? doc.meta.sections : [];
  const narrative = doc.report?.narrative;
  return [
    ...sections.map((s) => textOf(s?.text)),
    textOf(narrative?.overview),
    textOf(narrative?.problems),
    textOf(narrative?.other),
  ].join('\n');
}

function proseFigureRule(spec: ProseFigureSpec): CheckRule {
  const rule: CheckRule = {
    id: spec.id,
    severity: 'warning',
    check(doc) {
      const table = spec.tableValue(doc);
      if (table === null) return [];
      const stated = extractStatedFigures(reportProse(doc)).filter((f) => f.kind === spec.kind);
      const conflict = stated.find((f) => f.value !== table);
      if (!conflict) return [];
      return [
        makeFinding(rule, {
          cells: spec.cells,
          expected: table,
          actual: conflict.value,
          message: `正文称“${conflict.quote}”（${conflict.value} 件），但${spec.zh}为 ${table}`,
          messageEn: `The text states "${conflict.quote}" (${conflict.value}), but ${spec.en} is ${table}`,
        }),
      ];
    },
  };
  return rule;
}

export const [
  proseNewReceivedRule,
  proseCarriedOverRule,
  proseHandledRule,
  proseCarriedForwardRule,
  proseReviewRule,
  proseLitigationRule,
] = SPECS.map(proseFigureRule);
