import { z } from 'zod';

import { isoDateSchema, uuidSchema, yearSchema } from './common.js';
import { METRIC_KEYS } from './metric-catalogue.js';
import { unitKindSchema } from './org.js';

// ── queries ──────────────────────────────────────────────────────────────────────────────────────

/** year: default the latest reporting period; orgNodeId: default the caller's own node (admin: everything). */
export const dashboardQuerySchema = z.object({
  year: yearSchema.optional(),
  orgNodeId: uuidSchema.optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export const metricKeySchema = z.string().refine((k) => METRIC_KEYS.includes(k), { error: '未知的指标' });

/**
 * One year (`year`, default latest) or a range (`fromYear`..`toYear`, both required together).
 * groupBy=orgNode: one row per child org node of the selected node (compare districts).
 */
export const indicatorQuerySchema = z
  .object({
    indicator: metricKeySchema,
    year: yearSchema.optional(),
    fromYear: yearSchema.optional(),
    toYear: yearSchema.optional(),
    orgNodeId: uuidSchema.optional(),
    groupBy: z.enum(['unit', 'orgNode']).default('unit'),
  })
  .refine((q) => (q.fromYear === undefined) === (q.toYear === undefined), {
    error: '起止年度需同时给出',
    path: ['toYear'],
  })
  .refine((q) => q.fromYear === undefined || q.toYear === undefined || q.fromYear <= q.toYear, {
    error: '起始年度不能晚于终止年度',
    path: ['fromYear'],
  })
  .refine((q) => q.toYear === undefined || q.fromYear === undefined || q.toYear - q.fromYear <= 30, {
    error: '年度范围过大',
    path: ['toYear'],
  });
export type IndicatorQuery = z.infer<typeof indicatorQuerySchema>;

// ── shared pieces ────────────────────────────────────────────────────────────────────────────────

export const metricInfoSchema = z.object({
  key: z.string(),
  zh: z.string(),
  en: z.string(),
  unit: z.enum(['件', '%', '万元', '元', 'ratio']),
});
export type MetricInfo = z.infer<typeof metricInfoSchema>;

export const metricCatalogueEntrySchema = metricInfoSchema.extend({
  group: z.string(),
  formula: z.string(),
  formulaEn: z.string(),
});
export const metricCatalogueResponseSchema = z.object({ metrics: z.array(metricCatalogueEntrySchema) });
export type MetricCatalogueResponse = z.infer<typeof metricCatalogueResponseSchema>;

/** id null = everything (admin without orgNodeId). */
export const orgNodeRefSchema = z.object({ id: z.string().nullable(), name: z.string() });

const num = z.number().nullable();

/** A unit's flags for a year; 'missing' = nothing handed in (see isOverdue for past the deadline). */
export const completenessFlagSchema = z.enum([
  'missing',
  'late',
  'pending',
  'returned',
  'accepted',
  'failing',
  'copy',
]);
export type CompletenessFlag = z.infer<typeof completenessFlagSchema>;
export const unitYearStatusSchema = z.enum(['missing', 'pending', 'returned', 'accepted']);
export type UnitYearStatus = z.infer<typeof unitYearStatusSchema>;

// ── /api/dashboard/overview ──────────────────────────────────────────────────────────────────────

export const unitValueSchema = z.object({ unitId: z.string(), unitName: z.string(), value: num });

export const outcomeBreakdownRowSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  disclosed: num,
  partiallyDisclosed: num,
  withheld: num,
  unableToProvide: num,
  notProcessed: num,
  otherHandling: num,
});

export const trendPointSchema = z.object({
  year: z.number().int(),
  requests: num,
  disclosureRate: num,
  reviews: num,
  lawsuits: num,
  submitted: z.number().int(),
  expected: z.number().int(),
});

