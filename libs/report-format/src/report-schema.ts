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

// A hand-written walk that accepts a value only when annualReportSchema would: the parser checks its own
// output on every parse, and zod's walk cost ~20 µs of a ~220 µs .txt parse. Anything it does not accept
// goes to zod, which then names each problem; the spec holds the two together key by key.
type Accepts = (v: unknown) => boolean;
const isCount: Accepts = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isNonNegative: Accepts = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isRate: Accepts = (v) => typeof v === 'number' && v >= 0 && v <= 1;
const orNull =
  (accepts: Accepts): Accepts =>
  (v) =>
    v === null || accepts(v);
const isRow: Accepts = (v) => {
  if (!Array.isArray(v) || v.length !== APPLICANT_COLUMN_COUNT) return false;
  for (let i = 0; i < v.length; i++) if (!isCount(v[i])) return false;
  return true;
};
const stringUpTo =
  (max: number): Accepts =>
  (v) =>
    typeof v === 'string' && v.length <= max;
const strictShape = (shape: Record<string, Accepts>): Accepts => {
  const keys = Object.keys(shape);
  const known = new Set(keys);
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    // for…in, as zod's strict check: an enumerable key anywhere on the chain that is not in the shape fails.
    for (const key in v) if (!known.has(key)) return false;
    const record = v as Record<string, unknown>;
    for (const key of keys) if (!shape[key](record[key])) return false;
    return true;
  };
};
const countOrNull = orNull(isCount);
const rowOrNull = orNull(isRow);
const docsShape = strictShape({ issued: countOrNull, repealed: countOrNull, inForce: countOrNull });
const reviewShape = strictShape({
  upheld: countOrNull,
  corrected: countOrNull,
  other: countOrNull,
  pending: countOrNull,
  total: countOrNull,
});
const proposalsShape = strictShape({ total: countOrNull, lead: countOrNull, assist: countOrNull });
const rowsShape = (keys: string[]): Accepts =>
  strictShape(Object.fromEntries(keys.map((k) => [k, rowOrNull])));
const acceptsReport: Accepts = strictShape({
  unitName: orNull((v) => {
    if (typeof v !== 'string') return false;
    const length = v.trim().length;
    return length >= 1 && length <= 200;
  }),
  year: orNull((v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 2008 && v <= 2100),
  publishedOn: orNull((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)),
  activeDisclosure: strictShape({
    regulations: docsShape,
    normativeDocuments: docsShape,
    licensing: countOrNull,
    penalties: countOrNull,
    coercion: countOrNull,
    feesWanYuan: orNull(isNonNegative),
  }),
  applications: strictShape({
    newReceived: rowOrNull,
    carriedOver: rowOrNull,
    outcomes: strictShape({
      disclosed: rowOrNull,
      partiallyDisclosed: rowOrNull,
      withheld: rowsShape([
        'stateSecret',
        'prohibitedByLaw',
        'securityStability',
        'thirdPartyRights',
        'internalAffairs',
        'processInformation',
        'enforcementFiles',
        'administrativeQuery',
      ]),
      unableToProvide: rowsShape(['notHeld', 'needsCreation', 'unclearAfterCorrection']),
      notProcessed: rowsShape([
        'petitionOrComplaint',
        'duplicate',
        'publication',
        'massRepeated',
        'confirmOrReissue',
      ]),
      otherHandling: rowsShape(['noCorrection', 'feeUnpaid', 'other']),
      total: rowOrNull,
    }),
    carriedForward: rowOrNull,
  }),
  reviewLitigation: strictShape({
    review: reviewShape,
    litigationDirect: reviewShape,
    litigationAfterReview: reviewShape,
  }),
  other: strictShape({
    processingFeesYuan: orNull(isNonNegative),
    proposals: strictShape({
      npc: proposalsShape,
      cppcc: proposalsShape,
      completionRate: orNull(isRate),
      satisfactionRate: orNull(isRate),
    }),
  }),
  narrative: strictShape({
    overview: orNull(stringUpTo(200_000)),
    problems: orNull(stringUpTo(200_000)),
    other: orNull(stringUpTo(200_000)),
  }),
});

/** True exactly when annualReportSchema accepts `input`; decided without zod. */
export function isWellFormedReport(input: unknown): input is AnnualReport {
  return acceptsReport(input);
}

/**
 * The schema problems of a report, as validateReport names them; [] when the schema accepts it. A
 * well-formed report is recognised without zod (fast enough to run on every parse).
 */
export function reportSchemaIssues(input: unknown): SchemaIssue[] {
  if (acceptsReport(input)) return [];
  const valid = validateReport(input);
  return valid.ok ? [] : valid.issues;
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
