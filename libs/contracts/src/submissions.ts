import type { AnnualReport, ReportMeta, SourceFormat } from '@nianbao/report-format';
import { z } from 'zod';

import { yearSchema } from './common.js';

// Contracts of the submissions API: hand-in (web form or file), preview, versions, original file and
// its source view. The report itself is validated by report-format (annualReportSchema) on the server;
// here it is typed only.

const reportSchema = z.custom<AnnualReport>((v) => typeof v === 'object' && v !== null);
const reportMetaSchema = z.custom<ReportMeta>((v) => typeof v === 'object' && v !== null);
const sourceFormatSchema = z.custom<SourceFormat>((v) => typeof v === 'string');

// ── requests ─────────────────────────────────────────────────────────────────────────────────────

const correctionsSchema = z
  .record(z.string().max(120), z.number().finite().nonnegative())
  .refine((v) => Object.keys(v).length <= 400, { error: '更正的单元格过多' });
const explanationsSchema = z
  .record(z.string().max(2000), z.string().trim().max(2000))
  .refine((v) => Object.keys(v).length <= 400, { error: '说明过多' });

/** Extra fields of a submission, in a JSON body or as multipart text fields (JSON-encoded objects). */
export const submissionExtrasSchema = z.object({
  notes: z.string().trim().max(2000).nullable().optional(),
  /** Cell address → the figure the reporter typed over the parsed one. */
  corrections: correctionsSchema.optional(),
  /** Finding key (`checkId|cells`) → the unit's explanation. */
  explanations: explanationsSchema.optional(),
});
export type SubmissionExtras = z.infer<typeof submissionExtrasSchema>;

/** JSON hand-in or preview of the web form: `{ report, …extras }`. */
export const jsonSubmissionSchema = submissionExtrasSchema.extend({ report: z.unknown() });
export type JsonSubmissionRequest = z.infer<typeof jsonSubmissionSchema>;

export const listSubmissionsQuerySchema = z.object({ year: yearSchema.optional() });
export type ListSubmissionsQuery = z.infer<typeof listSubmissionsQuerySchema>;
export const diffQuerySchema = z.object({ against: z.uuid({ error: '无效的标识' }) });
export const templateQuerySchema = z.object({ year: yearSchema });

// ── pieces of responses ──────────────────────────────────────────────────────────────────────────

export const reviewStatusSchema = z.enum(['pending', 'accepted', 'returned']);
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;
export const findingSeveritySchema = z.enum(['error', 'warning', 'info']);
export type FindingSeverity = z.infer<typeof findingSeveritySchema>;
export const findingDecisionSchema = z.enum(['confirmed', 'dismissed']);
export type FindingDecision = z.infer<typeof findingDecisionSchema>;

export const findingSchema = z.object({
  /** `checkId|cells`: the key of explanations and decisions. */
  key: z.string(),
  checkId: z.string(),
  severity: findingSeveritySchema,
  cells: z.array(z.string()),
  expected: z.union([z.number(), z.string()]).nullable(),
  actual: z.union([z.number(), z.string()]).nullable(),
  message: z.string(),
  messageEn: z.string(),
  explanation: z.string().nullable(),
  decision: findingDecisionSchema.nullable(),
  decisionNote: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type FindingDto = z.infer<typeof findingSchema>;

/** A problem the parser met (Chinese message, English message, cell address or report key). */
export const parseIssueSchema = z.object({
  code: z.string(),
  severity: findingSeveritySchema,
  message: z.string(),
  messageEn: z.string(),
  path: z.string().optional(),
});
export type ParseIssueDto = z.infer<typeof parseIssueSchema>;

/** How much of the national format the parser read ('found' | 'partial' | 'missing' per table). */
export const coverageSchema = z.object({
  table2: z.string(),
  table3: z.string(),
  table4: z.string(),
  sections: z.array(z.number().int()),
  cellsRead: z.number().int(),
  cellsTotal: z.number().int(),
});
export type CoverageDto = z.infer<typeof coverageSchema>;

export const fileInfoSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
});
export type FileInfoDto = z.infer<typeof fileInfoSchema>;

// ── source view (the original document as read) ──────────────────────────────────────────────────

export const sourceViewCellSchema = z.object({
  text: z.string(),
  colSpan: z.number().int().min(2).optional(),
  rowSpan: z.number().int().min(2).optional(),
});
export const sourceViewBlockSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('paragraph'),
    index: z.number().int(),
    text: z.string(),
    page: z.number().int().optional(),
  }),
  z.object({
    kind: z.literal('table'),
    index: z.number().int(),
    /** Only cells where a merge starts; spans say what they cover. */
    rows: z.array(z.array(sourceViewCellSchema)),
    page: z.number().int().optional(),
  }),
]);
export type SourceViewBlockDto = z.infer<typeof sourceViewBlockSchema>;

/** The paragraphs and tables of the original file, plain text, cut to a size limit (`truncated`). */
export const sourceViewSchema = z.object({
  format: sourceFormatSchema,
  blocks: z.array(sourceViewBlockSchema),
  /** Blocks in the whole document. */
  blockCount: z.number().int(),
  truncated: z.boolean(),
});
export type SourceViewDto = z.infer<typeof sourceViewSchema>;

/** GET /api/submissions/:id/source */
export const submissionSourceResponseSchema = z.object({
  submissionId: z.string(),
  fileName: z.string(),
  source: sourceViewSchema,
});
export type SubmissionSourceResponse = z.infer<typeof submissionSourceResponseSchema>;

// ── responses ────────────────────────────────────────────────────────────────────────────────────

export const submissionSummarySchema = z.object({
  id: z.string(),
  unitId: z.string(),
  year: z.number().int(),
  version: z.number().int(),
  isLatest: z.boolean(),
  sourceFormat: sourceFormatSchema,
  submittedAt: z.string(),
  submittedBy: z.string().nullable(),
  deadline: z.string(),
  isLate: z.boolean(),
  daysBeforeDeadline: z.number().int(),
  reviewStatus: reviewStatusSchema,
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  isBackfill: z.boolean(),
  isDemo: z.boolean(),
});
export type SubmissionSummaryDto = z.infer<typeof submissionSummarySchema>;

export const reviewStateSchema = z.object({
  status: reviewStatusSchema,
  comment: z.string().nullable(),
  overrideReason: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
});
export type ReviewStateDto = z.infer<typeof reviewStateSchema>;

export const submissionDetailSchema = submissionSummarySchema.extend({
  unitName: z.string(),
  report: reportSchema,
  meta: reportMetaSchema,
  parseIssues: z.array(parseIssueSchema),
  coverage: coverageSchema.nullable(),
  corrections: z.record(z.string(), z.number()),
  notes: z.string().nullable(),
  findings: z.array(findingSchema),
  review: reviewStateSchema,
  /** null for a web-form hand-in. */
  file: fileInfoSchema.nullable(),
});
export type SubmissionDetailDto = z.infer<typeof submissionDetailSchema>;

/** POST /api/units/:unitId/years/:year/preview — nothing is stored. */
export const previewResponseSchema = z.object({
  report: reportSchema,
  meta: reportMetaSchema,
  issues: z.array(parseIssueSchema),
  coverage: coverageSchema.nullable(),
  findings: z.array(findingSchema),
  /** The uploaded file as read; null for the web form's JSON. */
  source: sourceViewSchema.nullable(),
});
export type PreviewDto = z.infer<typeof previewResponseSchema>;
