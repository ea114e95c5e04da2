import type { OverviewResponse } from '@nianbao/contracts';
import { useNavigate } from 'react-router';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { AfterFirstPaint } from '../../../components/after-first-paint';
import { AXIS_TICK, SERIES_COLORS } from '../../../components/chart-colors';
import { NO_VERTICAL_LINES, PlainBar } from '../../../components/chart-parts';
import { ChartCard } from '../../../components/chart-card';
import { Page } from '../../../components/page';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { UnitAxisTick } from '../../../components/unit-axis-tick';
import { formatNumber, formatRate } from '../../../lib/format';
import { useFilters } from '../../../lib/filters';
import { useLabel, useT, type MessageKey } from '../../../lib/i18n';
import { useDemoFlag } from '../../../lib/use-demo-flag';
import { useOverview } from '../hooks/use-overview';
import { rollupUrl } from '../api/get-overview';
import { topRows, type TopRows } from '../utils/top-rows';

const OUTCOME_KEYS = [
  'disclosed',
  'partiallyDisclosed',
  'withheld',
  'unableToProvide',
  'notProcessed',
  'otherHandling',
] as const;

/** The counts of the trend chart (left axis); the disclosure rate has its own axis. */
const TREND_COUNTS = [
  { key: 'requests', label: 'trend.requests', color: 0, width: 2 },
  { key: 'reviews', label: 'trend.reviews', color: 1, width: 1 },
  { key: 'lawsuits', label: 'trend.lawsuits', color: 3, width: 1 },
] as const;

function HeadlineCards({ data }: { data: OverviewResponse }) {
  const t = useT();
  const proposalsHandled =
    data.proposals.npcTotal === null && data.proposals.cppccTotal === null
      ? null
      : (data.proposals.npcTotal ?? 0) + (data.proposals.cppccTotal ?? 0);
  const cards: { label: MessageKey; value: string; sub: string }[] = [
    {
      label: 'overview.submitted',
      value: `${data.submitted} / ${data.expected}`,
      sub: `${t('overview.onTimeRate')} ${formatRate(data.onTimeRate)} · ${t('overview.missingLate', {
        missing: data.missing,
        late: data.late,
        pending: data.pendingReview,
      })}`,
    },
    { label: 'overview.requests', value: formatNumber(data.requestsReceived), sub: '' },
    { label: 'overview.disclosureRate', value: formatRate(data.disclosureRate), sub: '' },
    {
      label: 'overview.reviewsLawsuits',
      value: `${formatNumber(data.reviews)} / ${formatNumber(data.lawsuits)}`,
      sub: '',
    },
    {
      label: 'overview.proposals',
      value: formatNumber(proposalsHandled),
      sub: `${t('overview.proposalsDetail', {
        npc: formatNumber(data.proposals.npcTotal),
        cppcc: formatNumber(data.proposals.cppccTotal),
      })} · ${t('overview.completionRate', { rate: formatRate(data.proposals.completionRate) })}`,
    },
  ];
  return (
    <div className="cards">
      {cards.map((c) => (
        <div className="card" key={c.label}>
          <div className="label">{t(c.label)}</div>
          <div className="value">{c.value}</div>
          {c.sub && <div className="sub">{c.sub}</div>}
        </div>
      ))}
    </div>
  );
}

