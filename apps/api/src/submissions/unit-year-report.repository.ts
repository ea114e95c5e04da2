import type { AnnualReport } from '@nianbao/report-format';
import type { EntityManager } from 'typeorm';

import { refreshFiguresSql } from '../dashboard/unit-year-figures.js';

/**
 * Recomputes the unit × year row from its submissions, inside the caller's transaction: after a new
 * version and after every review decision, so the row can never disagree with the versions.
 */
export async function refreshUnitYearReport(
  m: EntityManager,
  unitId: string,
  year: number,
  /** The submission just stored by the caller, with its report: read from here if it is the effective one. */
  stored?: { id: string; report: AnnualReport },
): Promise<void> {
  const [row]: Array<{ effective: string }> = await m.query(REFRESH_STATUS, [unitId, year]);
  if (!row) return; // no version of this unit × year
  if (REFRESH_FIGURES_FROM_PARAM && stored && stored.id === row.effective)
    await m.query(REFRESH_FIGURES_FROM_PARAM, [unitId, year, JSON.stringify(stored.report)]);
  else await m.query(REFRESH_FIGURES, [unitId, year]);
  await m.query(BUMP_GENERATIONS, [unitId]);
}

/**
 * The row's status part from the unit × year's versions, in one statement: the latest version, the first
 * (first hand-in, lateness), the latest accepted one; the effective report is the accepted one, else the
 * latest. Returns the effective submission id (no row when there is no version).
 */
const REFRESH_STATUS = `WITH v AS (
  SELECT id, version, submitted_at, is_late, review_status, error_count, warning_count, is_backfill, is_demo
  FROM submission WHERE unit_id = $1 AND year = $2
), latest AS (SELECT * FROM v ORDER BY version DESC LIMIT 1),
first AS (SELECT * FROM v ORDER BY version ASC LIMIT 1),
accepted AS (SELECT * FROM v WHERE review_status = 'accepted' ORDER BY version DESC LIMIT 1)
INSERT INTO unit_year_report (unit_id, year, latest_submission_id, latest_version, effective_submission_id,
  accepted_submission_id, status, first_submitted_at, last_submitted_at, is_late, error_count, warning_count,
  is_backfill, is_demo, updated_at)
SELECT $1, $2, l.id, l.version, COALESCE(a.id, l.id), a.id, l.review_status, f.submitted_at, l.submitted_at,
  f.is_late, COALESCE(a.error_count, l.error_count), COALESCE(a.warning_count, l.warning_count), l.is_backfill,
  l.is_demo, clock_timestamp()
FROM latest l CROSS JOIN first f LEFT JOIN accepted a ON true
ON CONFLICT (unit_id, year) DO UPDATE SET
  latest_submission_id = excluded.latest_submission_id, latest_version = excluded.latest_version,
  effective_submission_id = excluded.effective_submission_id, accepted_submission_id = excluded.accepted_submission_id,
  status = excluded.status, first_submitted_at = excluded.first_submitted_at,
  last_submitted_at = excluded.last_submitted_at, is_late = excluded.is_late, error_count = excluded.error_count,
  warning_count = excluded.warning_count, is_backfill = excluded.is_backfill, is_demo = excluded.is_demo,
  updated_at = excluded.updated_at
RETURNING effective_submission_id AS effective`;

/**
 * New generation for the unit's node, each ancestor and 'all', in the caller's transaction: a cached
 * dashboard response of any scope containing the unit stops matching when this commits. Keys in a fixed
 * order, so concurrent writers lock the rows in the same order (no deadlock).
 */
const BUMP_GENERATIONS = `INSERT INTO dashboard_generation (scope_key, generation)
SELECT k.key, nextval('dashboard_generation_seq') FROM (
  SELECT 'all' AS key
  UNION SELECT a.id FROM unit u JOIN org_node o ON o.id = u.org_node_id
    CROSS JOIN LATERAL unnest(string_to_array(trim(both '/' from o.path), '/')) AS a(id)
  WHERE u.id = $1
) k ORDER BY k.key
ON CONFLICT (scope_key) DO UPDATE SET generation = excluded.generation`;

const REFRESH_FIGURES = refreshFiguresSql('r.unit_id = $1 AND r.year = $2');
// The same with the report passed in: each figure expression reads `rep`, and over s.report every read
// de-TOASTs the stored jsonb again (~400 buffer reads, 3–4 ms per refresh; 0.25 ms from a parameter).
const REPORT_SOURCE = 'CROSS JOIN LATERAL (SELECT s.report AS rep) x';
const REFRESH_FIGURES_FROM_PARAM = REFRESH_FIGURES.includes(REPORT_SOURCE)
  ? REFRESH_FIGURES.replace(REPORT_SOURCE, 'CROSS JOIN LATERAL (SELECT $3::jsonb AS rep) x')
  : null;
