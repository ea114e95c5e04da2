import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { METRICS, type MetricDefinition } from '@nianbao/contracts';
import {
  ACTIVE_DISCLOSURE_FIELDS,
  APPLICATION_ROWS,
  REVIEW_FIELDS,
  SCALAR_FIELDS,
} from '@nianbao/report-format';
import { DataSource } from 'typeorm';

import type { UnitKind } from '../org/unit.entity.js';
import type { ReviewStatus } from '../submissions/submission.entity.js';

// All dashboard aggregation, in SQL over unit_year_report (one row per unit × year, figures of the
// effective submission as plain columns). `pattern` is the org subtree as a LIKE prefix ('/a/b/%'),
// or null for everything; it matches the (year, org_path text_pattern_ops) index.

/** A unit's value of a metric (alias r = unit_year_report). */
export function unitValueSql(m: MetricDefinition): string {
  if (!m.denominatorSql) return `(${m.numeratorSql})::double precision`;
  return `((${m.numeratorSql})::double precision / NULLIF(${m.denominatorSql}, 0))`;
}

/** A group's value: sums, or the ratio of sums over the rows where both parts are stated. */
export function pooledValueSql(m: MetricDefinition): string {
  if (!m.denominatorSql) return `SUM(${m.numeratorSql})::double precision`;
  const num = `(${m.numeratorSql})`;
  const den = `(${m.denominatorSql})`;
  return `(SUM(CASE WHEN ${den} IS NOT NULL THEN ${num} END)::double precision / NULLIF(SUM(CASE WHEN ${num} IS NOT NULL THEN ${den} END), 0))`;
}

const metric = (key: string): MetricDefinition => {
  const m = METRICS.find((x) => x.key === key);
  if (!m) throw new Error(`unknown metric ${key}`);
  return m;
};

// Units that must report for year $1: active, and the year within their reporting years.
const EXPECTED = `u.is_active AND u.reports_from_year <= $1 AND (u.reports_until_year IS NULL OR u.reports_until_year >= $1)`;
const IN_NODE = `($2::text IS NULL OR o.path LIKE $2)`;
const IN_SCOPE = `($2::text IS NULL OR r.org_path LIKE $2)`;
/** Expected units (u) × their report row of the year (r), counted by status: statusCounts and completenessByChild. */
const STATUS_COUNTS = `COUNT(*) AS expected, COUNT(r.unit_id) AS submitted,
  COUNT(*) FILTER (WHERE r.unit_id IS NOT NULL AND NOT r.is_late) AS on_time,
  COUNT(*) FILTER (WHERE r.is_late) AS late, COUNT(*) FILTER (WHERE r.unit_id IS NULL) AS missing,
  COUNT(*) FILTER (WHERE r.status = 'returned') AS returned, COUNT(*) FILTER (WHERE r.status = 'accepted') AS accepted,
  COUNT(*) FILTER (WHERE r.status = 'pending') AS pending, COUNT(*) FILTER (WHERE r.error_count > 0) AS failing,
  COUNT(*) FILTER (WHERE r.has_copy_flag) AS copy`;

export interface StatusCounts {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  missing: number;
  returned: number;
  accepted: number;
  pending: number;
  failing: number;
  copy: number;
  isDemo: boolean;
}

export type MetricValues = Record<string, number | null>;

export interface UnitFiguresRow {
  unitId: string;
  unitName: string;
  requests: number | null;
  disclosed: number | null;
  partiallyDisclosed: number | null;
  withheld: number | null;
  unableToProvide: number | null;
  notProcessed: number | null;
  otherHandling: number | null;
}

export interface TrendRow {
  year: number;
  expected: number;
  submitted: number;
  figures: MetricValues;
}

export interface IndicatorValueRow {
  id: string;
  name: string;
  kind: UnitKind | null;
  year: number | null;
  value: number | null;
}

export interface YearStat {
  year: number;
  median: number | null;
  total: number | null;
}

export interface CompletenessDbRow {
  unitId: string;
  unitName: string;
  unitKind: UnitKind;
  orgNodeId: string;
  orgNodeName: string;
  contactPerson: string | null;
  contactPhone: string | null;
  deadline: string;
  status: ReviewStatus | null;
  latestVersion: number | null;
  latestSubmissionId: string | null;
  firstSubmittedAt: Date | null;
  isLate: boolean | null;
  errorCount: number | null;
  warningCount: number | null;
  hasCopyFlag: boolean | null;
}

