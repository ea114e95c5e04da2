import { comparisonSignature, type CompareText, type TextSignature } from '@nianbao/report-checks';
import type { AnnualReport, ReportDocument, ReportMeta } from '@nianbao/report-format';
import type { EntityManager } from 'typeorm';

import type { Unit } from '../org/unit.entity.js';

/** The narrative TX-DUP compares another unit's report by. */
export function narrativeText(n: AnnualReport['narrative'] | null | undefined): string {
  return [n?.overview, n?.problems, n?.other].filter((t): t is string => typeof t === 'string').join('\n');
}

/**
 * TX-DUP signatures of stored submissions, by submission id. A submission's report never changes once
 * stored (a correction is a new version), so an entry never goes stale; the cache only saves re-reading
 * and re-shingling a district's narratives on every submit. Bounded by the number of shingle hashes held
 * (8 bytes each): the default 1.5M ≈ 12 MB, about 800 narratives of the sample's length (10 districts
 * of 80 units) — a miss only costs reading and shingling that narrative again.
 */
export class SignatureCache {
  private readonly entries = new Map<string, TextSignature>();
  private held = 0;

  constructor(private readonly maxHashes = 1_500_000) {}

  get(submissionId: string): TextSignature | undefined {
    const s = this.entries.get(submissionId);
    if (s) {
      // most recently used last
      this.entries.delete(submissionId);
      this.entries.set(submissionId, s);
    }
    return s;
  }

  set(submissionId: string, signature: TextSignature): void {
    const size = signature.shingles.reduce((n, a) => n + a.length, 0);
    if (size > this.maxHashes) return;
    const old = this.entries.get(submissionId);
    if (old) {
      this.entries.delete(submissionId);
      this.held -= old.shingles.reduce((n, a) => n + a.length, 0);
    }
    this.entries.set(submissionId, signature);
    this.held += size;
    for (const [id, s] of this.entries) {
      if (this.held <= this.maxHashes) break;
      this.entries.delete(id);
      this.held -= s.shingles.reduce((n, a) => n + a.length, 0);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

export const narrativeSignatures = new SignatureCache();

/**
 * What the checks need beyond the report: the unit's previous-year effective report (cross-year checks,
 * TX-DUP) and, to keep TX-DUP cheap, only the narratives of the same year's other units under the same
 * org node — as signatures kept by submission id, so a submit reads only the narratives it has not
 * shingled before. Pass the transaction's manager.
 */
export async function loadCheckContext(
  m: EntityManager,
  unit: Pick<Unit, 'id' | 'orgNodeId'>,
  year: number,
  cache: SignatureCache = narrativeSignatures,
): Promise<{ previous: ReportDocument | null; compareTexts: CompareText[] }> {
  const rows: Array<{
    id: string;
    name: string;
    own: boolean;
    report: AnnualReport | null;
    meta: ReportMeta | null;
  }> = await m.query(
    `SELECT * FROM (
       SELECT s.id, NULL::text AS name, true AS own, s.report, s.meta, NULL::text AS code
         FROM unit_year_report r JOIN submission s ON s.id = r.effective_submission_id
        WHERE r.unit_id = $1 AND r.year = $2
       UNION ALL
       SELECT r.effective_submission_id, u.name, false, NULL, NULL, u.code
         FROM unit_year_report r JOIN unit u ON u.id = r.unit_id
        WHERE r.year = $3 AND u.org_node_id = $4 AND r.unit_id <> $1 AND r.effective_submission_id IS NOT NULL
     ) x ORDER BY own DESC, code`,
    [unit.id, year - 1, year, unit.orgNodeId],
  );
  const previousRow = rows.find((r) => r.own && r.report);
  const previous = previousRow ? { report: previousRow.report!, meta: previousRow.meta! } : null;
  const others = rows.filter((r) => !r.own);

  const missing = others.filter((o) => !cache.get(o.id)).map((o) => o.id);
  if (missing.length) {
    const texts: Array<{ id: string; narrative: AnnualReport['narrative'] | null }> = await m.query(
      `SELECT s.id, s.report -> 'narrative' AS narrative FROM submission s WHERE s.id = ANY($1::uuid[])`,
      [missing],
    );
    for (const t of texts) cache.set(t.id, comparisonSignature(narrativeText(t.narrative)));
  }

  const compareTexts: CompareText[] = [];
  if (previousRow && previous) {
    const text = narrativeText(previous.report.narrative);
    let signature = cache.get(previousRow.id);
    if (!signature) {
      signature = comparisonSignature(text);
      cache.set(previousRow.id, signature);
    }
    compareTexts.push({ kind: 'previousYear', label: `本单位${year - 1}年度报告`, text, signature });
  }
  for (const o of others) {
    // Evicted between the read and now (a tiny cache): the text is read again for this one.
    let signature = cache.get(o.id);
    if (!signature) {
      const [t]: Array<{ narrative: AnnualReport['narrative'] | null }> = await m.query(
        `SELECT s.report -> 'narrative' AS narrative FROM submission s WHERE s.id = $1`,
        [o.id],
      );
      signature = comparisonSignature(narrativeText(t?.narrative));
    }
    // TX-DUP reads only the signature; the text stays empty rather than being fetched for nothing.
    compareTexts.push({ kind: 'sameYearOtherUnit', label: `${o.name}${year}年度报告`, text: '', signature });
  }
  return { previous, compareTexts };
}
