import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  completenessSummarySchema,
  findMetric,
  METRICS,
  type CompletenessFlag,
  type CompletenessNodeRow,
  type CompletenessResponse,
  type CompletenessRow,
  type DashboardOrgNodesResponse,
  type IndicatorQuery,
  type IndicatorResponse,
  type MetricCatalogueResponse,
  type OverviewResponse,
  type ProposalsResponse,
  type RollupResponse,
  type UnitHistoryResponse,
} from '@nianbao/contracts';
import { isOverdue, statutoryDeadline, submissionTiming } from '@nianbao/report-checks';
import {
  APPLICANT_COLUMNS,
  cellAddress,
  createEmptyReport,
  setByKey,
  type AnnualReport,
} from '@nianbao/report-format';

import type { AuthUser } from '../auth/auth-user.js';
import { ScopeService } from '../auth/scope.service.js';
import { DomainError } from '../common/domain-error.js';
import { isUuid } from '../auth/scope.service.js';
import type { Unit } from '../org/unit.entity.js';
import type { ReviewStatus } from '../submissions/submission.entity.js';
import { DataSource } from 'typeorm';
import { DashboardCache, GenerationReader } from './dashboard-cache.js';
import { DashboardRepository, type IndicatorValueRow, type YearStat } from './dashboard.repository.js';

/** The part of the tree a request looks at: a LIKE prefix on org paths (null = everything). */
export interface DashboardScope {
  pattern: string | null;
  node: { id: string | null; name: string };
  /** The node's level; null = everything (admin). */
  level: 'province' | 'city' | 'district' | 'other' | null;
}

/**
 * Above district level (a province or city node, or the whole tree) per-unit series would have
 * thousands of rows: the overview and proposals rows are then one per child node (drill down by
 * orgNodeId), see rowsBy in the contract.
 */
export function rowsByChildNode(s: DashboardScope): boolean {
  return s.level === null || s.level === 'province' || s.level === 'city';
}

const OWN_LEVEL = '（本级）';

/** The counts of a completeness summary (and of each node row), from the contract. */
const COUNT_KEYS = completenessSummarySchema.keyof().options;

const ALL_UNITS = '全部单位';

/** Response cache budget: DASHBOARD_CACHE_MB (default 48; 0 = no response cache, every call computes). */
function cacheBytes(): number {
  const mb = Number(process.env.DASHBOARD_CACHE_MB ?? 48);
  return Number.isFinite(mb) && mb >= 0 ? Math.round(mb * 1024 * 1024) : 48 * 1024 * 1024;
}

// Generations only change by commits; entries also expire so time-dependent parts (completeness: asOf,
// overdue, days to the deadline) are at most this old.
const RESPONSE_TTL_MS = 10 * 60_000;
const TIMED_RESPONSE_TTL_MS = 30_000;

interface Generations {
  structure: string;
  all: string;
  node: string;
}

@Injectable()
export class DashboardService {
  /** Serialised responses, keyed by endpoint, scope, normalised query and generations. */
  readonly responses = new DashboardCache(cacheBytes());
  /** Resolved scopes, unit access and the default year, keyed by generations too. */
  private readonly values = new DashboardCache(4 * 1024 * 1024);
  /** One generation read per database round trip, shared by the requests that arrived meanwhile. */
  readonly generationReader = new GenerationReader((keys, unitIds) =>
    this.ds.query(
      `SELECT scope_key AS k, generation::text AS g FROM dashboard_generation WHERE scope_key = ANY($1::text[])
       UNION ALL
       SELECT 'unit:' || u.id::text, g.generation::text
       FROM unit u JOIN dashboard_generation g ON g.scope_key = u.org_node_id::text
       WHERE u.id = ANY($2::uuid[])`,
      [keys, unitIds],
    ),
  );

