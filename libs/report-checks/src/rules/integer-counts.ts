import { APPLICANT_COLUMN_COUNT, APPLICATION_ROWS, SCALAR_FIELDS, cellAddress } from '@nianbao/report-format';
import type { CheckRule, Finding } from '../finding.js';
import { labelEn, labelZh, makeFinding, safeGet } from './rule-support.js';

const describe = (v: unknown): string | number =>
  typeof v === 'number' ? v : typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));

/** C-INT: every count is an integer ≥ 0; only the fee (万元) and 元 amounts may have decimals. */
export const integerCountsRule: CheckRule = {
  id: 'C-INT',
  severity: 'error',
  check(doc) {
    const findings: Finding[] = [];
    const bad = (address: string, value: unknown, needsInteger: boolean) => {
      if (value === null || value === undefined) return; // absent is not wrong here; the parser reports it
      const ok =
        typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= 0 &&
        (!needsInteger || Number.isInteger(value));
      if (ok) return;
      const kindZh = needsInteger ? '非负整数' : '非负数';
      const kindEn = needsInteger ? 'a non-negative integer' : 'a non-negative number';
      findings.push(
        makeFinding(integerCountsRule, {
          cells: [address],
          expected: kindZh,
          actual: describe(value),
          message: `${labelZh(address)}应为${kindZh}，实际为 ${describe(value)}`,
          messageEn: `${labelEn(address)} must be ${kindEn}, got ${describe(value)}`,
        }),
      );
    };

    for (const row of APPLICATION_ROWS) {
      const value = safeGet(doc.report, row.key);
      if (value === null || value === undefined) continue;
      if (!Array.isArray(value) || value.length !== APPLICANT_COLUMN_COUNT) {
        findings.push(
          makeFinding(integerCountsRule, {
            cells: [row.key],
            expected: APPLICANT_COLUMN_COUNT,
            actual: Array.isArray(value) ? value.length : describe(value),
            message: `${labelZh(row.key)}应有 7 列数字，实际为 ${Array.isArray(value) ? `${value.length} 列` : describe(value)}`,
            messageEn: `${labelEn(row.key)} must have 7 numbers, got ${Array.isArray(value) ? value.length : describe(value)}`,
          }),
        );
        continue;
      }
      value.forEach((v, column) => bad(cellAddress(row.key, column), v, true));
    }
    for (const field of SCALAR_FIELDS) {
      if (field.kind === 'rate') continue; // P-RATE owns the rates
      bad(field.key, safeGet(doc.report, field.key), field.kind === 'count');
    }
    return findings;
  },
};
