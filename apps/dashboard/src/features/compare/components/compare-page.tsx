import type { IndicatorRow, MetricInfo } from '@nianbao/contracts';
import { useNavigate, useSearchParams } from 'react-router';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { AXIS_TICK, SERIES_COLORS } from '../../../components/chart-colors';
import { ChartCard, DataTable } from '../../../components/chart-card';
import { Page } from '../../../components/page';
import { ErrorState, LoadingState } from '../../../components/states';
import { UnitAxisTick } from '../../../components/unit-axis-tick';
import { formatNumber, formatRate } from '../../../lib/format';
import { useFilters } from '../../../lib/filters';
import { useLabel, useT } from '../../../lib/i18n';
import { indicatorXlsxUrl } from '../api/get-indicator';
import { useIndicator, useMetrics } from '../hooks/use-indicator';

const DEFAULT_INDICATOR = 'requests';

export function formatMetric(v: number | null, metric: Pick<MetricInfo, 'unit'>): string {
  if (metric.unit === '%') return formatRate(v);
  return formatNumber(v, metric.unit === 'ratio' || metric.unit === '万元' ? 2 : 0);
}

export function ComparePage() {
  const t = useT();
  const label = useLabel();
  const navigate = useNavigate();
  const { year, orgNodeId } = useFilters();
  const [params, setParams] = useSearchParams();
  const indicator = params.get('indicator') ?? DEFAULT_INDICATOR;
  const metrics = useMetrics();
  const query = useIndicator(indicator);
  const title = t('compare.title');

  const picker = (
    <label className="picker">
      <span>{t('compare.indicator')}</span>
      <select
        aria-label={t('compare.indicator')}
        value={indicator}
        onChange={(e) => setParams({ indicator: e.target.value }, { replace: true })}
      >
        {(metrics.data?.metrics ?? [{ key: indicator, zh: indicator, en: indicator }]).map((m) => (
          <option key={m.key} value={m.key}>
            {label(m)}
          </option>
        ))}
      </select>
    </label>
  );

  if (query.isPending)
    return (
      <Page title={title} actions={picker}>
        <LoadingState />
      </Page>
    );
  if (query.isError)
    return (
      <Page title={title} actions={picker}>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );

  const data = query.data;
  const metric = data.metric;
  const isPct = metric.unit === '%';
  const rows = data.rows.filter((r) => r.value !== null);
  const chartRows = rows.map((r) => ({ ...r, plotted: isPct && r.value !== null ? r.value * 100 : r.value }));
  const median = data.median === null ? null : isPct ? data.median * 100 : data.median;
  const metricName = label(metric);
  const openUnit = (unitId: string) => navigate(`/units/${unitId}`);
  const columns = [
    { key: 'rank', label: t('compare.rank'), value: (r: IndicatorRow) => rows.indexOf(r) + 1, numeric: true },
    { key: 'unit', label: t('chart.unit'), value: (r: IndicatorRow) => r.unitName },
    {
      key: 'value',
      label: `${metricName}${isPct ? '' : `（${metric.unit}）`}`,
      value: (r: IndicatorRow) => r.value,
      render: (r: IndicatorRow) => formatMetric(r.value, metric),
      numeric: true,
    },
  ];

  return (
    <Page title={title} subtitle={`${data.orgNode.name} · ${year}`} actions={picker}>
      <div className="compare-grid">
        <ChartCard
          title={t('compare.chartTitle', { metric: metricName, year: data.year })}
          fileName={`${indicator}-${data.year}`}
          rows={rows}
          rowKey={(r) => r.unitId}
          columns={columns}
          onRowClick={(r) => openUnit(r.unitId)}
          emptyText={t('compare.empty')}
          extraActions={
            <a className="button-link" href={indicatorXlsxUrl(indicator, year, orgNodeId)} download>
              {t('compare.exportXlsx')}
            </a>
          }
        >
          <p className="legend-note">
            {t('compare.clickHint')} · {t('chart.median')}: {formatMetric(data.median, metric)}
          </p>
          <ResponsiveContainer width="100%" height={380}>
            <BarChart data={chartRows} margin={{ top: 16, right: 16, left: 0, bottom: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="unitName" interval={0} tick={<UnitAxisTick />} height={70} />
              <YAxis tick={AXIS_TICK} unit={isPct ? '%' : undefined} />
              <Tooltip
                formatter={(v) =>
                  typeof v === 'number' ? (isPct ? `${v.toFixed(1)}%` : formatNumber(v, 2)) : String(v)
                }
              />
              <Bar
                isAnimationActive={false}
                dataKey="plotted"
                name={metricName}
                fill={SERIES_COLORS[0]}
                cursor="pointer"
                onClick={(d: { payload?: { unitId?: string } }) =>
                  d.payload?.unitId && openUnit(d.payload.unitId)
                }
              />
              {median !== null && (
                <ReferenceLine
                  y={median}
                  stroke={SERIES_COLORS[3]}
                  strokeDasharray="6 3"
                  label={{
                    value: t('chart.median'),
                    position: 'insideTopRight',
                    fill: SERIES_COLORS[3],
                    fontSize: 12,
                  }}
                />
              )}
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
        <section className="panel" aria-label={metricName}>
          <div className="panel-head">
            <h2>{metricName}</h2>
          </div>
          <DataTable
            rows={rows}
            columns={columns}
            rowKey={(r) => r.unitId}
            onRowClick={(r) => openUnit(r.unitId)}
            caption={metricName}
          />
        </section>
      </div>
    </Page>
  );
}
