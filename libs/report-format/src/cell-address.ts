import {
  APPLICATION_ROWS,
  SCALAR_FIELDS,
  APPLICANT_COLUMNS,
  type RowDefinition,
  type ScalarDefinition,
} from './format-definition.js';

/**
 * One address scheme for every figure, used by findings, the API and the UI:
 * `applications.outcomes.total[6]` for a table 3 cell (row key + applicant column 0–6),
 * `reviewLitigation.review.pending` for a single figure.
 */
export type CellAddress = string;

export function cellAddress(key: string, column?: number): CellAddress {
  return column === undefined ? key : `${key}[${column}]`;
}

export function parseCellAddress(address: CellAddress): { key: string; column?: number } {
  const m = /^([A-Za-z.]+)(?:\[(\d)\])?$/.exec(address);
  if (!m) throw new Error(`not a cell address: ${address}`);
  return m[2] === undefined ? { key: m[1] } : { key: m[1], column: Number(m[2]) };
}

const rowsByKey = new Map(APPLICATION_ROWS.map((r) => [r.key, r]));
const scalarsByKey = new Map(SCALAR_FIELDS.map((s) => [s.key, s]));

export function findRowDefinition(key: string): RowDefinition | undefined {
  return rowsByKey.get(key);
}
export function findScalarDefinition(key: string): ScalarDefinition | undefined {
  return scalarsByKey.get(key);
}

/** Human label of a cell address, e.g. 「（三）不予公开 1.属于国家秘密 · 自然人」. */
export function cellLabel(address: CellAddress, lang: 'zh' | 'en' = 'zh'): string {
  const { key, column } = parseCellAddress(address);
  const row = rowsByKey.get(key);
  if (row) {
    const rowLabel = lang === 'zh' ? [row.groupZh, row.zh] : [row.groupEn, row.en];
    const col = column === undefined ? undefined : APPLICANT_COLUMNS[column];
    const colLabel = col ? (lang === 'zh' ? col.zh : col.en) : undefined;
    return [rowLabel.filter(Boolean).join(' '), colLabel].filter(Boolean).join(' · ');
  }
  const scalar = scalarsByKey.get(key);
  if (scalar) {
    const parts = lang === 'zh' ? [scalar.groupZh, scalar.zh] : [scalar.groupEn, scalar.en];
    return parts.filter(Boolean).join(' · ');
  }
  return address;
}

/** Every cell address of the format, in table order. */
export function allCellAddresses(): CellAddress[] {
  return [
    ...SCALAR_FIELDS.filter((s) => s.key.startsWith('activeDisclosure')).map((s) => s.key),
    ...APPLICATION_ROWS.flatMap((r) => APPLICANT_COLUMNS.map((c) => cellAddress(r.key, c.index))),
    ...SCALAR_FIELDS.filter((s) => !s.key.startsWith('activeDisclosure')).map((s) => s.key),
  ];
}
