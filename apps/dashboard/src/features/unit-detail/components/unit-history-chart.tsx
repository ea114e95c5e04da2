import type { UnitHistoryResponse } from '@nianbao/contracts';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { AXIS_TICK, SERIES_COLORS } from '../../../components/chart-colors';
import { ChartCard } from '../../../components/chart-card';
import { formatRate } from '../../../lib/format';
import { useT, type MessageKey } from '../../../lib/i18n';

const COUNT_LINES: { key: string; label: MessageKey }[] = [
  { key: 'requests', label: 'trend.requests' },
  { key: 'reviews', label: 'trend.reviews' },
  { key: 'lawsuits', label: 'trend.lawsuits' },
];

export function UnitHistoryChart({ history }: { history: UnitHistoryResponse }) {
  const t = useT();
  const rows = history.years.map((y) => ({
    year: y.year,
    requests: y.metrics.requests ?? null,
    reviews: y.metrics.reviews ?? null,
    lawsuits: y.metrics.lawsuits ?? null,
    disclosureRate: y.metrics.disclosureRate ?? null,
    ratePct: y.metrics.disclosureRate == null ? null : Math.round(y.metrics.disclosureRate * 1000) / 10,
  }));
  return (
    <ChartCard
      title={t('unit.history')}
      fileName={`unit-history-${history.unit.name}`}
      rows={rows}
      rowKey={(r) => String(r.year)}
      columns={[
        { key: 'year', label: t('chart.year'), value: (r) => r.year },
        ...COUNT_LINES.map((l) => ({
          key: l.key,
          label: t(l.label),
          value: (r: (typeof rows)[number]) => r[l.key as 'requests'],
          numeric: true,
        })),
        {
          key: 'disclosureRate',
          label: t('trend.disclosureRate'),
          value: (r) => r.disclosureRate,
          render: (r) => formatRate(r.disclosureRate),
          numeric: true,
        },
      ]}
    >
      <ResponsiveContainer width="100%" height={280}>
        <LineChart data={rows} margin={{ top: 8, right: 16, left: 0, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="year" tick={AXIS_TICK} />
          <YAxis yAxisId="n" tick={AXIS_TICK} />
          <YAxis yAxisId="r" orientation="right" unit="%" domain={[0, 100]} tick={AXIS_TICK} />
          <Tooltip />
          <Legend />
          {COUNT_LINES.map((l, i) => (
            <Line
              isAnimationActive={false}
              key={l.key}
              yAxisId="n"
              dataKey={l.key}
              name={t(l.label)}
              stroke={SERIES_COLORS[i]}
              strokeWidth={2}
              connectNulls
            />
          ))}
          <Line
            isAnimationActive={false}
            yAxisId="r"
            dataKey="ratePct"
            name={`${t('trend.disclosureRate')} (%)`}
            stroke={SERIES_COLORS[3]}
            strokeDasharray="5 3"
            connectNulls
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
