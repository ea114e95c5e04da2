import { APPLICATION_ROWS } from '@nianbao/report-format';

// The plain figure columns of unit_year_report, computed in SQL from the effective submission's report
// (jsonb), so a refresh is one statement and a backfill migration can run the same text over every row.
// A figure the report does not state (null, missing row, not a number) stays null, never 0.

const TOTAL = 6;

function jsonPath(key: string, column?: number): string {
  const parts = key.split('.');
  if (column !== undefined) parts.push(String(column));
  return `'{${parts.join(',')}}'`;
}

/** numeric value at a key (and applicant column) of `rep`, null unless it is a JSON number. */
function cell(key: string, column?: number): string {
  const p = jsonPath(key, column);
  return `(CASE WHEN jsonb_typeof(rep #> ${p}) = 'number' THEN (rep #>> ${p})::numeric END)`;
}

/** Sum of cells; null only when none is stated. */
function sumCells(cells: string[]): string {
  if (cells.length === 1) return cells[0];
  return `(CASE WHEN ${cells.map((c) => `${c} IS NULL`).join(' AND ')} THEN NULL ELSE ${cells
    .map((c) => `COALESCE(${c}, 0)`)
    .join(' + ')} END)`;
}

const rowsUnder = (prefix: string): string[] =>
  APPLICATION_ROWS.filter((r) => r.key.startsWith(`applications.outcomes.${prefix}.`)).map((r) =>
    cell(r.key, TOTAL),
  );

const int = (sql: string): string => `ROUND(${sql})::integer`;
const float = (sql: string): string => `(${sql})::double precision`;

const REVIEW_COLUMNS: Array<[string, string]> = [
  ['review', 'reviewLitigation.review'],
  ['lit_direct', 'reviewLitigation.litigationDirect'],
  ['lit_after', 'reviewLitigation.litigationAfterReview'],
];

/** Column name → SQL expression over `rep` (the report jsonb). */
export const FIGURE_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ...[0, 1, 2, 3, 4, 5, 6].map(
    (c) => [`new_received_${c}`, int(cell('applications.newReceived', c))] as const,
  ),
  ['carried_over_total', int(cell('applications.carriedOver', TOTAL))],
  ['disclosed_total', int(cell('applications.outcomes.disclosed', TOTAL))],
  ['partially_disclosed_total', int(cell('applications.outcomes.partiallyDisclosed', TOTAL))],
  ['withheld_total', int(sumCells(rowsUnder('withheld')))],
  ['unable_total', int(sumCells(rowsUnder('unableToProvide')))],
  ['not_processed_total', int(sumCells(rowsUnder('notProcessed')))],
  ['other_handling_total', int(sumCells(rowsUnder('otherHandling')))],
  ['outcomes_total', int(cell('applications.outcomes.total', TOTAL))],
  ['carried_forward_total', int(cell('applications.carriedForward', TOTAL))],
  ...REVIEW_COLUMNS.flatMap(([prefix, key]) =>
    ['upheld', 'corrected', 'other', 'pending', 'total'].map(
      (r) => [`${prefix}_${r}`, int(cell(`${key}.${r}`))] as const,
    ),
  ),
  ['regulations_issued', int(cell('activeDisclosure.regulations.issued'))],
  ['normative_issued', int(cell('activeDisclosure.normativeDocuments.issued'))],
  ['licensing', int(cell('activeDisclosure.licensing'))],
  ['penalties', int(cell('activeDisclosure.penalties'))],
  ['coercion', int(cell('activeDisclosure.coercion'))],
  ['fees_wan_yuan', float(cell('activeDisclosure.feesWanYuan'))],
  ['processing_fees_yuan', float(cell('other.processingFeesYuan'))],
  ...(['npc', 'cppcc'] as const).flatMap((g) =>
    (['total', 'lead', 'assist'] as const).map(
      (c) => [`${g}_${c}`, int(cell(`other.proposals.${g}.${c}`))] as const,
    ),
  ),
  ['completion_rate', float(cell('other.proposals.completionRate'))],
  ['satisfaction_rate', float(cell('other.proposals.satisfactionRate'))],
];

/**
 * UPDATE of every figure column of the rows matched by `where` (over alias r), from the effective
 * submission; also org_path (the unit's node now) and has_copy_flag (an undismissed TX-DUP finding).
 */
export function refreshFiguresSql(where: string): string {
  return `UPDATE unit_year_report r SET
  org_path = o.path,
  effective_report = s.report,
  has_copy_flag = EXISTS (SELECT 1 FROM submission_finding f WHERE f.submission_id = s.id AND f.check_id = 'TX-DUP' AND f.decision IS DISTINCT FROM 'dismissed'),
${FIGURE_COLUMNS.map(([name, sql]) => `  ${name} = ${sql}`).join(',\n')}
FROM submission s
CROSS JOIN LATERAL (SELECT s.report AS rep) x
JOIN unit u ON u.id = s.unit_id
JOIN org_node o ON o.id = u.org_node_id
WHERE s.id = r.effective_submission_id AND ${where}`;
}
