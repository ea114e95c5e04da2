/**
 * The national annual-report format (国办公开办函〔2021〕30号) as data: every figure with its stable key,
 * its Chinese and English label, and the table it belongs to. Everything else (types, schema, parsers,
 * checks, UI) is derived from these lists so that a key is spelled in exactly one place.
 */

/** Table 3 applicant columns, in the printed order. */
export const APPLICANT_COLUMNS = [
  { index: 0, key: 'naturalPerson', zh: '自然人', en: 'Natural persons' },
  { index: 1, key: 'commercial', zh: '商业企业', en: 'Commercial enterprises' },
  { index: 2, key: 'research', zh: '科研机构', en: 'Research institutions' },
  { index: 3, key: 'publicInterest', zh: '社会公益组织', en: 'Public-interest organisations' },
  { index: 4, key: 'legalService', zh: '法律服务机构', en: 'Legal service institutions' },
  { index: 5, key: 'otherOrg', zh: '其他', en: 'Other organisations' },
  { index: 6, key: 'total', zh: '总计', en: 'Total' },
] as const;
export const APPLICANT_COLUMN_COUNT = 7;
export const TOTAL_COLUMN = 6;

export interface RowDefinition {
  /** Full key, e.g. `applications.outcomes.withheld.stateSecret`. */
  key: string;
  /** Label of the row as printed (without its group). */
  zh: string;
  en: string;
  /** Group label as printed, e.g. （三）不予公开, when the row sits under one. */
  groupZh?: string;
  groupEn?: string;
  /** True for the 21 detail rows summed by T3-RES. */
  isOutcomeDetail: boolean;
}

const detail = (key: string, zh: string, en: string, groupZh: string, groupEn: string): RowDefinition => ({
  key: `applications.outcomes.${key}`,
  zh,
  en,
  groupZh,
  groupEn,
  isOutcomeDetail: true,
});

const WITHHELD = ['（三）不予公开', 'Withheld'] as const;
const UNABLE = ['（四）无法提供', 'Unable to provide'] as const;
const NOT_PROCESSED = ['（五）不予处理', 'Not processed'] as const;
const OTHER_HANDLING = ['（六）其他处理', 'Other handling'] as const;

