import type { ProposalsResponse } from '@nianbao/contracts';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { AXIS_TICK, SERIES_COLORS } from '../../../components/chart-colors';
import { ChartCard } from '../../../components/chart-card';
import { Page } from '../../../components/page';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { UnitAxisTick } from '../../../components/unit-axis-tick';
import { formatNumber, formatRate } from '../../../lib/format';
import { useFilters } from '../../../lib/filters';
import { useT } from '../../../lib/i18n';
import { useProposals } from '../hooks/use-proposals';

type Row = ProposalsResponse['rows'][number];

export function ProposalsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { setOrgNodeId } = useFilters();
  const query = useProposals();
  const title = t('proposals.title');
  if (query.isPending)
    return (
      <Page title={title}>
        <LoadingState />
      </Page>
    );
  if (query.isError)
    return (
      <Page title={title}>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  const data = query.data;
  const rows = data.rows.filter(
    (r) => (r.npcTotal ?? 0) + (r.cppccTotal ?? 0) > 0 || r.completionRate !== null,
  );
  // Above district level the rows are child org nodes: a click drills down instead of opening a unit.
  const byNode = data.rowsBy === 'orgNode';
  const openUnit = (r: Row) => (byNode ? setOrgNodeId(r.unitId) : navigate(`/units/${r.unitId}`));
  const rowLabel = byNode ? t('chart.orgNode') : t('chart.unit');
  const tot = data.totals;
  const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
  // The two rate columns close both tables (handling and rates).
  const rateColumns = (['completionRate', 'satisfactionRate'] as const).map((key) => ({
    key,
    label: t(`proposals.${key}`),
    value: (r: Row) => r[key],
    render: (r: Row) => formatRate(r[key]),
    numeric: true,
  }));

  return (
    <Page title={title} subtitle={`${data.orgNode.name} · ${data.year}`}>
      {rows.length === 0 ? (
        <EmptyState>{t('proposals.empty')}</EmptyState>
      ) : (
        <>
          <div className="cards">
            <div className="card">
              <div className="label">{t('proposals.npc')}</div>
              <div className="value">{formatNumber(tot.npcTotal)}</div>
              <div className="sub">
                {t('proposals.lead')} {formatNumber(tot.npcLead)} · {t('proposals.assist')}{' '}
                {formatNumber(tot.npcAssist)}
              </div>
            </div>
            <div className="card">
              <div className="label">{t('proposals.cppcc')}</div>
              <div className="value">{formatNumber(tot.cppccTotal)}</div>
              <div className="sub">
                {t('proposals.lead')} {formatNumber(tot.cppccLead)} · {t('proposals.assist')}{' '}
                {formatNumber(tot.cppccAssist)}
              </div>
            </div>
            <div className="card">
              <div className="label">{t('proposals.completionRate')}</div>
              <div className="value">{formatRate(tot.completionRate)}</div>
            </div>
            <div className="card">
              <div className="label">{t('proposals.satisfactionRate')}</div>
              <div className="value">{formatRate(tot.satisfactionRate)}</div>
            </div>
          </div>
          <ChartCard
            title={`${t('proposals.npc')} / ${t('proposals.cppcc')} · ${t('proposals.lead')} / ${t('proposals.assist')}`}
            fileName={`proposals-${data.year}`}
            rows={rows}
            rowKey={(r) => r.unitId}
            onRowClick={openUnit}
            columns={[
              { key: 'unit', label: rowLabel, value: (r) => r.unitName },
              ...(['npc', 'cppcc'] as const).flatMap((body) =>
                (['Lead', 'Assist', 'Total'] as const).map((part) => ({
                  key: `${body}${part}` as const,
                  label: `${t(`proposals.${body}`)}·${t(`proposals.${part.toLowerCase() as Lowercase<typeof part>}`)}`,
                  value: (r: (typeof rows)[number]) => r[`${body}${part}`],
                  numeric: true,
                })),
              ),
              ...rateColumns,
            ]}
          >
            <ResponsiveContainer width="100%" height={360}>
              <BarChart data={rows} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="unitName" interval={0} tick={<UnitAxisTick />} height={70} />
                <YAxis tick={AXIS_TICK} />
                <Tooltip />
                <Legend verticalAlign="top" height={28} />
                <Bar
                  isAnimationActive={false}
                  dataKey="npcLead"
                  stackId="npc"
                  name={`${t('proposals.npc')}·${t('proposals.lead')}`}
                  fill={SERIES_COLORS[3]}
                />
                <Bar
                  isAnimationActive={false}
                  dataKey="npcAssist"
                  stackId="npc"
                  name={`${t('proposals.npc')}·${t('proposals.assist')}`}
                  fill="#e8a0a3"
                />
                <Bar
                  isAnimationActive={false}
                  dataKey="cppccLead"
                  stackId="cppcc"
                  name={`${t('proposals.cppcc')}·${t('proposals.lead')}`}
                  fill={SERIES_COLORS[0]}
                />
                <Bar
                  isAnimationActive={false}
                  dataKey="cppccAssist"
                  stackId="cppcc"
                  name={`${t('proposals.cppcc')}·${t('proposals.assist')}`}
                  fill="#9dbde3"
                />
              </BarChart>
            </ResponsiveContainer>
          </ChartCard>
          <ChartCard
            title={t('proposals.rates')}
            fileName={`proposal-rates-${data.year}`}
            rows={rows}
            rowKey={(r) => r.unitId}
            onRowClick={openUnit}
            columns={[{ key: 'unit', label: rowLabel, value: (r) => r.unitName }, ...rateColumns]}
          >
            <ResponsiveContainer width="100%" height={320}>
              <BarChart
                data={rows.map((r) => ({ ...r, c: pct(r.completionRate), s: pct(r.satisfactionRate) }))}
                margin={{ top: 8, right: 8, left: 0, bottom: 0 }}
              >
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="unitName" interval={0} tick={<UnitAxisTick />} height={70} />
                <YAxis tick={AXIS_TICK} unit="%" domain={[0, 100]} />
                <Tooltip />
                <Legend verticalAlign="top" height={28} />
                <Bar
                  isAnimationActive={false}
                  dataKey="c"
                  name={t('proposals.completionRate')}
                  fill={SERIES_COLORS[2]}
                />
                <Bar
                  isAnimationActive={false}
                  dataKey="s"
                  name={t('proposals.satisfactionRate')}
                  fill={SERIES_COLORS[1]}
                />
              </BarChart>
            </ResponsiveContainer>
          </ChartCard>
        </>
      )}
    </Page>
  );
}
