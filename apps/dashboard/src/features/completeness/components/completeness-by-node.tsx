import type { CompletenessNodeRow, CompletenessResponse } from '@nianbao/contracts';

import { formatRate } from '../../../lib/format';
import { useFilters } from '../../../lib/filters';
import { useT } from '../../../lib/i18n';

// The counts shown per child node, in the order of the summary chips of the unit list.
const COLUMNS = [
  'expected',
  'submitted',
  'missing',
  'overdue',
  'late',
  'pending',
  'returned',
  'accepted',
  'failing',
  'copy',
] as const;

/**
 * Above district level: one row per child node (a province has thousands of units); a click on a node
 * drills down, at district level the page lists the units themselves.
 */
export function CompletenessByNode({ data }: { data: CompletenessResponse }) {
  const t = useT();
  const { setOrgNodeId } = useFilters();
  const rows = data.nodeRows ?? [];
  const rate = (r: Pick<CompletenessNodeRow, 'submitted' | 'expected'>) =>
    r.expected ? formatRate(r.submitted / r.expected) : '—';
  return (
    <>
      <p className="muted small">{t('completeness.byNodeHint')}</p>
      <div className="table-scroll" style={{ maxHeight: 'none' }}>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('chart.orgNode')}</th>
              {COLUMNS.map((c) => (
                <th key={c} scope="col" className="num">
                  {t(`completeness.col.${c}`)}
                </th>
              ))}
              <th scope="col" className="num">
                {t('completeness.col.rate')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.orgNodeId} data-testid="completeness-node-row">
                <td>
                  {r.orgNodeId === data.orgNode.id ? (
                    r.orgNodeName
                  ) : (
                    <button type="button" className="link" onClick={() => setOrgNodeId(r.orgNodeId)}>
                      {r.orgNodeName}
                    </button>
                  )}
                </td>
                {COLUMNS.map((c) => (
                  <td key={c} className={`num${c === 'overdue' && r.overdue > 0 ? ' days-late' : ''}`}>
                    {r[c]}
                  </td>
                ))}
                <td className="num">{rate(r)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('completeness.total')}</th>
              {COLUMNS.map((c) => (
                <td key={c} className="num">
                  {data.summary[c]}
                </td>
              ))}
              <td className="num">{rate(data.summary)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
