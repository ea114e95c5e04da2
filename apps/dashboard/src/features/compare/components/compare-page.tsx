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

const SPANS = [1, 3, 5] as const;

/** A labelled select of the page head. */
function Picker({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <label className="picker">
      <span>{label}</span>
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ComparePage() {
  const t = useT();
  const label = useLabel();
  const navigate = useNavigate();
  const { year, orgNodeId, setOrgNodeId } = useFilters();
  const [params, setParams] = useSearchParams();
  const indicator = params.get('indicator') ?? DEFAULT_INDICATOR;
  const groupBy = params.get('by') === 'orgNode' ? 'orgNode' : 'unit';
  const span = SPANS.find((n) => String(n) === params.get('span')) ?? 1;
  const selection = { indicator, year, orgNodeId, groupBy, span } as const;
  const metrics = useMetrics();
  const query = useIndicator(selection);
  const title = t('compare.title');
  const setParam = (key: string, value: string, fallback: string) => {
    const next = new URLSearchParams(params);
    if (value === fallback) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };

  const picker = (
    <div className="page-actions">
      <Picker
        label={t('compare.indicator')}
        value={indicator}
        onChange={(v) => setParam('indicator', v, '')}
        options={(metrics.data?.metrics ?? [{ key: indicator, zh: indicator, en: indicator }]).map((m) => ({
          value: m.key,
          label: label(m),
        }))}
      />
      <Picker
        label={t('compare.groupBy')}
        value={groupBy}
        onChange={(v) => setParam('by', v, 'unit')}
        options={[
          { value: 'unit', label: t('compare.groupBy.unit') },
          { value: 'orgNode', label: t('compare.groupBy.orgNode') },
        ]}
      />
      <Picker
        label={t('compare.span')}
        value={String(span)}
        onChange={(v) => setParam('span', v, '1')}
        options={SPANS.map((n) => ({
          value: String(n),
          label: n === 1 ? t('compare.span.one') : t('compare.span.many', { n }),
        }))}
      />
    </div>
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
  const byNode = data.groupBy === 'orgNode';
  // Subdivisions drill down (the same comparison one level lower); units open their page.
  const openRow = (id: string) => (byNode ? setOrgNodeId(id) : navigate(`/units/${id}`));
  const rankOf = new Map(rows.map((r, i) => [r.unitId, i + 1]));
  const yearColumns =
    data.years.length > 1
      ? data.years.map((y) => ({
          key: `y${y}`,
          label: String(y),
          value: (r: IndicatorRow) => r.values[String(y)] ?? null,
          render: (r: IndicatorRow) => formatMetric(r.values[String(y)] ?? null, metric),
          numeric: true,
        }))
      : [];
  const columns = [
    {
      key: 'rank',
      label: t('compare.rank'),
      value: (r: IndicatorRow) => rankOf.get(r.unitId) ?? null,
      numeric: true,
    },
    {
      key: 'unit',
      label: byNode ? t('chart.orgNode') : t('chart.unit'),
      value: (r: IndicatorRow) => r.unitName,
    },
    ...yearColumns,
    ...(yearColumns.length
      ? []
      : [
          {
            key: 'value',
            label: `${metricName}${isPct ? '' : `（${metric.unit}）`}`,
            value: (r: IndicatorRow) => r.value,
            render: (r: IndicatorRow) => formatMetric(r.value, metric),
            numeric: true,
          },
        ]),
  ];
  // Rows without a value for the chart's year still belong in a multi-year table.
  const tableRows = yearColumns.length ? data.rows : rows;

  return (
    <Page
      title={title}
      subtitle={`${data.orgNode.name} · ${data.years.length > 1 ? `${data.years[0]}–${data.year}` : data.year}`}
      actions={picker}
    >
      <div className="compare-grid">
        <ChartCard
          title={t('compare.chartTitle', { metric: metricName, year: data.year })}
          fileName={`${indicator}-${data.year}`}
          rows={rows}
          rowKey={(r) => r.unitId}
          columns={columns}
          onRowClick={(r) => openRow(r.unitId)}
          emptyText={byNode ? t('compare.emptyNodes') : t('compare.empty')}
          extraActions={
            <a className="button-link" href={indicatorXlsxUrl(selection)} download>
              {t('compare.exportXlsx')}
            </a>
          }
        >
          <p className="legend-note">
            {byNode ? t('compare.clickHintNodes') : t('compare.clickHint')} · {t('chart.median')}:{' '}
            {formatMetric(data.median, metric)}
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
                  d.payload?.unitId && openRow(d.payload.unitId)
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
            rows={tableRows}
            columns={columns}
            rowKey={(r) => r.unitId}
            onRowClick={(r) => openRow(r.unitId)}
            caption={metricName}
          />
        </section>
      </div>
    </Page>
  );
}
