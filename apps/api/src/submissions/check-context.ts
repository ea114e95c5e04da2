import type { CompareText } from '@nianbao/report-checks';
import type { AnnualReport, ReportDocument, ReportMeta } from '@nianbao/report-format';
import type { EntityManager } from 'typeorm';

import type { Unit } from '../org/unit.entity.js';

function narrativeText(n: AnnualReport['narrative'] | null | undefined): string {
  return [n?.overview, n?.problems, n?.other].filter((t): t is string => typeof t === 'string').join('\n');
}

/**
 * What the checks need beyond the report: the unit's previous-year effective report (cross-year checks,
 * TX-DUP) and, to keep TX-DUP cheap, only the narratives of the same year's other units under the same
 * org node. Pass the transaction's manager.
 */
export async function loadCheckContext(
  m: EntityManager,
  unit: Pick<Unit, 'id' | 'orgNodeId'>,
  year: number,
): Promise<{ previous: ReportDocument | null; compareTexts: CompareText[] }> {
  const previousRows: Array<{ report: AnnualReport; meta: ReportMeta }> = await m.query(
    `SELECT s.report, s.meta FROM unit_year_report r JOIN submission s ON s.id = r.effective_submission_id
      WHERE r.unit_id = $1 AND r.year = $2`,
    [unit.id, year - 1],
  );
  const previous = previousRows[0] ? { report: previousRows[0].report, meta: previousRows[0].meta } : null;

  const compareTexts: CompareText[] = [];
  if (previous) {
    compareTexts.push({
      kind: 'previousYear',
      label: `本单位${year - 1}年度报告`,
      text: narrativeText(previous.report.narrative),
    });
  }
  const others: Array<{ name: string; narrative: AnnualReport['narrative'] | null }> = await m.query(
    `SELECT u.name, s.report -> 'narrative' AS narrative
       FROM unit_year_report r
       JOIN submission s ON s.id = r.effective_submission_id
       JOIN unit u ON u.id = r.unit_id
      WHERE r.year = $1 AND u.org_node_id = $2 AND r.unit_id <> $3
      ORDER BY u.code`,
    [year, unit.orgNodeId, unit.id],
  );
  for (const o of others)
    compareTexts.push({
      kind: 'sameYearOtherUnit',
      label: `${o.name}${year}年度报告`,
      text: narrativeText(o.narrative),
    });
  return { previous, compareTexts };
}
