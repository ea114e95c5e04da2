import { z } from 'zod';
import type { AnnualReport } from './report.js';
import { APPLICANT_COLUMN_COUNT } from './format-definition.js';
import { cellLabel, findRowDefinition, findScalarDefinition } from './cell-address.js';

const count = z.number().int().nonnegative().nullable();
const decimal = z.number().nonnegative().nullable();
const rate = z.number().min(0).max(1).nullable();
const row = z.array(z.number().int().nonnegative()).length(APPLICANT_COLUMN_COUNT).nullable();
const docs = z.strictObject({ issued: count, repealed: count, inForce: count });
const review = z.strictObject({
  upheld: count,
  corrected: count,
  other: count,
  pending: count,
  total: count,
});
const proposals = z.strictObject({ total: count, lead: count, assist: count });

/** Runtime schema of the canonical report; strict, so unknown keys are refused rather than lost. */
export const annualReportSchema = z.strictObject({
  unitName: z.string().trim().min(1).max(200).nullable(),
  year: z.number().int().min(2008).max(2100).nullable(),
  publishedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  activeDisclosure: z.strictObject({
    regulations: docs,
    normativeDocuments: docs,
    licensing: count,
    penalties: count,
    coercion: count,
    feesWanYuan: decimal,
  }),
  applications: z.strictObject({
    newReceived: row,
    carriedOver: row,
    outcomes: z.strictObject({
      disclosed: row,
      partiallyDisclosed: row,
      withheld: z.strictObject({
        stateSecret: row,
        prohibitedByLaw: row,
        securityStability: row,
        thirdPartyRights: row,
        internalAffairs: row,
        processInformation: row,
        enforcementFiles: row,
        administrativeQuery: row,
      }),
      unableToProvide: z.strictObject({ notHeld: row, needsCreation: row, unclearAfterCorrection: row }),
      notProcessed: z.strictObject({
        petitionOrComplaint: row,
        duplicate: row,
        publication: row,
        massRepeated: row,
        confirmOrReissue: row,
      }),
      otherHandling: z.strictObject({ noCorrection: row, feeUnpaid: row, other: row }),
      total: row,
    }),
    carriedForward: row,
  }),
  reviewLitigation: z.strictObject({ review, litigationDirect: review, litigationAfterReview: review }),
  other: z.strictObject({
    processingFeesYuan: decimal,
    proposals: z.strictObject({
      npc: proposals,
      cppcc: proposals,
      completionRate: rate,
      satisfactionRate: rate,
    }),
  }),
  narrative: z.strictObject({
    overview: z.string().max(200_000).nullable(),
    problems: z.string().max(200_000).nullable(),
    other: z.string().max(200_000).nullable(),
  }),
});

// Compile-time guard: the schema and the hand-written interface must agree.
type SchemaReport = z.infer<typeof annualReportSchema>;
const _sameShape: (r: SchemaReport) => AnnualReport = (r) => r;
void _sameShape;

export interface SchemaIssue {
  /** Dotted path, e.g. `applications.outcomes.total[3]`. */
  path: string;
  /** Chinese message naming the figure. */
  message: string;
}

function pathToString(path: PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

function describePath(path: string): string {
  const m = /^([A-Za-z.]+)(\[\d\])?/.exec(path);
  const key = m?.[1] ?? path;
  if (findRowDefinition(key) || findScalarDefinition(key)) return `「${cellLabel(path)}」（${path}）`;
  return path ? `「${path}」` : '报告';
}

const EXPECTED_ZH: Record<string, string> = {
  number: '数字',
  int: '整数',
  string: '文字',
  array: '7列数字',
  object: '对象',
};

function chineseMessage(issue: z.core.$ZodIssue): string {
  const where = describePath(pathToString(issue.path));
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined/.test(issue.message)
        ? `${where}缺失`
        : `${where}应为${EXPECTED_ZH[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' ? `${where}应有7列` : `${where}不能小于${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `${where}应有7列` : `${where}不能大于${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `${where}含有格式之外的字段：${issue.keys.join('、')}`;
    case 'invalid_format':
      return `${where}格式不正确（日期应为 YYYY-MM-DD）`;
    default:
      return `${where}不合法`;
  }
}

/** Validates unknown input as a report; every problem is reported, in Chinese, with its path. */
export function validateReport(
  input: unknown,
): { ok: true; report: AnnualReport } | { ok: false; issues: SchemaIssue[] } {
  const result = annualReportSchema.safeParse(input);
  if (result.success) return { ok: true, report: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({ path: pathToString(i.path), message: chineseMessage(i) })),
  };
}
