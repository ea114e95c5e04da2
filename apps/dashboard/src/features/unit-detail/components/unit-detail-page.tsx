import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';

import { Page } from '../../../components/page';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useFilters } from '../../../lib/filters';
import { useT } from '../../../lib/i18n';
import { useUnitHistory, useUnits } from '../hooks/use-unit-detail';
import { UnitHistoryChart } from './unit-history-chart';
import { YearReport } from './year-report';

function UnitChooser({ unitId }: { unitId?: string }) {
  const t = useT();
  const navigate = useNavigate();
  const units = useUnits(true);
  if (!units.data) return null;
  return (
    <label className="picker">
      <span>{t('unit.choose')}</span>
      <select
        aria-label={t('unit.choose')}
        value={unitId ?? ''}
        onChange={(e) => e.target.value && navigate(`/units/${e.target.value}`)}
      >
        <option value="">—</option>
        {units.data.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function UnitDetail({ unitId }: { unitId: string }) {
  const t = useT();
  const { year } = useFilters();
  const history = useUnitHistory(unitId);
  const [selectedYear, setSelectedYear] = useState<number | null>(null);
  useEffect(() => setSelectedYear(null), [unitId]);

  if (history.isPending) return <LoadingState />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  const data = history.data;
  if (data.years.length === 0) return <EmptyState>{t('unit.noSubmission')}</EmptyState>;
  const years = data.years;
  const shown =
    years.find((y) => y.year === selectedYear) ??
    years.find((y) => y.year === year) ??
    years[years.length - 1];

  return (
    <>
      <div className="unit-head">
        <h2 style={{ fontSize: 18 }}>{data.unit.name}</h2>
        <span className="muted">{t(`kind.${data.unit.kind}`)}</span>
        {data.unit.contactPerson && (
          <span className="muted">
            {t('completeness.contact')}：{data.unit.contactPerson} {data.unit.contactPhone ?? ''}
          </span>
        )}
      </div>
      <UnitHistoryChart history={data} />
      <div className="tabs" role="tablist" aria-label={t('chart.year')}>
        {years.map((y) => (
          <button
            key={y.year}
            type="button"
            role="tab"
            aria-selected={y.year === shown.year}
            aria-pressed={y.year === shown.year}
            onClick={() => setSelectedYear(y.year)}
          >
            {y.year}
          </button>
        ))}
      </div>
      <YearReport key={`${unitId}-${shown.year}`} unitId={unitId} entry={shown} />
    </>
  );
}

export function UnitDetailPage() {
  const t = useT();
  const { unitId } = useParams();
  return (
    <Page title={t('unit.title')} actions={<UnitChooser unitId={unitId} />}>
      {unitId ? <UnitDetail unitId={unitId} /> : <EmptyState>{t('unit.chooseHint')}</EmptyState>}
    </Page>
  );
}