export function OverviewPage() {
  const t = useT();
  const label = useLabel();
  const navigate = useNavigate();
  const { setOrgNodeId } = useFilters();
  const query = useOverview();
  useDemoFlag(query.data?.isDemo);

  if (query.isPending)
    return (
      <Page title={t('overview.title')}>
        <LoadingState />
      </Page>
    );
  if (query.isError)
    return (
      <Page title={t('overview.title')}>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  const data = query.data;
  const subtitle = `${data.orgNode.name} · ${data.year}`;
  if (data.expected === 0 && data.submitted === 0)
    return (
      <Page title={t('overview.title')} subtitle={subtitle}>
        <EmptyState>{t('overview.empty')}</EmptyState>
      </Page>
    );

  const byUnit = data.requestsByUnit.filter((r) => r.value !== null);
  const outcomes = data.outcomeBreakdown;
  const mix = data.applicantMix.filter((m) => (m.value ?? 0) > 0);
  // Above district level the rows are child org nodes: a click drills down instead of opening a unit.
  const byNode = data.rowsBy === 'orgNode';
  const openUnit = (id: string) => (byNode ? setOrgNodeId(id) : navigate(`/units/${id}`));
  const rowLabel = byNode ? t('chart.orgNode') : t('chart.unit');
  // Charts show the rows with the largest totals; the table views keep every row.
  const byUnitChart = topRows(byUnit, ['value']);
  const outcomesChart = topRows(outcomes, OUTCOME_KEYS);
  const restNote = (chart: TopRows<unknown>) =>
    chart.restCount > 0 && (
      <p className="small muted chart-note">
        {t(byNode ? 'overview.restNoteNodes' : 'overview.restNote', {
          shown: chart.rows.length,
          count: chart.restCount,
          total: formatNumber(chart.restTotal),
        })}
      </p>
    );

  const scopeId = data.orgNode.id ?? '';
  const downloads = (
    <span className="page-actions" title={t('overview.rollupHint')}>
      <a className="button-link" href={rollupUrl('xlsx', data.year, scopeId)} download>
        {t('overview.rollupXlsx')}
      </a>
      <a className="button-link" href={rollupUrl('docx', data.year, scopeId)} download>
        {t('overview.rollupDocx')}
      </a>
    </span>
  );

  return (
    <Page title={t('overview.title')} subtitle={subtitle} actions={downloads}>
      <HeadlineCards data={data} />
      <ChartCard
        title={byNode ? t('overview.requestsByNode') : t('overview.requestsByUnit')}
        fileName={`requests-by-unit-${data.year}`}
        rows={byUnit}
        rowKey={(r) => r.unitId}
        onRowClick={(r) => openUnit(r.unitId)}
        columns={[
          { key: 'unit', label: rowLabel, value: (r) => r.unitName },
          { key: 'value', label: t('overview.requests'), value: (r) => r.value, numeric: true },
        ]}
      >
        <ResponsiveContainer width="100%" height={320}>
          <BarChart data={byUnitChart.rows} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
            <CartesianGrid
              strokeDasharray="3 3"
              vertical={false}
              verticalCoordinatesGenerator={NO_VERTICAL_LINES}
            />
            <XAxis dataKey="unitName" interval={0} tick={<UnitAxisTick />} height={70} />
            <YAxis tick={AXIS_TICK} />
            <Tooltip />
            <Bar
              shape={PlainBar}
              isAnimationActive={false}
              dataKey="value"
              name={t('overview.requests')}
              fill={SERIES_COLORS[0]}
              cursor="pointer"
              onClick={(d: { payload?: { unitId?: string } }) =>
                d.payload?.unitId && openUnit(d.payload.unitId)
              }
            />
          </BarChart>
        </ResponsiveContainer>
        {restNote(byUnitChart)}
      </ChartCard>
      <div className="grid-2">
        <ChartCard
          title={t('overview.outcomes')}
          fileName={`outcomes-${data.year}`}
          rows={outcomes}
          rowKey={(r) => r.unitId}
          columns={[
            { key: 'unit', label: rowLabel, value: (r) => r.unitName },
            ...OUTCOME_KEYS.map((k) => ({
              key: k,
              label: t(`outcome.${k}`),
              value: (r: (typeof outcomes)[number]) => r[k],
              numeric: true,
            })),
          ]}
        >
          <AfterFirstPaint height={340}>
            <ResponsiveContainer width="100%" height={340}>
              <BarChart data={outcomesChart.rows} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
                <CartesianGrid
                  strokeDasharray="3 3"
                  vertical={false}
                  verticalCoordinatesGenerator={NO_VERTICAL_LINES}
                />
                <XAxis dataKey="unitName" interval={0} tick={<UnitAxisTick />} height={70} />
                <YAxis tick={AXIS_TICK} />
                <Tooltip />
                <Legend verticalAlign="top" height={28} />
                {OUTCOME_KEYS.map((k, i) => (
                  <Bar
                    shape={PlainBar}
                    isAnimationActive={false}
                    key={k}
                    dataKey={k}
                    stackId="o"
                    name={t(`outcome.${k}`)}
                    fill={SERIES_COLORS[i]}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
            {restNote(outcomesChart)}
          </AfterFirstPaint>
        </ChartCard>
        <ChartCard
          title={t('overview.applicantMix')}
          fileName={`applicant-mix-${data.year}`}
          rows={data.applicantMix}
          rowKey={(r) => r.key}
          columns={[
            { key: 'label', label: t('overview.applicantMix'), value: (r) => label(r) },
            { key: 'value', label: t('chart.value'), value: (r) => r.value, numeric: true },
          ]}
        >
          <AfterFirstPaint height={340}>
            <ResponsiveContainer width="100%" height={340}>
              <PieChart>
                <Pie
                  isAnimationActive={false}
                  data={mix.map((m) => ({ name: label(m), value: m.value ?? 0 }))}
                  dataKey="value"
                  nameKey="name"
                  innerRadius={60}
                  outerRadius={110}
                  label={({ name, percent }: { name?: string; percent?: number }) =>
                    `${name ?? ''} ${((percent ?? 0) * 100).toFixed(0)}%`
                  }
                >
                  {mix.map((m, i) => (
                    <Cell key={m.key} fill={SERIES_COLORS[i % SERIES_COLORS.length]} />
                  ))}
                </Pie>
                <Tooltip />
                <Legend />
              </PieChart>
            </ResponsiveContainer>
          </AfterFirstPaint>
        </ChartCard>
      </div>
      <ChartCard
        title={t('overview.trend')}
        fileName="trend"
        rows={data.trend}
        rowKey={(r) => String(r.year)}
        columns={[
          { key: 'year', label: t('chart.year'), value: (r) => r.year },
          { key: 'requests', label: t('trend.requests'), value: (r) => r.requests, numeric: true },
          {
            key: 'disclosureRate',
            label: t('trend.disclosureRate'),
            value: (r) => r.disclosureRate,
            render: (r) => formatRate(r.disclosureRate),
            numeric: true,
          },
          { key: 'reviews', label: t('trend.reviews'), value: (r) => r.reviews, numeric: true },
          { key: 'lawsuits', label: t('trend.lawsuits'), value: (r) => r.lawsuits, numeric: true },
          { key: 'submitted', label: t('trend.submitted'), value: (r) => r.submitted, numeric: true },
          { key: 'expected', label: t('trend.expected'), value: (r) => r.expected, numeric: true },
        ]}
      >
        <AfterFirstPaint height={300}>
          <ResponsiveContainer width="100%" height={300}>
            <LineChart
              data={data.trend.map((p) => ({
                ...p,
                ratePct: p.disclosureRate === null ? null : p.disclosureRate * 100,
              }))}
              margin={{ top: 8, right: 16, left: 0, bottom: 8 }}
            >
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="year" tick={AXIS_TICK} />
              <YAxis yAxisId="n" tick={AXIS_TICK} />
              <YAxis yAxisId="r" orientation="right" unit="%" domain={[0, 100]} tick={AXIS_TICK} />
              <Tooltip />
              <Legend />
              {TREND_COUNTS.map((l) => (
                <Line
                  key={l.key}
                  isAnimationActive={false}
                  yAxisId="n"
                  dataKey={l.key}
                  name={t(l.label)}
                  stroke={SERIES_COLORS[l.color]}
                  strokeWidth={l.width}
                />
              ))}
              <Line
                isAnimationActive={false}
                yAxisId="r"
                dataKey="ratePct"
                name={`${t('trend.disclosureRate')} (%)`}
                stroke={SERIES_COLORS[2]}
                strokeDasharray="5 3"
              />
            </LineChart>
          </ResponsiveContainer>
        </AfterFirstPaint>
      </ChartCard>
    </Page>
  );
}
