import {
  allCellAddresses,
  cellLabel,
  getByKey,
  parseCellAddress,
  type AnnualReport,
} from '@nianbao/report-format';

export interface CellDifference {
  address: string;
  label: string;
  before: number | string | null;
  after: number | string | null;
}

const TEXT_FIELDS: ReadonlyArray<{ key: string; label: string }> = [
  { key: 'unitName', label: '单位名称' },
  { key: 'year', label: '报告年度' },
  { key: 'publishedOn', label: '发布日期' },
  { key: 'narrative.overview', label: '一、总体情况（正文）' },
  { key: 'narrative.problems', label: '五、存在的主要问题及改进情况（正文）' },
  { key: 'narrative.other', label: '六、其他需要报告的事项（正文）' },
];

function cellValue(report: AnnualReport, address: string): number | null {
  const { key, column } = parseCellAddress(address);
  const v = getByKey(report, key);
  if (column === undefined) return typeof v === 'number' ? v : null;
  return Array.isArray(v) && typeof v[column] === 'number' ? v[column] : null;
}

function textValue(report: AnnualReport, key: string): number | string | null {
  const v = getByKey(report, key);
  return typeof v === 'number' || typeof v === 'string' ? v : null;
}

/** Every figure (and identity / narrative field) that differs between two versions, in table order. */
export function diffReports(before: AnnualReport, after: AnnualReport): CellDifference[] {
  const out: CellDifference[] = [];
  for (const f of TEXT_FIELDS) {
    const b = textValue(before, f.key);
    const a = textValue(after, f.key);
    if (b !== a) out.push({ address: f.key, label: f.label, before: b, after: a });
  }
  for (const address of allCellAddresses()) {
    const b = cellValue(before, address);
    const a = cellValue(after, address);
    if (b !== a) out.push({ address, label: cellLabel(address), before: b, after: a });
  }
  return out;
}