export const overviewResponseSchema = z.object({
  year: z.number().int(),
  orgNode: orgNodeRefSchema,
  /** True when the numbers include demo (seeded) data. */
  isDemo: z.boolean(),
  expected: z.number().int(),
  submitted: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  missing: z.number().int(),
  returned: z.number().int(),
  accepted: z.number().int(),
  pendingReview: z.number().int(),
  failingChecks: z.number().int(),
  suspectedCopy: z.number().int(),
  /** onTime ÷ expected, 0–1. */
  onTimeRate: num,
  requestsReceived: num,
  disclosureRate: num,
  reviews: num,
  lawsuits: num,
  proposals: z.object({ npcTotal: num, cppccTotal: num, completionRate: num, satisfactionRate: num }),
  /**
   * What the rows of requestsByUnit / outcomeBreakdown are: units (district level and below), or, above
   * district level (province, city, everything), child org nodes — unitId is then the node id (drill down
   * with orgNodeId), and units attached to the node itself form one row under the node's own id. Absent = unit.
   */
  rowsBy: z.enum(['unit', 'orgNode']).optional(),
  /** Descending, units without the figure last. */
  requestsByUnit: z.array(unitValueSchema),
  outcomeBreakdown: z.array(outcomeBreakdownRowSchema),
  /** The six applicant columns (总计 left out), summed. */
  applicantMix: z.array(z.object({ key: z.string(), zh: z.string(), en: z.string(), value: num })),
  /** Every year with a reporting period or a report, ascending. */
  trend: z.array(trendPointSchema),
});
export type OverviewResponse = z.infer<typeof overviewResponseSchema>;

// ── /api/dashboard/indicator ─────────────────────────────────────────────────────────────────────

export const indicatorRowSchema = z.object({
  /** Unit id, or org node id when groupBy=orgNode. */
  unitId: z.string(),
  unitName: z.string(),
  /** null when groupBy=orgNode. */
  unitKind: unitKindSchema.nullable(),
  /** The value for `year` (range queries: for toYear). */
  value: num,
  /** Range queries: every year of the range (string keys); single-year queries: that year only. */
  values: z.record(z.string(), num),
});
export type IndicatorRow = z.infer<typeof indicatorRowSchema>;

export const indicatorResponseSchema = z.object({
  metric: metricInfoSchema,
  groupBy: z.enum(['unit', 'orgNode']),
  orgNode: orgNodeRefSchema,
  /** The single year, or toYear of a range. */
  year: z.number().int(),
  years: z.array(z.number().int()),
  /** Median of the rows' values for `year` (percentile_cont 0.5), null without values. */
  median: num,
  medians: z.record(z.string(), num),
  /** Pooled value over the whole selection for `year` (ratio of sums for ratios). */
  total: num,
  /** Sorted by value for `year` descending, nulls last. */
  rows: z.array(indicatorRowSchema),
});
export type IndicatorResponse = z.infer<typeof indicatorResponseSchema>;

// ── /api/dashboard/completeness ──────────────────────────────────────────────────────────────────

export const completenessRowSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  unitKind: unitKindSchema,
  orgNodeId: z.string(),
  orgNodeName: z.string(),
  contactPerson: z.string().nullable(),
  contactPhone: z.string().nullable(),
  flags: z.array(completenessFlagSchema),
  status: unitYearStatusSchema,
  /** Missing and the deadline has passed (D-SUBMIT). */
  isOverdue: z.boolean(),
  latestVersion: z.number().int().nullable(),
  latestSubmissionId: z.string().nullable(),
  firstSubmittedAt: z.string().nullable(),
  /** Calendar days (Beijing) first hand-in → deadline; positive = early, negative = late. Missing: today → deadline. */
  daysFromDeadline: z.number().int(),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  deadline: isoDateSchema,
});
export type CompletenessRow = z.infer<typeof completenessRowSchema>;

export const completenessSummarySchema = z.object({
  expected: z.number().int(),
  submitted: z.number().int(),
  missing: z.number().int(),
  overdue: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  pending: z.number().int(),
  returned: z.number().int(),
  accepted: z.number().int(),
  failing: z.number().int(),
  copy: z.number().int(),
});

/** Above district level: one row per child org node, the summary's counts for the units under it. */
export const completenessNodeRowSchema = completenessSummarySchema.extend({
  /** The child node's id (drill down with orgNodeId); units attached to the scope node itself: the node's own id. */
  orgNodeId: z.string(),
  orgNodeName: z.string(),
});
export type CompletenessNodeRow = z.infer<typeof completenessNodeRowSchema>;

