/**
 * The metric catalogue: every figure and derived indicator the dashboards show, defined once.
 *
 * `numeratorSql` / `denominatorSql` are SQL expressions over the columns of `unit_year_report`
 * (alias `r`), used by the API only. A unit's value is numerator / denominator (null when the
 * denominator is 0 or null); a group's value (district, year) is SUM(numerator) / SUM(denominator),
 * so ratios are pooled, never averages of ratios. Metrics without a denominator are plain sums.
 * A figure a report does not state is null and stays null (SUM ignores it).
 */

/** '%' values are fractions 0–1 (display ×100); 'ratio' is a plain quotient. */
export type MetricUnit = '件' | '%' | '万元' | '元' | 'ratio';

export type MetricGroup =
  'requests' | 'outcomes' | 'reviewLitigation' | 'activeDisclosure' | 'proposals' | 'other';

export interface MetricDefinition {
  key: string;
  zh: string;
  en: string;
  unit: MetricUnit;
  group: MetricGroup;
  /** Human formula, Chinese. */
  formula: string;
  formulaEn: string;
  numeratorSql: string;
  /** Present for ratios: the value is null when it is 0 or null. */
  denominatorSql?: string;
}

const col = (name: string): string => `r.${name}`;

/** Sum of columns that is null only when every part is null (a partly stated figure still counts). */
function sumOf(...names: string[]): string {
  const cols = names.map(col);
  return `(CASE WHEN ${cols.map((c) => `${c} IS NULL`).join(' AND ')} THEN NULL ELSE ${cols
    .map((c) => `COALESCE(${c}, 0)`)
    .join(' + ')} END)`;
}

const count = (
  key: string,
  zh: string,
  en: string,
  group: MetricGroup,
  numeratorSql: string,
  formula: string,
  formulaEn = en,
  unit: MetricUnit = '件',
): MetricDefinition => ({ key, zh, en, unit, group, formula, formulaEn, numeratorSql });

const share = (
  key: string,
  zh: string,
  en: string,
  group: MetricGroup,
  numeratorSql: string,
  denominatorSql: string,
  formula: string,
  formulaEn: string,
): MetricDefinition => ({ key, zh, en, unit: '%', group, formula, formulaEn, numeratorSql, denominatorSql });

const APPLICANTS = [
  ['NaturalPerson', '自然人', 'natural persons'],
  ['Commercial', '商业企业', 'commercial enterprises'],
  ['Research', '科研机构', 'research institutions'],
  ['PublicInterest', '社会公益组织', 'public-interest organisations'],
  ['LegalService', '法律服务机构', 'legal service institutions'],
  ['OtherOrg', '其他组织', 'other organisations'],
] as const;

// Proposals handled: the weight of a stated rate (办结率, 满意率) when pooling units.
const PROPOSALS_HANDLED = sumOf('npc_total', 'cppcc_total');
const weightedRate = (rateCol: string): { num: string; den: string } => ({
  num: `(${col(rateCol)} * ${PROPOSALS_HANDLED})`,
  den: `(CASE WHEN ${col(rateCol)} IS NULL THEN NULL ELSE ${PROPOSALS_HANDLED} END)`,
});
const completion = weightedRate('completion_rate');
const satisfaction = weightedRate('satisfaction_rate');

