import { normalizeLabel } from './normalize.js';

export type OutcomeGroup = 'withheld' | 'unableToProvide' | 'notProcessed' | 'otherHandling' | null;

/** Which row of table 3 a label names. `legacyOtherHandling` is the pre-2021 single （六）其他处理 row. */
export type Table3Match = { key: string } | { key: 'legacyOtherHandling' } | null;

const A = 'applications.';
const O = 'applications.outcomes.';

// Distinctive phrases, most specific first. Each is matched on the normalised label (see normalize.ts);
// known typos and abbreviations seen in published reports are listed beside the printed wording.
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/本年(度)?新收|新收(到)?(政府信息公开)?申请/, `${A}newReceived`],
  [/上年(度)?结转/, `${A}carriedOver`],
  [/结转下(一)?年度|结转至下年|转下年度继续办理/, `${A}carriedForward`],
  [/部分公开/, `${O}partiallyDisclosed`],
  [/予以公开/, `${O}disclosed`],
  [/国家秘密/, `${O}withheld.stateSecret`],
  [/法律行政法规禁止|法律法规禁止公开|其他法律.{0,4}禁止/, `${O}withheld.prohibitedByLaw`],
  [/三安全一稳定|危及/, `${O}withheld.securityStability`],
  [/第三方合法权益|第三方/, `${O}withheld.thirdPartyRights`],
  [/内部事务/, `${O}withheld.internalAffairs`],
  [/过程性信息/, `${O}withheld.processInformation`],
  [/行政执法案卷|执法案卷/, `${O}withheld.enforcementFiles`],
  [/行政查询事项|查询事项/, `${O}withheld.administrativeQuery`],
  [/不掌握/, `${O}unableToProvide.notHeld`],
  [/另行制作|没有现成信息/, `${O}unableToProvide.needsCreation`],
  [/仍不明确|补正后/, `${O}unableToProvide.unclearAfterCorrection`],
  [/信访|举报投诉/, `${O}notProcessed.petitionOrComplaint`],
  [/重复申请/, `${O}notProcessed.duplicate`],
  [/公开出版物|出版物/, `${O}notProcessed.publication`],
  [/大量反复/, `${O}notProcessed.massRepeated`],
  [/确认或重新出具|重新出具/, `${O}notProcessed.confirmOrReissue`],
  [/逾期不补正|不补正/, `${O}otherHandling.noCorrection`],
  [/缴纳费用|收费通知|未缴费|逾期未.{0,6}缴/, `${O}otherHandling.feeUnpaid`],
];

const GROUP_PHRASES: ReadonlyArray<[RegExp, Exclude<OutcomeGroup, null>]> = [
  [/不予公开/, 'withheld'],
  [/无法提供/, 'unableToProvide'],
  [/不予处理/, 'notProcessed'],
  [/其他处理|^\(六\)其他$/, 'otherHandling'],
];

/** The outcome group a label opens, if any (used as context for rows such as 「3.其他」). */
export function groupOf(label: string): OutcomeGroup {
  const n = normalizeLabel(label);
  const cached = groupCache.get(n);
  if (cached !== undefined) return cached;
  if (groupCache.size > 20_000) groupCache.clear();
  const group = groupOfNormalized(n);
  groupCache.set(n, group);
  return group;
}

const groupCache = new Map<string, OutcomeGroup>();

function groupOfNormalized(n: string): OutcomeGroup {
  let found: OutcomeGroup = null;
  let at = -1;
  for (const [re, group] of GROUP_PHRASES) {
    const m = re.exec(n);
    if (m && m.index > at) {
      found = group;
      at = m.index;
    }
  }
  return found;
}

// Normalised label → the row key its distinctive phrase names (null: none); labels recur in every report.
const phraseCache = new Map<string, string | null>();

/** Matches a table 3 row label. `group` is the outcome group of the rows above (vertical merges). */
export function matchTable3Row(label: string, group: OutcomeGroup): Table3Match {
  const n = normalizeLabel(label);
  if (n === '') return null;
  let phraseKey = phraseCache.get(n);
  if (phraseKey === undefined) {
    if (phraseCache.size > 20_000) phraseCache.clear();
    phraseKey = PHRASES.find(([re]) => re.test(n))?.[1] ?? null;
    phraseCache.set(n, phraseKey);
  }
  if (phraseKey !== null) return { key: phraseKey };
  if (/总计$|合计$/.test(n) && !/申请人情况/.test(n)) return { key: `${O}total` };
  const ownGroup = groupOf(n) ?? group;
  if (/(^|\D)3\.其他$|^其他$/.test(n) && ownGroup === 'otherHandling')
    return { key: `${O}otherHandling.other` };
  // Pre-2021 layout: （六）其他处理 is a single row without the three sub-rows.
  if (/其他处理$/.test(n)) return { key: 'legacyOtherHandling' };
  return null;
}