export const completenessResponseSchema = z.object({
  year: z.number().int(),
  orgNode: orgNodeRefSchema,
  /** The statutory deadline of the year; rows carry their own (internal per kind). */
  statutoryDeadline: isoDateSchema,
  asOf: z.string(),
  summary: completenessSummarySchema,
  /**
   * 'unit' (district level and below): `rows` lists every expected unit. 'orgNode' (province, city,
   * everything): `rows` is empty and `nodeRows` has one row per child node, like the overview. Absent = unit.
   */
  rowsBy: z.enum(['unit', 'orgNode']).optional(),
  /** Sorted by unit code. */
  rows: z.array(completenessRowSchema),
  /** rowsBy 'orgNode' only: sorted by node code, the scope node's own units (本级) first. */
  nodeRows: z.array(completenessNodeRowSchema).optional(),
});
export type CompletenessResponse = z.infer<typeof completenessResponseSchema>;

// ── /api/dashboard/proposals ─────────────────────────────────────────────────────────────────────

const proposalFigures = {
  npcTotal: num,
  npcLead: num,
  npcAssist: num,
  cppccTotal: num,
  cppccLead: num,
  cppccAssist: num,
  completionRate: num,
  satisfactionRate: num,
};
export const proposalsRowSchema = z.object({ unitId: z.string(), unitName: z.string(), ...proposalFigures });
export const proposalsResponseSchema = z.object({
  year: z.number().int(),
  orgNode: orgNodeRefSchema,
  /** As in the overview: units, or child org nodes above district level (figures summed, rates pooled). */
  rowsBy: z.enum(['unit', 'orgNode']).optional(),
  /** Units with a report this year, sorted by npcTotal + cppccTotal descending. */
  rows: z.array(proposalsRowSchema),
  /** Sums; rates pooled, weighted by proposals handled. */
  totals: z.object(proposalFigures),
});
export type ProposalsResponse = z.infer<typeof proposalsResponseSchema>;

// ── /api/dashboard/units/:unitId/history ─────────────────────────────────────────────────────────

export const unitHistoryYearSchema = z.object({
  year: z.number().int(),
  status: unitYearStatusSchema,
  flags: z.array(completenessFlagSchema),
  submissionId: z.string().nullable(),
  version: z.number().int().nullable(),
  /** Every catalogue metric by key (all null for a missing year). */
  metrics: z.record(z.string(), num),
});
export const unitHistoryResponseSchema = z.object({
  unit: z.object({
    id: z.string(),
    name: z.string(),
    kind: unitKindSchema,
    orgNodeId: z.string(),
    contactPerson: z.string().nullable(),
    contactPhone: z.string().nullable(),
  }),
  /** Ascending: every year the unit had to report or did report. */
  years: z.array(unitHistoryYearSchema),
});
export type UnitHistoryResponse = z.infer<typeof unitHistoryResponseSchema>;

// ── /api/dashboard/rollup ────────────────────────────────────────────────────────────────────────

export const rollupResponseSchema = z.object({
  year: z.number().int(),
  orgNode: orgNodeRefSchema,
  /** AnnualReport-shaped (see @nianbao/report-format): sums of the effective reports; null where no unit stated the figure. */
  report: z.record(z.string(), z.unknown()),
  /** The same sums by cell address (`applications.outcomes.total[6]`, `reviewLitigation.review.total`). */
  cells: z.record(z.string(), num),
  included: z.array(z.string()),
  missing: z.array(z.object({ unitId: z.string(), unitName: z.string() })),
  /** Included units whose report leaves some table 2/3/4 cell unstated (the sum is then a lower bound). */
  unitsWithMissingFigures: z.array(
    z.object({ unitId: z.string(), unitName: z.string(), missingCells: z.number().int() }),
  ),
});
export type RollupResponse = z.infer<typeof rollupResponseSchema>;

// ── /api/dashboard/org-nodes ─────────────────────────────────────────────────────────────────────

export const dashboardOrgNodeSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  level: z.enum(['province', 'city', 'district', 'other']),
  depth: z.number().int(),
  unitCount: z.number().int(),
});
export const dashboardOrgNodesResponseSchema = z.object({
  /** The caller's own node (null for admin = everything). */
  rootId: z.string().nullable(),
  nodes: z.array(dashboardOrgNodeSchema),
  years: z.array(z.number().int()),
  defaultYear: z.number().int(),
});
export type DashboardOrgNodesResponse = z.infer<typeof dashboardOrgNodesResponseSchema>;