export const METRICS: readonly MetricDefinition[] = [
  count('requests', '申请总量', 'Requests received', 'requests', col('new_received_6'), '本年新收申请·总计'),
  ...APPLICANTS.map(([k, zh, en], i) =>
    count(
      `requests${k}`,
      `申请量·${zh}`,
      `Requests from ${en}`,
      'requests',
      col(`new_received_${i}`),
      `本年新收申请·${zh}`,
    ),
  ),
  count(
    'carriedOver',
    '上年结转',
    'Carried over from last year',
    'requests',
    col('carried_over_total'),
    '上年结转申请·总计',
  ),
  count(
    'outcomesTotal',
    '办理总计',
    'Requests handled',
    'outcomes',
    col('outcomes_total'),
    '本年度办理结果（七）总计·总计',
  ),
  count('disclosed', '予以公开', 'Disclosed', 'outcomes', col('disclosed_total'), '（一）予以公开·总计'),
  count(
    'partiallyDisclosed',
    '部分公开',
    'Partially disclosed',
    'outcomes',
    col('partially_disclosed_total'),
    '（二）部分公开·总计',
  ),
  count(
    'withheld',
    '不予公开',
    'Withheld',
    'outcomes',
    col('withheld_total'),
    '（三）不予公开 1–8 项之和·总计',
  ),
  count(
    'unableToProvide',
    '无法提供',
    'Unable to provide',
    'outcomes',
    col('unable_total'),
    '（四）无法提供 1–3 项之和·总计',
  ),
  count(
    'notProcessed',
    '不予处理',
    'Not processed',
    'outcomes',
    col('not_processed_total'),
    '（五）不予处理 1–5 项之和·总计',
  ),
  count(
    'otherHandling',
    '其他处理',
    'Other handling',
    'outcomes',
    col('other_handling_total'),
    '（六）其他处理 1–3 项之和·总计',
  ),
  count(
    'carriedForward',
    '结转下年度',
    'Carried forward',
    'outcomes',
    col('carried_forward_total'),
    '结转下年度继续办理·总计',
  ),
  share(
    'disclosureRate',
    '公开率',
    'Disclosure rate',
    'outcomes',
    sumOf('disclosed_total', 'partially_disclosed_total'),
    col('outcomes_total'),
    '（予以公开 + 部分公开）÷ 办理总计',
    '(disclosed + partially disclosed) ÷ requests handled',
  ),
  share(
    'withheldShare',
    '不予公开占比',
    'Share withheld',
    'outcomes',
    col('withheld_total'),
    col('outcomes_total'),
    '不予公开 ÷ 办理总计',
    'withheld ÷ requests handled',
  ),
  share(
    'unableShare',
    '无法提供占比',
    'Share unable to provide',
    'outcomes',
    col('unable_total'),
    col('outcomes_total'),
    '无法提供 ÷ 办理总计',
    'unable to provide ÷ requests handled',
  ),
  share(
    'notProcessedShare',
    '不予处理占比',
    'Share not processed',
    'outcomes',
    col('not_processed_total'),
    col('outcomes_total'),
    '不予处理 ÷ 办理总计',
    'not processed ÷ requests handled',
  ),
  count(
    'reviews',
    '行政复议',
    'Administrative reconsiderations',
    'reviewLitigation',
    col('review_total'),
    '行政复议·总计',
  ),
  count(
    'reviewCorrected',
    '复议纠正',
    'Reconsiderations corrected',
    'reviewLitigation',
    col('review_corrected'),
    '行政复议·结果纠正',
  ),
  count(
    'reviewPending',
    '复议尚未审结',
    'Reconsiderations pending',
    'reviewLitigation',
    col('review_pending'),
    '行政复议·尚未审结',
  ),
  share(
    'reviewCorrectionRate',
    '复议纠错率',
    'Reconsideration correction rate',
    'reviewLitigation',
    col('review_corrected'),
    `(${col('review_total')} - COALESCE(${col('review_pending')}, 0))`,
    '结果纠正 ÷（总计 − 尚未审结）',
    'corrected ÷ (total − pending)',
  ),
  count(
    'lawsuits',
    '行政诉讼',
    'Lawsuits',
    'reviewLitigation',
    sumOf('lit_direct_total', 'lit_after_total'),
    '未经复议直接起诉·总计 + 复议后起诉·总计',
  ),
  count(
    'litigationCorrected',
    '诉讼纠正',
    'Lawsuits corrected',
    'reviewLitigation',
    sumOf('lit_direct_corrected', 'lit_after_corrected'),
    '两类行政诉讼·结果纠正之和',
  ),
  share(
    'litigationCorrectionRate',
    '诉讼纠错率',
    'Litigation correction rate',
    'reviewLitigation',
    sumOf('lit_direct_corrected', 'lit_after_corrected'),
    `(${sumOf('lit_direct_total', 'lit_after_total')} - COALESCE(${col('lit_direct_pending')}, 0) - COALESCE(${col('lit_after_pending')}, 0))`,
    '两类诉讼结果纠正之和 ÷（两类诉讼总计 − 两类尚未审结）',
    'corrected ÷ (total − pending), both kinds of lawsuit',
  ),
  count(
    'regulationsIssued',
    '规章制发',
    'Regulations issued',
    'activeDisclosure',
    col('regulations_issued'),
    '规章·本年制发件数',
  ),
  count(
    'normativeIssued',
    '规范性文件制发',
    'Normative documents issued',
    'activeDisclosure',
    col('normative_issued'),
    '行政规范性文件·本年制发件数',
  ),
  count(
    'licensing',
    '行政许可',
    'Licensing decisions',
    'activeDisclosure',
    col('licensing'),
    '行政许可·本年处理决定数量',
  ),
  count(
    'penalties',
    '行政处罚',
    'Penalty decisions',
    'activeDisclosure',
    col('penalties'),
    '行政处罚·本年处理决定数量',
  ),
  count(
    'coercion',
    '行政强制',
    'Coercion decisions',
    'activeDisclosure',
    col('coercion'),
    '行政强制·本年处理决定数量',
  ),
  count(
    'feesWanYuan',
    '行政事业性收费',
    'Administrative fees',
    'activeDisclosure',
    col('fees_wan_yuan'),
    '行政事业性收费·本年收费金额（万元）',
    'administrative fees (10,000 yuan)',
    '万元',
  ),
  count(
    'processingFeesYuan',
    '信息处理费',
    'Processing fees charged',
    'other',
    col('processing_fees_yuan'),
    '收取信息处理费（元）',
    'processing fees (yuan)',
    '元',
  ),
  count('npcTotal', '人大代表建议', 'NPC suggestions', 'proposals', col('npc_total'), '人大代表建议·合计'),
  count(
    'npcLead',
    '人大建议·主办',
    'NPC suggestions: lead',
    'proposals',
    col('npc_lead'),
    '人大代表建议·主办',
  ),
  count(
    'npcAssist',
    '人大建议·协办',
    'NPC suggestions: assisting',
    'proposals',
    col('npc_assist'),
    '人大代表建议·协办',
  ),
  count('cppccTotal', '政协提案', 'CPPCC proposals', 'proposals', col('cppcc_total'), '政协提案·合计'),
  count(
    'cppccLead',
    '政协提案·主办',
    'CPPCC proposals: lead',
    'proposals',
    col('cppcc_lead'),
    '政协提案·主办',
  ),
  count(
    'cppccAssist',
    '政协提案·协办',
    'CPPCC proposals: assisting',
    'proposals',
    col('cppcc_assist'),
    '政协提案·协办',
  ),
  share(
    'completionRate',
    '办结率',
    'Completion rate',
    'proposals',
    completion.num,
    completion.den,
    '单位所报办结率；汇总时按议提案件数（人大建议 + 政协提案）加权',
    'stated completion rate; pooled weighted by proposals handled',
  ),
  share(
    'satisfactionRate',
    '满意率',
    'Satisfaction rate',
    'proposals',
    satisfaction.num,
    satisfaction.den,
    '单位所报满意和基本满意率；汇总时按议提案件数加权',
    'stated satisfaction rate; pooled weighted by proposals handled',
  ),
];

const byKey = new Map(METRICS.map((m) => [m.key, m]));

/** The metric of a key, or undefined. */
export function findMetric(key: string): MetricDefinition | undefined {
  return byKey.get(key);
}

export const METRIC_KEYS = METRICS.map((m) => m.key);