/** The 25 rows of table 3, in the printed order. */
export const APPLICATION_ROWS: readonly RowDefinition[] = [
  {
    key: 'applications.newReceived',
    zh: '一、本年新收政府信息公开申请数量',
    en: 'New requests received this year',
    isOutcomeDetail: false,
  },
  {
    key: 'applications.carriedOver',
    zh: '二、上年结转政府信息公开申请数量',
    en: 'Requests carried over from last year',
    isOutcomeDetail: false,
  },
  {
    key: 'applications.outcomes.disclosed',
    zh: '（一）予以公开',
    en: 'Disclosed',
    groupZh: '三、本年度办理结果',
    groupEn: 'Outcomes this year',
    isOutcomeDetail: true,
  },
  {
    key: 'applications.outcomes.partiallyDisclosed',
    zh: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    en: 'Partially disclosed',
    groupZh: '三、本年度办理结果',
    groupEn: 'Outcomes this year',
    isOutcomeDetail: true,
  },
  detail('withheld.stateSecret', '1.属于国家秘密', 'State secret', ...WITHHELD),
  detail('withheld.prohibitedByLaw', '2.其他法律行政法规禁止公开', 'Prohibited by other laws', ...WITHHELD),
  detail(
    'withheld.securityStability',
    '3.危及“三安全一稳定”',
    'Endangers security or stability',
    ...WITHHELD,
  ),
  detail('withheld.thirdPartyRights', '4.保护第三方合法权益', "Protects third parties' rights", ...WITHHELD),
  detail('withheld.internalAffairs', '5.属于三类内部事务信息', 'Internal affairs information', ...WITHHELD),
  detail('withheld.processInformation', '6.属于四类过程性信息', 'Process information', ...WITHHELD),
  detail('withheld.enforcementFiles', '7.属于行政执法案卷', 'Administrative enforcement files', ...WITHHELD),
  detail('withheld.administrativeQuery', '8.属于行政查询事项', 'Administrative query matters', ...WITHHELD),
  detail('unableToProvide.notHeld', '1.本机关不掌握相关政府信息', 'Information not held', ...UNABLE),
  detail(
    'unableToProvide.needsCreation',
    '2.没有现成信息需要另行制作',
    'Would need to be created',
    ...UNABLE,
  ),
  detail(
    'unableToProvide.unclearAfterCorrection',
    '3.补正后申请内容仍不明确',
    'Still unclear after correction',
    ...UNABLE,
  ),
  detail(
    'notProcessed.petitionOrComplaint',
    '1.信访举报投诉类申请',
    'Petitions, reports or complaints',
    ...NOT_PROCESSED,
  ),
  detail('notProcessed.duplicate', '2.重复申请', 'Duplicate requests', ...NOT_PROCESSED),
  detail('notProcessed.publication', '3.要求提供公开出版物', 'Requests for publications', ...NOT_PROCESSED),
  detail(
    'notProcessed.massRepeated',
    '4.无正当理由大量反复申请',
    'Mass repeated requests without good reason',
    ...NOT_PROCESSED,
  ),
  detail(
    'notProcessed.confirmOrReissue',
    '5.要求行政机关确认或重新出具已获取信息',
    'Asks to confirm or reissue information already obtained',
    ...NOT_PROCESSED,
  ),
  detail(
    'otherHandling.noCorrection',
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    'Applicant did not correct in time',
    ...OTHER_HANDLING,
  ),
  detail(
    'otherHandling.feeUnpaid',
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    'Applicant did not pay the fee in time',
    ...OTHER_HANDLING,
  ),
  detail('otherHandling.other', '3.其他', 'Other', ...OTHER_HANDLING),
  {
    key: 'applications.outcomes.total',
    zh: '（七）总计',
    en: 'Total handled',
    groupZh: '三、本年度办理结果',
    groupEn: 'Outcomes this year',
    isOutcomeDetail: false,
  },
  {
    key: 'applications.carriedForward',
    zh: '四、结转下年度继续办理',
    en: 'Carried forward to next year',
    isOutcomeDetail: false,
  },
];

export interface ScalarDefinition {
  key: string;
  zh: string;
  en: string;
  /** Only the 万元 fee and the rates may have decimals. */
  kind: 'count' | 'wanYuan' | 'yuan' | 'rate';
  /** Printed group / column header, for display. */
  groupZh?: string;
  groupEn?: string;
}

/** Table 2 — 主动公开政府信息情况. */
export const ACTIVE_DISCLOSURE_FIELDS: readonly ScalarDefinition[] = [
  ...(['regulations', 'normativeDocuments'] as const).flatMap((doc) =>
    (
      [
        ['issued', '本年制发件数', 'Issued this year'],
        ['repealed', '本年废止件数', 'Repealed this year'],
        ['inForce', '现行有效件数', 'In force'],
      ] as const
    ).map(([col, zh, en]): ScalarDefinition => ({
      key: `activeDisclosure.${doc}.${col}`,
      zh,
      en,
      kind: 'count',
      groupZh: doc === 'regulations' ? '规章' : '行政规范性文件',
      groupEn: doc === 'regulations' ? 'Regulations' : 'Normative documents',
    })),
  ),
  {
    key: 'activeDisclosure.licensing',
    zh: '行政许可',
    en: 'Administrative licensing decisions',
    kind: 'count',
  },
  {
    key: 'activeDisclosure.penalties',
    zh: '行政处罚',
    en: 'Administrative penalty decisions',
    kind: 'count',
  },
  {
    key: 'activeDisclosure.coercion',
    zh: '行政强制',
    en: 'Administrative coercion decisions',
    kind: 'count',
  },
  {
    key: 'activeDisclosure.feesWanYuan',
    zh: '行政事业性收费（万元）',
    en: 'Administrative fees (10,000 yuan)',
    kind: 'wanYuan',
  },
];

