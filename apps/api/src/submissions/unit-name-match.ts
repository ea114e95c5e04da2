// Unit names in published reports carry their government's prefix inconsistently: 「武汉市硚口区企业服务中心」,
// 「硚口区企业服务中心」, 「区企业服务中心」 name the same unit. Matching strips those prefixes, then compares
// character bigrams (Dice coefficient), which tolerates 「区发展和改革局」 vs 「区发改局」 far better than equality.

// A province and a city are only stripped when a district follows (「武汉市硚口区…」), so that
// 「市场监督管理局」 keeps its 市.
const CITY_PREFIX = /^(?:[\u4e00-\u9fff]{2,3}省)?[\u4e00-\u9fff]{2,4}?市(?=[\u4e00-\u9fff]{1,4}[区县])/u;
const DISTRICT_PREFIX = /^[\u4e00-\u9fff]{1,3}[区县](?=[\u4e00-\u9fff]{2,})/u;
// Words that say nothing about which unit it is.
const NOISE =
  /(?:人民政府|政府信息公开工作年度报告|政府信息公开|工作年度报告|年度报告|\d{4}年度?|[（）()《》〈〉「」“”"'\s·、，,.。:：\-—_])/gu;

/** Strips city / district prefixes and noise words: 「武汉市硚口区企业服务中心」 → 「企业服务中心」. */
export function normaliseUnitName(name: string): string {
  let s = name.normalize('NFKC').replace(NOISE, '');
  const withoutCity = s.replace(CITY_PREFIX, '');
  if (withoutCity.length >= 2) s = withoutCity;
  // 「区发改局」 (district named only by 区) and 「硚口区发改局」 both lose their district part.
  if (s.startsWith('区') && s.length > 2) s = s.slice(1);
  else {
    const withoutDistrict = s.replace(DISTRICT_PREFIX, '');
    if (withoutDistrict.length >= 2) s = withoutDistrict;
  }
  return s;
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  const chars = Array.from(s);
  if (chars.length === 1) out.set(chars[0], 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient of character bigrams of the normalised names, 0..1 (1 = same unit name). */
export function unitNameSimilarity(a: string, b: string): number {
  const na = normaliseUnitName(a);
  const nb = normaliseUnitName(b);
  if (!na || !nb) return 0;
  if (na === nb) return 1;
  const ga = bigrams(na);
  const gb = bigrams(nb);
  let common = 0;
  let total = 0;
  for (const [g, n] of ga) {
    common += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  const dice = total === 0 ? 0 : (2 * common) / total;
  // One name containing the other (「发改局」 in 「区发改局办公室」) is a strong hint even when short.
  const contained = na.includes(nb) || nb.includes(na) ? 0.85 : 0;
  return Math.max(dice, contained);
}

/** Below this, a report's stated unit name is taken to name a different unit (UNIT_MISMATCH). */
export const UNIT_MISMATCH_THRESHOLD = 0.4;
/** At or above this, with a clear lead over the runner-up, a backfill item is matched without doubt. */
export const UNIT_MATCH_THRESHOLD = 0.75;
export const UNIT_MATCH_MIN_LEAD = 0.1;

export interface UnitCandidate {
  unitId: string;
  unitName: string;
  score: number;
}

/** The best `limit` units for a stated name, highest score first (ties by name for stable output). */
export function rankUnitCandidates(
  statedName: string,
  units: ReadonlyArray<{ id: string; name: string }>,
  limit = 3,
): UnitCandidate[] {
  return units
    .map((u) => ({
      unitId: u.id,
      unitName: u.name,
      score: Math.round(unitNameSimilarity(statedName, u.name) * 1000) / 1000,
    }))
    .filter((c) => c.score > 0)
    .sort((x, y) => y.score - x.score || x.unitName.localeCompare(y.unitName, 'zh'))
    .slice(0, limit);
}

/** True when the top candidate is good enough and clearly ahead of the second. */
export function isConfidentMatch(candidates: readonly UnitCandidate[]): boolean {
  const [first, second] = candidates;
  if (!first || first.score < UNIT_MATCH_THRESHOLD) return false;
  return !second || first.score - second.score >= UNIT_MATCH_MIN_LEAD;
}
