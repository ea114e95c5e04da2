import { describe, expect, it } from '@jest/globals';
import { createEmptyReport, createZeroReport } from './empty-report.js';
import {
  annualReportSchema,
  isWellFormedReport,
  reportSchemaIssues,
  validateReport,
} from './report-schema.js';

// The hand-written walk must agree with zod on every value: every leaf of a report is replaced by each
// of these, every key removed, an unknown key added at every level (own, inherited, __proto__).
const SCALARS: unknown[] = [
  null,
  undefined,
  0,
  -0,
  1,
  7,
  -1,
  0.5,
  1.5,
  -0.5,
  NaN,
  Infinity,
  -Infinity,
  2 ** 53,
  2 ** 53 - 1,
  2007,
  2008,
  2100,
  2101,
  2023.5,
  '1',
  '',
  ' ',
  '单位',
  ' 单位 ',
  'x'.repeat(200),
  ` ${'x'.repeat(200)} `,
  'x'.repeat(201),
  'x'.repeat(200_001),
  '2023-01-05',
  '2023-1-5',
  '２０２３-01-05',
  '2023-01-05\n',
  true,
  {},
  [],
  [0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0],
  [1, 2, 3, 4, 5, 6, 21],
  ['0', 0, 0, 0, 0, 0, 0],
  // eslint-disable-next-line no-sparse-arrays -- a hole is what is tested
  [0, 0, , 0, 0, 0, 0],
];

// Inside a row only numbers are at stake.
const CELL_VALUES: unknown[] = [
  null,
  undefined,
  0,
  -0,
  -1,
  1.5,
  NaN,
  Infinity,
  2 ** 53,
  2 ** 53 - 1,
  '1',
  true,
  [],
];

function fullReport(): Record<string, unknown> {
  const r = createZeroReport() as unknown as Record<string, unknown>;
  return {
    ...r,
    unitName: '某某区人民政府办公室',
    year: 2023,
    publishedOn: '2024-01-20',
    narrative: { overview: '总体情况', problems: '', other: null },
  };
}

type Path = (string | number)[];

function leafPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) {
    out.push(path);
    value.forEach((_, i) => out.push([...path, i]));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) leafPaths(v, [...path, k], out);
  } else out.push(path);
  return out;
}

function objectPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    out.push(path);
    for (const [k, v] of Object.entries(value)) objectPaths(v, [...path, k], out);
  }
  return out;
}

// Edits one place of `base` in place, checks, and puts the old value back (no copy per case).
function checkEdited(
  base: unknown,
  path: Path,
  edit: (parent: Record<string | number, unknown>, key: string | number) => void,
  what: string,
): void {
  let parent = base as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const key = path[path.length - 1];
  const had = Object.prototype.hasOwnProperty.call(parent, key);
  const old = parent[key];
  edit(parent, key);
  try {
    expectAgreement(base, what);
  } finally {
    if (had) parent[key] = old;
    else delete parent[key];
  }
}

function expectAgreement(value: unknown, what: string): void {
  const zodAccepts = annualReportSchema.safeParse(value).success;
  if (isWellFormedReport(value) !== zodAccepts)
    throw new Error(`${what}: walk ${!zodAccepts}, zod ${zodAccepts}`);
}

describe('isWellFormedReport agrees with the zod schema', () => {
  const bases = { empty: createEmptyReport(), full: fullReport() };

  it('accepts the empty, zero and a filled-in report', () => {
    for (const base of Object.values(bases)) expect(isWellFormedReport(base)).toBe(true);
    expect(isWellFormedReport(createZeroReport())).toBe(true);
  });

  it('on every leaf replaced by every kind of value', () => {
    let cases = 0;
    for (const [name, base] of Object.entries(bases)) {
      for (const path of leafPaths(base)) {
        const isCell = typeof path[path.length - 1] === 'number';
        // Every row is checked by the same function: the cells of two rows stand for all of them.
        if (isCell && !/^applications\.(newReceived|outcomes\.withheld\.stateSecret)\./.test(path.join('.')))
          continue;
        for (const scalar of isCell ? CELL_VALUES : SCALARS) {
          checkEdited(
            base,
            path,
            (p, k) => (p[k] = scalar),
            `${name} ${path.join('.')} = ${JSON.stringify(scalar)?.slice(0, 20)}`,
          );
          cases++;
        }
      }
    }
    // 2 bases × 65 fields × 42 values, plus 2 rows × 7 cells × 13 values.
    expect(cases).toBeGreaterThan(5_000);
    for (const base of Object.values(bases)) expect(isWellFormedReport(base)).toBe(true);
  });

  it('on every key removed, and an unknown key added at every level', () => {
    const base = bases.full;
    for (const path of leafPaths(base).filter((p) => typeof p[p.length - 1] === 'string')) {
      checkEdited(base, path, (p, k) => delete p[k], `without ${path.join('.')}`);
    }
    for (const path of objectPaths(base)) {
      checkEdited(base, [...path, 'extra'], (p, k) => (p[k] = 1), `extra key at ${path.join('.') || 'root'}`);
    }
  });

  it('on inherited keys, __proto__ keys, arrays and non-objects in place of objects', () => {
    const base = bases.full;
    const inheritedExtra = Object.assign(Object.create({ extra: 1 }) as object, structuredClone(base));
    expectAgreement(inheritedExtra, 'inherited unknown key');
    const inheritedKnown = Object.create(structuredClone(base)) as object;
    expectAgreement(inheritedKnown, 'every key inherited');
    expectAgreement(JSON.parse(`{"__proto__": 1, ${JSON.stringify(base).slice(1)}`), '__proto__ own key');
    expectAgreement(Object.assign(Object.create(null) as object, structuredClone(base)), 'null prototype');
    for (const path of objectPaths(base)) {
      for (const v of [[], null, 'x', 0, new Map()]) {
        if (path.length) checkEdited(base, path, (p, k) => (p[k] = v), `${String(v)} at ${path.join('.')}`);
        else expectAgreement(v, `${String(v)} as the report`);
      }
    }
  });

  it('reportSchemaIssues gives validateReport’s issues for a bad report and none for a good one', () => {
    expect(reportSchemaIssues(bases.full)).toEqual([]);
    const bad = structuredClone(bases.full);
    (bad.reviewLitigation as { review: { pending: number } }).review.pending = -1;
    const valid = validateReport(bad);
    expect(valid.ok).toBe(false);
    expect(reportSchemaIssues(bad)).toEqual(valid.ok ? [] : valid.issues);
    expect(reportSchemaIssues(bad)).toEqual([
      { path: 'reviewLitigation.review.pending', message: expect.stringContaining('不能小于0') },
    ]);
  });
});