export const REVIEW_GROUPS = [
  { key: 'review', zh: '行政复议', en: 'Administrative reconsideration', checkId: 'T4-REV' },
  {
    key: 'litigationDirect',
    zh: '行政诉讼·未经复议直接起诉',
    en: 'Litigation without prior reconsideration',
    checkId: 'T4-LIT-D',
  },
  {
    key: 'litigationAfterReview',
    zh: '行政诉讼·复议后起诉',
    en: 'Litigation after reconsideration',
    checkId: 'T4-LIT-R',
  },
] as const;
export const REVIEW_RESULTS = [
  { key: 'upheld', zh: '结果维持', en: 'Upheld' },
  { key: 'corrected', zh: '结果纠正', en: 'Corrected' },
  { key: 'other', zh: '其他结果', en: 'Other result' },
  { key: 'pending', zh: '尚未审结', en: 'Pending' },
  { key: 'total', zh: '总计', en: 'Total' },
] as const;
export type ReviewGroupKey = (typeof REVIEW_GROUPS)[number]['key'];
export type ReviewResultKey = (typeof REVIEW_RESULTS)[number]['key'];

/** Table 4 — 15 figures, in the printed order. */
export const REVIEW_FIELDS: readonly ScalarDefinition[] = REVIEW_GROUPS.flatMap((g) =>
  REVIEW_RESULTS.map((r): ScalarDefinition => ({
    key: `reviewLitigation.${g.key}.${r.key}`,
    zh: r.zh,
    en: r.en,
    kind: 'count',
    groupZh: g.zh,
    groupEn: g.en,
  })),
);

/** Section 六 figures usually stated in prose. */
export const OTHER_FIELDS: readonly ScalarDefinition[] = [
  {
    key: 'other.processingFeesYuan',
    zh: '收取信息处理费（元）',
    en: 'Processing fees charged (yuan)',
    kind: 'yuan',
  },
  ...(
    [
      ['npc', '人大代表建议', 'NPC deputies’ suggestions'],
      ['cppcc', '政协提案', 'CPPCC proposals'],
    ] as const
  ).flatMap(([k, zh, en]) =>
    (
      [
        ['total', '合计', 'total'],
        ['lead', '主办', 'lead'],
        ['assist', '协办', 'assisting'],
      ] as const
    ).map(([c, czh, cen]): ScalarDefinition => ({
      key: `other.proposals.${k}.${c}`,
      zh: `${zh}·${czh}`,
      en: `${en}: ${cen}`,
      kind: 'count',
      groupZh: zh,
      groupEn: en,
    })),
  ),
  { key: 'other.proposals.completionRate', zh: '办结率', en: 'Completion rate', kind: 'rate' },
  { key: 'other.proposals.satisfactionRate', zh: '满意和基本满意率', en: 'Satisfaction rate', kind: 'rate' },
];

export const SCALAR_FIELDS: readonly ScalarDefinition[] = [
  ...ACTIVE_DISCLOSURE_FIELDS,
  ...REVIEW_FIELDS,
  ...OTHER_FIELDS,
];

export const SECTIONS = [
  { number: 1, numeral: '一', zh: '总体情况', en: 'Overview' },
  { number: 2, numeral: '二', zh: '主动公开政府信息情况', en: 'Proactive disclosure' },
  { number: 3, numeral: '三', zh: '收到和处理政府信息公开申请情况', en: 'Requests received and handled' },
  {
    number: 4,
    numeral: '四',
    zh: '政府信息公开行政复议、行政诉讼情况',
    en: 'Administrative reconsideration and litigation',
  },
  { number: 5, numeral: '五', zh: '存在的主要问题及改进情况', en: 'Main problems and improvements' },
  { number: 6, numeral: '六', zh: '其他需要报告的事项', en: 'Other matters' },
] as const;