/** Counts of one child node's expected units that share one deadline. */
export interface CompletenessByChildDbRow extends Omit<StatusCounts, 'isDemo'> {
  orgNodeId: string;
  orgNodeName: string;
  deadline: string;
}

export interface ProposalsDbRow {
  unitId: string;
  unitName: string;
  figures: MetricValues;
}

export interface HistoryDbRow {
  year: number;
  status: ReviewStatus | null;
  isLate: boolean | null;
  errorCount: number | null;
  hasCopyFlag: boolean | null;
  submissionId: string | null;
  version: number | null;
  metrics: MetricValues;
}

export interface RollupCellRow {
  key: string;
  col: number | null;
  value: number | null;
}

export interface OrgNodeRow {
  id: string;
  parentId: string | null;
  name: string;
  level: 'province' | 'city' | 'district' | 'other';
  path: string;
  unitCount: number;
}

/** percentile_cont(0.5): the mean of the two middle values for an even count. */
export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = (s.length - 1) / 2;
  return (s[Math.floor(mid)] + s[Math.ceil(mid)]) / 2;
}

/** A literal LIKE prefix (paths are ids and slashes, but never trust that). */
/** The STATUS_COUNTS columns of a result row. */
function statusCountsOf(row: Record<string, unknown>): Omit<StatusCounts, 'isDemo'> {
  return {
    expected: i(row.expected),
    submitted: i(row.submitted),
    onTime: i(row.on_time),
    late: i(row.late),
    missing: i(row.missing),
    returned: i(row.returned),
    accepted: i(row.accepted),
    pending: i(row.pending),
    failing: i(row.failing),
    copy: i(row.copy),
  };
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const n = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const i = (v: unknown): number => Number(v ?? 0);

const PROPOSAL_KEYS = [
  'npcTotal',
  'npcLead',
  'npcAssist',
  'cppccTotal',
  'cppccLead',
  'cppccAssist',
  'completionRate',
  'satisfactionRate',
] as const;
const APPLICANT_KEYS = [
  'requestsNaturalPerson',
  'requestsCommercial',
  'requestsResearch',
  'requestsPublicInterest',
  'requestsLegalService',
  'requestsOtherOrg',
] as const;
const OVERVIEW_KEYS = [
  'requests',
  'disclosureRate',
  'reviews',
  'lawsuits',
  ...PROPOSAL_KEYS,
  ...APPLICANT_KEYS,
];
const TREND_KEYS = ['requests', 'disclosureRate', 'reviews', 'lawsuits'];
const UNIT_FIGURE_KEYS = [
  'requests',
  'disclosed',
  'partiallyDisclosed',
  'withheld',
  'unableToProvide',
  'notProcessed',
  'otherHandling',
];

function pooledSelect(keys: readonly string[]): string {
  return keys.map((k) => `${pooledValueSql(metric(k))} AS "${k}"`).join(',\n  ');
}
function unitSelect(keys: readonly string[]): string {
  return keys.map((k) => `${unitValueSql(metric(k))} AS "${k}"`).join(',\n  ');
}
function pickMetrics(row: Record<string, unknown>, keys: readonly string[]): MetricValues {
  return Object.fromEntries(keys.map((k) => [k, n(row[k])]));
}

/** Table 2/4 single figures and the section 六 counts that add up (rates are pooled separately). */
const ROLLUP_SCALAR_KEYS = SCALAR_FIELDS.filter((f) => f.kind !== 'rate').map((f) => f.key);
const ROLLUP_ROW_KEYS = APPLICATION_ROWS.map((r) => r.key);
/** The cells of tables 2, 3 and 4 whose absence makes a roll-up incomplete. */
const TABLE_SCALAR_KEYS = [...ACTIVE_DISCLOSURE_FIELDS, ...REVIEW_FIELDS].map((f) => f.key);

@Injectable()
export class DashboardRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** The latest reporting period, else the latest year reported, else null. */
  async latestYear(): Promise<number | null> {
    const [row]: Array<{ year: number | null }> = await this.ds.query(
      `SELECT COALESCE((SELECT MAX(year) FROM reporting_period), (SELECT MAX(year) FROM unit_year_report)) AS year`,
    );
    return row?.year ?? null;
  }

  async years(pattern: string | null): Promise<number[]> {
    const rows: Array<{ year: number }> = await this.ds.query(
      `SELECT year FROM reporting_period
       UNION SELECT DISTINCT r.year FROM unit_year_report r WHERE ($1::text IS NULL OR r.org_path LIKE $1)
       ORDER BY year`,
      [pattern],
    );
    return rows.map((r) => r.year);
  }

  /** Expected units × their unit_year_report row, counted. */
  async statusCounts(year: number, pattern: string | null): Promise<StatusCounts> {
    const [row]: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT ${STATUS_COUNTS},
         COALESCE(bool_or(r.is_demo OR u.is_demo), false) AS is_demo
       FROM unit u
       JOIN org_node o ON o.id = u.org_node_id
       LEFT JOIN unit_year_report r ON r.unit_id = u.id AND r.year = $1
       WHERE ${EXPECTED} AND ${IN_NODE}`,
      [year, pattern],
    );
    return { ...statusCountsOf(row), isDemo: row.is_demo === true };
  }

  /** Pooled figures of the overview (requests, rates, proposals, applicant mix) for one year. */
  async overviewFigures(year: number, pattern: string | null): Promise<MetricValues> {
    const [row]: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT ${pooledSelect(OVERVIEW_KEYS)} FROM unit_year_report r WHERE r.year = $1 AND ${IN_SCOPE}`,
      [year, pattern],
    );
    return pickMetrics(row, OVERVIEW_KEYS);
  }

  /** Per unit with a report: requests and outcome groups; requests descending, unstated last. */
  async unitFigures(year: number, pattern: string | null): Promise<UnitFiguresRow[]> {
    const keys = [
      'requests',
      'disclosed',
      'partiallyDisclosed',
      'withheld',
      'unableToProvide',
      'notProcessed',
      'otherHandling',
    ];
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT u.id AS "unitId", u.name AS "unitName", ${unitSelect(keys)}
       FROM unit_year_report r JOIN unit u ON u.id = r.unit_id
       WHERE r.year = $1 AND ${IN_SCOPE}
       ORDER BY r.new_received_6 DESC NULLS LAST, u.code`,
      [year, pattern],
    );
    return rows.map((r) => ({
      unitId: String(r.unitId),
      unitName: String(r.unitName),
      requests: n(r.requests),
      disclosed: n(r.disclosed),
      partiallyDisclosed: n(r.partiallyDisclosed),
      withheld: n(r.withheld),
      unableToProvide: n(r.unableToProvide),
      notProcessed: n(r.notProcessed),
      otherHandling: n(r.otherHandling),
    }));
  }

  /**
   * unitFigures pooled per child node of the scope (`prefix` = the scope node's path, '/' for the roots):
   * the views above district level, one row per district/city instead of thousands of units. Units
   * attached to the scope node itself form one row under the node's own id (`self`).
   */
  async childFigures(
    year: number,
    prefix: string,
    self: { id: string | null; name: string },
  ): Promise<UnitFiguresRow[]> {
    const rows = await this.pooledByChild(UNIT_FIGURE_KEYS, '3 DESC NULLS LAST', year, prefix, self);
    return rows.map((r) => ({
      unitId: String(r.unitId),
      unitName: String(r.unitName),
      ...(pickMetrics(r, UNIT_FIGURE_KEYS) as Omit<UnitFiguresRow, 'unitId' | 'unitName'>),
    }));
  }

  /** proposalsByUnit pooled per child node (see childFigures). */
  async proposalsByChild(
    year: number,
    prefix: string,
    self: { id: string | null; name: string },
  ): Promise<ProposalsDbRow[]> {
    const order = 'COALESCE(SUM(r.npc_total), 0) + COALESCE(SUM(r.cppcc_total), 0) DESC';
    const rows = await this.pooledByChild(PROPOSAL_KEYS, order, year, prefix, self);
    return rows.map((r) => ({
      unitId: String(r.unitId),
      unitName: String(r.unitName),
      figures: pickMetrics(r, PROPOSAL_KEYS),
    }));
  }

  /** The given figure columns summed per child node of `prefix` (see childFigures); rows without a node dropped. */
  private async pooledByChild(
    keys: readonly string[],
    orderBy: string,
    year: number,
    prefix: string,
    self: { id: string | null; name: string },
  ): Promise<Array<Record<string, unknown>>> {
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT COALESCE(c.id::text, $3::text) AS "unitId", COALESCE(c.name, $4::text) AS "unitName", ${pooledSelect(keys)}
       FROM unit_year_report r
       LEFT JOIN org_node c ON c.id::text = split_part(substr(r.org_path, length($2::text) + 1), '/', 1)
       WHERE r.year = $1 AND r.org_path LIKE $5
       GROUP BY 1, 2, c.code
       ORDER BY ${orderBy}, c.code`,
      [year, prefix, self.id, self.name, `${likeEscape(prefix)}%`],
    );
    return rows.filter((r) => r.unitId !== null);
  }

  /** Every year with a period or a report: expected / submitted and pooled figures. */
  async trend(pattern: string | null): Promise<TrendRow[]> {
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `WITH years AS (
         SELECT year FROM reporting_period
         UNION SELECT DISTINCT r.year FROM unit_year_report r WHERE ($1::text IS NULL OR r.org_path LIKE $1)
       ),
       grid AS (
         SELECT y.year, COUNT(u.id) AS expected, COUNT(r.unit_id) AS submitted
         FROM years y
         JOIN unit u ON u.is_active AND u.reports_from_year <= y.year AND (u.reports_until_year IS NULL OR u.reports_until_year >= y.year)
         JOIN org_node o ON o.id = u.org_node_id AND ($1::text IS NULL OR o.path LIKE $1)
         LEFT JOIN unit_year_report r ON r.unit_id = u.id AND r.year = y.year
         GROUP BY y.year
       ),
       figures AS (
         SELECT r.year, ${pooledSelect(TREND_KEYS)}
         FROM unit_year_report r WHERE ($1::text IS NULL OR r.org_path LIKE $1)
         GROUP BY r.year
       )
       SELECT y.year, COALESCE(g.expected, 0) AS expected, COALESCE(g.submitted, 0) AS submitted, ${TREND_KEYS.map((k) => `f."${k}"`).join(', ')}
       FROM years y LEFT JOIN grid g ON g.year = y.year LEFT JOIN figures f ON f.year = y.year
       ORDER BY y.year`,
      [pattern],
    );
    return rows.map((r) => ({
      figures: pickMetrics(r, TREND_KEYS),
      year: Number(r.year),
      expected: i(r.expected),
      submitted: i(r.submitted),
    }));
  }

  /**
   * A metric per unit and year over [fromYear, toYear]: every unit in the subtree that reported in the
   * range or had to (value null when it did not report).
   */
  async indicatorByUnit(
    m: MetricDefinition,
    fromYear: number,
    toYear: number,
    pattern: string | null,
  ): Promise<IndicatorValueRow[]> {
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT u.id, u.name, u.kind, r.year, ${unitValueSql(m)} AS value
       FROM unit u
       JOIN org_node o ON o.id = u.org_node_id
       LEFT JOIN unit_year_report r ON r.unit_id = u.id AND r.year BETWEEN $1 AND $3
       WHERE ($2::text IS NULL OR o.path LIKE $2)
         AND (r.unit_id IS NOT NULL
              OR (u.is_active AND u.reports_from_year <= $3 AND (u.reports_until_year IS NULL OR u.reports_until_year >= $1)))
       ORDER BY u.code, r.year`,
      [fromYear, pattern, toYear],
    );
    return rows.map((r) => ({
      id: String(r.id),
      name: String(r.name),
      kind: r.kind as UnitKind,
      year: r.year === null ? null : Number(r.year),
      value: n(r.value),
    }));
  }

  /** Median of the unit values and the pooled value, per year. */
  async indicatorStatsByUnit(
    m: MetricDefinition,
    fromYear: number,
    toYear: number,
    pattern: string | null,
  ): Promise<YearStat[]> {
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT r.year,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY ${unitValueSql(m)}) AS median,
         ${pooledValueSql(m)} AS total
       FROM unit_year_report r
       WHERE r.year BETWEEN $1 AND $3 AND ${IN_SCOPE}
       GROUP BY r.year ORDER BY r.year`,
      [fromYear, pattern, toYear],
    );
    return rows.map((r) => ({ year: Number(r.year), median: n(r.median), total: n(r.total) }));
  }

  /**
   * A metric pooled per child node of `parentId` (null: the roots) and year, with the median across
   * children. The child of a row is the path segment after the parent's path: one scan of the subtree's
   * rows grouped by it (an index range on org_path), not a join on a per-child LIKE pattern.
   */
  async indicatorByChildNode(
    m: MetricDefinition,
    fromYear: number,
    toYear: number,
    parentId: string | null,
    parentPath: string | null,
  ): Promise<{ rows: IndicatorValueRow[]; stats: YearStat[] }> {
    const prefix = parentPath ?? '/';
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `WITH children AS (
         SELECT c.id, c.name, c.code FROM org_node c WHERE c.parent_id IS NOT DISTINCT FROM $3::uuid
       ),
       pooled AS (
         SELECT split_part(substr(r.org_path, length($4::text) + 1), '/', 1) AS child, r.year, ${pooledValueSql(m)} AS value
         FROM unit_year_report r
         WHERE r.org_path LIKE $5 AND r.year BETWEEN $1 AND $2
         GROUP BY 1, 2
       )
       SELECT c.id, c.name, p.year, p.value FROM children c LEFT JOIN pooled p ON p.child = c.id::text
       ORDER BY c.code, p.year`,
      [fromYear, toYear, parentId, prefix, `${likeEscape(prefix)}%`],
    );
    const byYear = new Map<number, number[]>();
    for (const r of rows) {
      if (r.year === null || r.value === null) continue;
      const list = byYear.get(Number(r.year)) ?? [];
      list.push(Number(r.value));
      byYear.set(Number(r.year), list);
    }
    return {
      rows: rows.map((r) => ({
        id: String(r.id),
        name: String(r.name),
        kind: null,
        year: r.year === null ? null : Number(r.year),
        value: n(r.value),
      })),
      stats: [...byYear.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([year, values]) => ({ year, median: median(values), total: null })),
    };
  }

  /** The pooled value over the whole subtree per year (for groupBy=orgNode totals). */
  async pooledByYear(
    m: MetricDefinition,
    fromYear: number,
    toYear: number,
    pattern: string | null,
  ): Promise<Map<number, number | null>> {
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT r.year, ${pooledValueSql(m)} AS value FROM unit_year_report r
       WHERE r.year BETWEEN $1 AND $3 AND ${IN_SCOPE} GROUP BY r.year`,
      [fromYear, pattern, toYear],
    );
    return new Map(rows.map((r) => [Number(r.year), n(r.value)]));
  }

  /** Every expected unit of the year with its report row (if any) and its deadline. */
  async completeness(year: number, pattern: string | null): Promise<CompletenessDbRow[]> {
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT u.id AS "unitId", u.name AS "unitName", u.kind AS "unitKind", o.id AS "orgNodeId", o.name AS "orgNodeName",
         u.contact_person AS "contactPerson", u.contact_phone AS "contactPhone",
         COALESCE(p.internal_deadlines ->> u.kind, p.statutory_deadline::text, ($1 + 1)::text || '-01-31') AS deadline,
         r.status, r.latest_version AS "latestVersion", r.latest_submission_id AS "latestSubmissionId",
         r.first_submitted_at AS "firstSubmittedAt", r.is_late AS "isLate", r.error_count AS "errorCount",
         r.warning_count AS "warningCount", r.has_copy_flag AS "hasCopyFlag"
       FROM unit u
       JOIN org_node o ON o.id = u.org_node_id
       LEFT JOIN reporting_period p ON p.year = $1
       LEFT JOIN unit_year_report r ON r.unit_id = u.id AND r.year = $1
       WHERE ${EXPECTED} AND ${IN_NODE}
       ORDER BY u.code`,
      [year, pattern],
    );
    return rows as unknown as CompletenessDbRow[];
  }

  /**
   * completeness() counted per child node of `prefix` (see childFigures) and deadline (deadlines differ
   * by unit kind; the caller decides which are overdue): the completeness view above district level.
   */
  async completenessByChild(
    year: number,
    prefix: string,
    self: { id: string | null; name: string },
  ): Promise<CompletenessByChildDbRow[]> {
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT COALESCE(c.id::text, $3::text) AS "orgNodeId", COALESCE(c.name, $4::text) AS "orgNodeName",
         COALESCE(p.internal_deadlines ->> u.kind, p.statutory_deadline::text, ($1 + 1)::text || '-01-31') AS deadline,
         ${STATUS_COUNTS}
       FROM unit u
       JOIN org_node o ON o.id = u.org_node_id
       LEFT JOIN org_node c ON c.id::text = split_part(substr(o.path, length($2::text) + 1), '/', 1)
       LEFT JOIN reporting_period p ON p.year = $1
       LEFT JOIN unit_year_report r ON r.unit_id = u.id AND r.year = $1
       WHERE ${EXPECTED} AND o.path LIKE $5
       GROUP BY 1, 2, 3, c.code
       ORDER BY c.code NULLS FIRST, 3`,
      [year, prefix, self.id, self.name, `${likeEscape(prefix)}%`],
    );
    return rows
      .filter((r) => r.orgNodeId !== null)
      .map((r) => ({
        orgNodeId: String(r.orgNodeId),
        orgNodeName: String(r.orgNodeName),
        deadline: String(r.deadline),
        ...statusCountsOf(r),
      }));
  }

  async statutoryDeadline(year: number): Promise<string | null> {
    const [row]: Array<{ d: string }> = await this.ds.query(
      `SELECT statutory_deadline::text AS d FROM reporting_period WHERE year = $1`,
      [year],
    );
    return row?.d ?? null;
  }

  /** Proposal figures per unit with a report, the rates as stated; most proposals first. */
  async proposalsByUnit(year: number, pattern: string | null): Promise<ProposalsDbRow[]> {
    const counts = PROPOSAL_KEYS.filter((k) => !k.endsWith('Rate'));
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT u.id AS "unitId", u.name AS "unitName", ${unitSelect(counts)},
         r.completion_rate AS "completionRate", r.satisfaction_rate AS "satisfactionRate"
       FROM unit_year_report r JOIN unit u ON u.id = r.unit_id
       WHERE r.year = $1 AND ${IN_SCOPE}
       ORDER BY (COALESCE(r.npc_total, 0) + COALESCE(r.cppcc_total, 0)) DESC, u.code`,
      [year, pattern],
    );
    return rows.map((r) => ({
      unitId: String(r.unitId),
      unitName: String(r.unitName),
      figures: pickMetrics(r, PROPOSAL_KEYS),
    }));
  }

  async proposalTotals(year: number, pattern: string | null): Promise<MetricValues> {
    const [row]: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT ${pooledSelect(PROPOSAL_KEYS)} FROM unit_year_report r WHERE r.year = $1 AND ${IN_SCOPE}`,
      [year, pattern],
    );
    return pickMetrics(row, PROPOSAL_KEYS);
  }

  /** Every year the unit had to or did report, with every catalogue metric. */
  async history(
    unitId: string,
    fromYear: number,
    untilYear: number | null,
    isActive: boolean,
  ): Promise<HistoryDbRow[]> {
    const keys = METRICS.map((m) => m.key);
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `WITH years AS (
         SELECT year FROM reporting_period WHERE $4 AND year >= $2 AND ($3::int IS NULL OR year <= $3)
         UNION SELECT year FROM unit_year_report WHERE unit_id = $1
       )
       SELECT y.year, r.status, r.is_late AS "isLate", r.error_count AS "errorCount", r.has_copy_flag AS "hasCopyFlag",
         r.effective_submission_id AS "submissionId", r.latest_version AS version,
         ${METRICS.map((m) => `${unitValueSql(m)} AS "m_${m.key}"`).join(',\n         ')}
       FROM years y LEFT JOIN unit_year_report r ON r.unit_id = $1 AND r.year = y.year
       ORDER BY y.year`,
      [unitId, fromYear, untilYear, isActive],
    );
    return rows.map((r) => ({
      year: Number(r.year),
      status: (r.status as ReviewStatus | null) ?? null,
      isLate: r.isLate as boolean | null,
      errorCount: r.errorCount === null ? null : Number(r.errorCount),
      hasCopyFlag: r.hasCopyFlag as boolean | null,
      submissionId: (r.submissionId as string | null) ?? null,
      version: r.version === null ? null : Number(r.version),
      metrics: Object.fromEntries(keys.map((k) => [k, n(r[`m_${k}`])])),
    }));
  }

  /** Sums of every table cell over the effective reports, from effective_report jsonb. */
  async rollupCells(year: number, pattern: string | null): Promise<RollupCellRow[]> {
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT k.key, (e.ord - 1)::int AS col,
         SUM(CASE WHEN jsonb_typeof(e.v) = 'number' THEN (e.v)::numeric END)::double precision AS value
       FROM unit_year_report r
       CROSS JOIN unnest($3::text[]) AS k(key)
       CROSS JOIN LATERAL jsonb_array_elements(
         CASE WHEN jsonb_typeof(r.effective_report #> string_to_array(k.key, '.')) = 'array'
              THEN r.effective_report #> string_to_array(k.key, '.') ELSE '[]'::jsonb END
       ) WITH ORDINALITY AS e(v, ord)
       WHERE r.year = $1 AND ${IN_SCOPE}
       GROUP BY k.key, e.ord
       UNION ALL
       SELECT k.key, NULL::int AS col,
         SUM(CASE WHEN jsonb_typeof(r.effective_report #> string_to_array(k.key, '.')) = 'number'
                  THEN (r.effective_report #>> string_to_array(k.key, '.'))::numeric END)::double precision AS value
       FROM unit_year_report r
       CROSS JOIN unnest($4::text[]) AS k(key)
       WHERE r.year = $1 AND ${IN_SCOPE}
       GROUP BY k.key`,
      [year, pattern, ROLLUP_ROW_KEYS, ROLLUP_SCALAR_KEYS],
    );
    return rows.map((r) => ({
      key: String(r.key),
      col: r.col === null ? null : Number(r.col),
      value: n(r.value),
    }));
  }

  /** Reporting units of the year and how many table 2/3/4 cells each leaves unstated. */
  async rollupCoverage(
    year: number,
    pattern: string | null,
  ): Promise<Array<{ unitId: string; unitName: string; missingCells: number }>> {
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT r.unit_id AS "unitId", u.name AS "unitName",
         (SELECT COUNT(*) FROM unnest($3::text[]) AS k(key)
            WHERE jsonb_typeof(r.effective_report #> string_to_array(k.key, '.')) IS DISTINCT FROM 'number')
         + (SELECT COALESCE(SUM(7 - (
              SELECT COUNT(*) FROM jsonb_array_elements(
                CASE WHEN jsonb_typeof(r.effective_report #> string_to_array(k.key, '.')) = 'array'
                     THEN r.effective_report #> string_to_array(k.key, '.') ELSE '[]'::jsonb END) AS e(v)
              WHERE jsonb_typeof(e.v) = 'number')), 0)
            FROM unnest($4::text[]) AS k(key)) AS "missingCells"
       FROM unit_year_report r JOIN unit u ON u.id = r.unit_id
       WHERE r.year = $1 AND ${IN_SCOPE}
       ORDER BY u.code`,
      [year, pattern, TABLE_SCALAR_KEYS, ROLLUP_ROW_KEYS],
    );
    return rows.map((r) => ({
      unitId: String(r.unitId),
      unitName: String(r.unitName),
      missingCells: i(r.missingCells),
    }));
  }

  /** Org nodes in the subtree, with the number of active units under each. */
  async orgNodes(pattern: string | null): Promise<OrgNodeRow[]> {
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT o.id, o.parent_id AS "parentId", o.name, o.level, o.path,
         (SELECT COUNT(*) FROM unit u JOIN org_node uo ON uo.id = u.org_node_id
           WHERE u.is_active AND uo.path LIKE o.path || '%') AS "unitCount"
       FROM org_node o WHERE ($1::text IS NULL OR o.path LIKE $1)
       ORDER BY o.path`,
      [pattern],
    );
    return rows.map((r) => ({
      id: String(r.id),
      parentId: (r.parentId as string | null) ?? null,
      name: String(r.name),
      level: r.level as OrgNodeRow['level'],
      path: String(r.path),
      unitCount: i(r.unitCount),
    }));
  }
}