  constructor(
    private readonly repo: DashboardRepository,
    private readonly scope: ScopeService,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  // ── cached entry points (JSON bytes), used by the controller ──

  /** The current generations: '*' (tree, units, periods), 'all' and the scope node's (0 if never bumped). */
  private async generations(nodeKey: string): Promise<Generations> {
    const m = await this.generationReader.read(['*', 'all', nodeKey]);
    const g = (k: string) => m.get(k) ?? '0';
    return { structure: g('*'), all: g('all'), node: g(nodeKey) };
  }

  /** Scope (authorised for this caller), year and generations of a dashboard query. */
  private async prepare(
    user: AuthUser,
    orgNodeId: string | undefined,
    year: number | undefined,
  ): Promise<{ s: DashboardScope; year: number; gen: Generations; key: string }> {
    const requested = orgNodeId ?? (user.role === 'admin' ? undefined : (user.orgNodeId ?? undefined));
    const gen = await this.generations(requested && isUuid(requested) ? requested.toLowerCase() : 'all');
    // The access decision depends on the caller's role and node and on the tree (generation '*').
    const s = await this.values.value(
      `scope|${user.role}|${user.orgNodeId ?? ''}|${orgNodeId ?? ''}|${gen.structure}`,
      RESPONSE_TTL_MS,
      () => this.resolveScope(user, orgNodeId),
    );
    const y =
      year ??
      (await this.values.value(`year|${gen.structure}|${gen.all}`, RESPONSE_TTL_MS, () =>
        this.defaultYear(),
      ));
    const node = s.node.id ? gen.node : gen.all;
    return { s, year: y, gen, key: `${s.node.id ?? 'all'}|${y}|${gen.structure}|${node}` };
  }

  async overviewJson(user: AuthUser, q: { year?: number; orgNodeId?: string }): Promise<Buffer> {
    const p = await this.prepare(user, q.orgNodeId, q.year);
    return this.responses.response(`overview|${p.key}`, RESPONSE_TTL_MS, () => this.overviewOf(p.s, p.year));
  }

  async indicatorJson(user: AuthUser, q: IndicatorQuery): Promise<Buffer> {
    const p = await this.prepare(user, q.orgNodeId, q.fromYear ?? q.year);
    const fromYear = p.year;
    const toYear = q.toYear ?? fromYear;
    return this.responses.response(
      `indicator|${p.key}|${q.indicator}|${toYear}|${q.groupBy}`,
      RESPONSE_TTL_MS,
      () => this.indicatorOf(p.s, q.indicator, fromYear, toYear, q.groupBy),
    );
  }

  async completenessJson(user: AuthUser, q: { year?: number; orgNodeId?: string }): Promise<Buffer> {
    const p = await this.prepare(user, q.orgNodeId, q.year);
    return this.responses.response(`completeness|${p.key}`, TIMED_RESPONSE_TTL_MS, () =>
      this.completenessOf(p.s, p.year, new Date()),
    );
  }

  async proposalsJson(user: AuthUser, q: { year?: number; orgNodeId?: string }): Promise<Buffer> {
    const p = await this.prepare(user, q.orgNodeId, q.year);
    return this.responses.response(`proposals|${p.key}`, RESPONSE_TTL_MS, () =>
      this.proposalsOf(p.s, p.year),
    );
  }

  async historyJson(user: AuthUser, unitId: string): Promise<Buffer> {
    if (!isUuid(unitId)) return Buffer.from(JSON.stringify(await this.history(user, unitId)));
    const id = unitId.toLowerCase();
    const gens = await this.generationReader.read(['*'], [id]);
    const structure = gens.get('*') ?? '0';
    const node = gens.get(`unit:${id}`) ?? '0';
    const unit = await this.values.value(
      `unit|${user.role}|${user.orgNodeId ?? ''}|${user.unitId ?? ''}|${id}|${structure}`,
      RESPONSE_TTL_MS,
      () => this.scope.assertUnitAccess(user, id, 'read'),
    );
    return this.responses.response(`history|${id}|${structure}|${node}`, RESPONSE_TTL_MS, () =>
      this.historyOf(unit),
    );
  }

  /**
   * The subtree a district-wide view may read: supervisors their node (or a node under it), admins
   * everything (or any node); reporters none.
   */
  async resolveScope(user: AuthUser, orgNodeId?: string): Promise<DashboardScope> {
    if (user.role === 'reporter') throw new DomainError('FORBIDDEN_SCOPE', '无权查看汇总数据');
    if (orgNodeId) {
      const node = await this.scope.assertOrgNodeAccess(user, orgNodeId, 'read');
      return { pattern: `${node.path}%`, node: { id: node.id, name: node.name }, level: node.level };
    }
    if (user.role === 'admin') return { pattern: null, node: { id: null, name: ALL_UNITS }, level: null };
    if (!user.orgNodeId) throw new DomainError('FORBIDDEN_SCOPE', '无权查看汇总数据');
    const node = await this.scope.assertOrgNodeAccess(user, user.orgNodeId, 'read');
    return { pattern: `${node.path}%`, node: { id: node.id, name: node.name }, level: node.level };
  }

  async defaultYear(): Promise<number> {
    return (await this.repo.latestYear()) ?? new Date().getFullYear() - 1;
  }

  private async yearOf(year: number | undefined): Promise<number> {
    return year ?? (await this.defaultYear());
  }

  /** The row of units attached to the scope node itself (not to a child). */
  private ownRow(s: DashboardScope): { id: string | null; name: string } {
    return { id: s.node.id, name: `${s.node.name}${OWN_LEVEL}` };
  }

  catalogue(): MetricCatalogueResponse {
    return {
      metrics: METRICS.map((m) => ({
        key: m.key,
        zh: m.zh,
        en: m.en,
        unit: m.unit,
        group: m.group,
        formula: m.formula,
        formulaEn: m.formulaEn,
      })),
    };
  }

  async overview(user: AuthUser, q: { year?: number; orgNodeId?: string }): Promise<OverviewResponse> {
    return this.overviewOf(await this.resolveScope(user, q.orgNodeId), await this.yearOf(q.year));
  }

  private async overviewOf(s: DashboardScope, year: number): Promise<OverviewResponse> {
    const [counts, figures, units, trend] = await Promise.all([
      this.repo.statusCounts(year, s.pattern),
      this.repo.overviewFigures(year, s.pattern),
      rowsByChildNode(s)
        ? this.repo.childFigures(year, s.pattern ? s.pattern.slice(0, -1) : '/', this.ownRow(s))
        : this.repo.unitFigures(year, s.pattern),
      this.repo.trend(s.pattern),
    ]);
    const applicantKeys = [
      'NaturalPerson',
      'Commercial',
      'Research',
      'PublicInterest',
      'LegalService',
      'OtherOrg',
    ];
    return {
      year,
      orgNode: s.node,
      rowsBy: rowsByChildNode(s) ? 'orgNode' : 'unit',
      isDemo: counts.isDemo,
      expected: counts.expected,
      submitted: counts.submitted,
      onTime: counts.onTime,
      late: counts.late,
      missing: counts.missing,
      returned: counts.returned,
      accepted: counts.accepted,
      pendingReview: counts.pending,
      failingChecks: counts.failing,
      suspectedCopy: counts.copy,
      onTimeRate: counts.expected ? counts.onTime / counts.expected : null,
      requestsReceived: figures.requests,
      disclosureRate: figures.disclosureRate,
      reviews: figures.reviews,
      lawsuits: figures.lawsuits,
      proposals: {
        npcTotal: figures.npcTotal,
        cppccTotal: figures.cppccTotal,
        completionRate: figures.completionRate,
        satisfactionRate: figures.satisfactionRate,
      },
      requestsByUnit: units.map((u) => ({ unitId: u.unitId, unitName: u.unitName, value: u.requests })),
      outcomeBreakdown: units.map((x) => ({
        unitId: x.unitId,
        unitName: x.unitName,
        disclosed: x.disclosed,
        partiallyDisclosed: x.partiallyDisclosed,
        withheld: x.withheld,
        unableToProvide: x.unableToProvide,
        notProcessed: x.notProcessed,
        otherHandling: x.otherHandling,
      })),
      applicantMix: APPLICANT_COLUMNS.slice(0, 6).map((c, idx) => ({
        key: c.key,
        zh: c.zh,
        en: c.en,
        value: figures[`requests${applicantKeys[idx]}`] ?? null,
      })),
      trend: trend.map((t) => ({
        year: t.year,
        requests: t.figures.requests ?? null,
        disclosureRate: t.figures.disclosureRate ?? null,
        reviews: t.figures.reviews ?? null,
        lawsuits: t.figures.lawsuits ?? null,
        submitted: t.submitted,
        expected: t.expected,
      })),
    };
  }

  async indicator(user: AuthUser, q: IndicatorQuery): Promise<IndicatorResponse> {
    const s = await this.resolveScope(user, q.orgNodeId);
    const fromYear = q.fromYear ?? (await this.yearOf(q.year));
    return this.indicatorOf(s, q.indicator, fromYear, q.toYear ?? fromYear, q.groupBy);
  }

  private async indicatorOf(
    s: DashboardScope,
    indicator: string,
    fromYear: number,
    toYear: number,
    groupBy: IndicatorQuery['groupBy'],
  ): Promise<IndicatorResponse> {
    const m = findMetric(indicator);
    if (!m) throw new DomainError('VALIDATION_FAILED', '未知的指标');
    const years = Array.from({ length: toYear - fromYear + 1 }, (_, k) => fromYear + k);

    let valueRows: IndicatorValueRow[];
    let stats: YearStat[];
    if (groupBy === 'orgNode') {
      // Children of the selected node; for an admin without a node, the roots.
      const byNode = await this.repo.indicatorByChildNode(
        m,
        fromYear,
        toYear,
        s.node.id,
        s.pattern ? s.pattern.slice(0, -1) : null,
      );
      const pooled = await this.repo.pooledByYear(m, fromYear, toYear, s.pattern);
      valueRows = byNode.rows;
      stats = byNode.stats.map((st) => ({ ...st, total: pooled.get(st.year) ?? null }));
    } else {
      [valueRows, stats] = await Promise.all([
        this.repo.indicatorByUnit(m, fromYear, toYear, s.pattern),
        this.repo.indicatorStatsByUnit(m, fromYear, toYear, s.pattern),
      ]);
    }

    const rows = new Map<string, IndicatorResponse['rows'][number]>();
    for (const r of valueRows) {
      const row = rows.get(r.id) ?? {
        unitId: r.id,
        unitName: r.name,
        unitKind: r.kind,
        value: null,
        values: Object.fromEntries(years.map((y) => [String(y), null])),
      };
      if (r.year !== null) row.values[String(r.year)] = r.value;
      if (r.year === toYear) row.value = r.value;
      rows.set(r.id, row);
    }
    const sorted = [...rows.values()].sort(
      (a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.unitName.localeCompare(b.unitName, 'zh'),
    );
    const statsByYear = new Map(stats.map((st) => [st.year, st]));
    return {
      metric: { key: m.key, zh: m.zh, en: m.en, unit: m.unit },
      groupBy,
      orgNode: s.node,
      year: toYear,
      years,
      median: statsByYear.get(toYear)?.median ?? null,
      medians: Object.fromEntries(years.map((y) => [String(y), statsByYear.get(y)?.median ?? null])),
      total: statsByYear.get(toYear)?.total ?? null,
      rows: sorted,
    };
  }

  /** The endpoint's answer, uncached (rows by unit or by child node, see completenessOf). */
  async completeness(
    user: AuthUser,
    q: { year?: number; orgNodeId?: string },
    now = new Date(),
  ): Promise<CompletenessResponse> {
    return this.completenessOf(await this.resolveScope(user, q.orgNodeId), await this.yearOf(q.year), now);
  }

  /** Every expected unit of the scope, at any level: the 催报 export lists each missing unit. */
  async completenessByUnit(
    user: AuthUser,
    q: { year?: number; orgNodeId?: string },
    now = new Date(),
  ): Promise<CompletenessResponse> {
    return this.completenessByUnitOf(
      await this.resolveScope(user, q.orgNodeId),
      await this.yearOf(q.year),
      now,
    );
  }

  /** The endpoint's answer: every unit at district level and below, child node rows above. */
  private completenessOf(s: DashboardScope, year: number, now: Date): Promise<CompletenessResponse> {
    return rowsByChildNode(s)
      ? this.completenessByChildOf(s, year, now)
      : this.completenessByUnitOf(s, year, now);
  }

  private async completenessByUnitOf(
    s: DashboardScope,
    year: number,
    now: Date,
  ): Promise<CompletenessResponse> {
    const [dbRows, counts, statutory] = await Promise.all([
      this.repo.completeness(year, s.pattern),
      this.repo.statusCounts(year, s.pattern),
      this.repo.statutoryDeadline(year),
    ]);
    const rows: CompletenessRow[] = dbRows.map((r) => {
      const submitted = r.status !== null;
      const firstSubmittedAt = r.firstSubmittedAt ? new Date(r.firstSubmittedAt) : null;
      // Same pure functions as the dashboard: calendar days in Beijing time, the deadline day itself on time.
      const days = submissionTiming(firstSubmittedAt ?? now, r.deadline).daysBeforeDeadline;
      return {
        unitId: r.unitId,
        unitName: r.unitName,
        unitKind: r.unitKind,
        orgNodeId: r.orgNodeId,
        orgNodeName: r.orgNodeName,
        contactPerson: r.contactPerson,
        contactPhone: r.contactPhone,
        flags: flagsOf(r.status, r.isLate, r.errorCount, r.hasCopyFlag),
        status: r.status ?? 'missing',
        isOverdue: !submitted && isOverdue(r.deadline, now, null),
        latestVersion: r.latestVersion,
        latestSubmissionId: r.latestSubmissionId,
        firstSubmittedAt: firstSubmittedAt?.toISOString() ?? null,
        daysFromDeadline: days,
        errorCount: r.errorCount ?? 0,
        warningCount: r.warningCount ?? 0,
        deadline: r.deadline,
      };
    });
    return {
      year,
      orgNode: s.node,
      statutoryDeadline: statutory ?? statutoryDeadline(year),
      asOf: now.toISOString(),
      summary: {
        expected: counts.expected,
        submitted: counts.submitted,
        missing: counts.missing,
        overdue: rows.filter((r) => r.isOverdue).length,
        onTime: counts.onTime,
        late: counts.late,
        pending: counts.pending,
        returned: counts.returned,
        accepted: counts.accepted,
        failing: counts.failing,
        copy: counts.copy,
      },
      rowsBy: 'unit',
      rows,
    };
  }

  /** Above district level: the same counts per child node (a province has thousands of units). */
  private async completenessByChildOf(
    s: DashboardScope,
    year: number,
    now: Date,
  ): Promise<CompletenessResponse> {
    const [groups, statutory] = await Promise.all([
      this.repo.completenessByChild(year, s.pattern ? s.pattern.slice(0, -1) : '/', this.ownRow(s)),
      this.repo.statutoryDeadline(year),
    ]);
    const nodeRows = new Map<string, CompletenessNodeRow>();
    for (const { deadline, ...g } of groups) {
      // Deadlines differ by unit kind: the missing units of a group are overdue once its deadline passed.
      const overdue = g.missing > 0 && isOverdue(deadline, now, null) ? g.missing : 0;
      const row = nodeRows.get(g.orgNodeId);
      if (!row) nodeRows.set(g.orgNodeId, { ...g, overdue });
      else for (const k of COUNT_KEYS) row[k] += k === 'overdue' ? overdue : g[k];
    }
    const summary = Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as CompletenessResponse['summary'];
    for (const row of nodeRows.values()) for (const k of COUNT_KEYS) summary[k] += row[k];
    return {
      year,
      orgNode: s.node,
      statutoryDeadline: statutory ?? statutoryDeadline(year),
      asOf: now.toISOString(),
      summary,
      rowsBy: 'orgNode',
      rows: [],
      nodeRows: [...nodeRows.values()],
    };
  }

  async proposals(user: AuthUser, q: { year?: number; orgNodeId?: string }): Promise<ProposalsResponse> {
    return this.proposalsOf(await this.resolveScope(user, q.orgNodeId), await this.yearOf(q.year));
  }

  private async proposalsOf(s: DashboardScope, year: number): Promise<ProposalsResponse> {
    const [rows, totals] = await Promise.all([
      rowsByChildNode(s)
        ? this.repo.proposalsByChild(year, s.pattern ? s.pattern.slice(0, -1) : '/', this.ownRow(s))
        : this.repo.proposalsByUnit(year, s.pattern),
      this.repo.proposalTotals(year, s.pattern),
    ]);
    const pick = (v: Record<string, number | null>) => ({
      npcTotal: v.npcTotal ?? null,
      npcLead: v.npcLead ?? null,
      npcAssist: v.npcAssist ?? null,
      cppccTotal: v.cppccTotal ?? null,
      cppccLead: v.cppccLead ?? null,
      cppccAssist: v.cppccAssist ?? null,
      completionRate: v.completionRate ?? null,
      satisfactionRate: v.satisfactionRate ?? null,
    });
    return {
      year,
      orgNode: s.node,
      rowsBy: rowsByChildNode(s) ? 'orgNode' : 'unit',
      rows: rows.map((r) => ({ unitId: r.unitId, unitName: r.unitName, ...pick(r.figures) })),
      totals: pick(totals),
    };
  }

  async history(user: AuthUser, unitId: string): Promise<UnitHistoryResponse> {
    return this.historyOf(await this.scope.assertUnitAccess(user, unitId, 'read'));
  }

  private async historyOf(unit: Unit): Promise<UnitHistoryResponse> {
    const rows = await this.repo.history(unit.id, unit.reportsFromYear, unit.reportsUntilYear, unit.isActive);
    return {
      unit: {
        id: unit.id,
        name: unit.name,
        kind: unit.kind,
        orgNodeId: unit.orgNodeId,
        contactPerson: unit.contactPerson,
        contactPhone: unit.contactPhone,
      },
      years: rows.map((r) => ({
        year: r.year,
        status: r.status ?? 'missing',
        flags: flagsOf(r.status, r.isLate, r.errorCount, r.hasCopyFlag),
        submissionId: r.submissionId,
        version: r.version,
        metrics: r.metrics,
      })),
    };
  }

  async rollup(user: AuthUser, q: { year?: number; orgNodeId?: string }): Promise<RollupResponse> {
    const s = await this.resolveScope(user, q.orgNodeId);
    const year = await this.yearOf(q.year);
    const [cellRows, coverage, grid, pooled] = await Promise.all([
      this.repo.rollupCells(year, s.pattern),
      this.repo.rollupCoverage(year, s.pattern),
      this.repo.completeness(year, s.pattern),
      this.repo.proposalTotals(year, s.pattern),
    ]);
    const report: AnnualReport = createEmptyReport();
    report.unitName = s.node.name;
    report.year = year;
    const cells: Record<string, number | null> = {};
    const rowsByKey = new Map<string, Array<number | null>>();
    for (const c of cellRows) {
      if (c.col === null) {
        cells[cellAddress(c.key)] = c.value;
        setByKey(report, c.key, c.value);
      } else if (c.col >= 0 && c.col < 7) {
        cells[cellAddress(c.key, c.col)] = c.value;
        const row = rowsByKey.get(c.key) ?? [null, null, null, null, null, null, null];
        row[c.col] = c.value;
        rowsByKey.set(c.key, row);
      }
    }
    for (const [key, row] of rowsByKey) setByKey(report, key, row);
    // Rates do not add up: the district's is pooled, weighted by proposals handled.
    report.other.proposals.completionRate = pooled.completionRate ?? null;
    report.other.proposals.satisfactionRate = pooled.satisfactionRate ?? null;
    cells['other.proposals.completionRate'] = report.other.proposals.completionRate;
    cells['other.proposals.satisfactionRate'] = report.other.proposals.satisfactionRate;
    return {
      year,
      orgNode: s.node,
      report: report as unknown as Record<string, unknown>,
      cells,
      included: coverage.map((c) => c.unitId),
      missing: grid.filter((g) => g.status === null).map((g) => ({ unitId: g.unitId, unitName: g.unitName })),
      unitsWithMissingFigures: coverage.filter((c) => c.missingCells > 0),
    };
  }

  async orgNodes(user: AuthUser): Promise<DashboardOrgNodesResponse> {
    const s = await this.resolveScope(user);
    const [nodes, years, defaultYear] = await Promise.all([
      this.repo.orgNodes(s.pattern),
      this.repo.years(s.pattern),
      this.defaultYear(),
    ]);
    const rootDepth = s.pattern ? s.pattern.split('/').length : 0;
    return {
      rootId: s.node.id,
      nodes: nodes.map((o) => ({
        id: o.id,
        parentId: o.parentId,
        name: o.name,
        level: o.level,
        // "/a/b/" has 4 parts: depth 0 for the caller's own node (admin: roots at 0).
        depth: o.path.split('/').length - (s.pattern ? rootDepth : 3),
        unitCount: o.unitCount,
      })),
      years,
      defaultYear,
    };
  }
}

/** The flags of a unit × year: what the completeness page filters by. */
export function flagsOf(
  status: ReviewStatus | null,
  isLate: boolean | null,
  errorCount: number | null,
  hasCopyFlag: boolean | null,
): CompletenessFlag[] {
  if (status === null) return ['missing'];
  const flags: CompletenessFlag[] = [status];
  if (isLate) flags.push('late');
  if ((errorCount ?? 0) > 0) flags.push('failing');
  if (hasCopyFlag) flags.push('copy');
  return flags;
}
