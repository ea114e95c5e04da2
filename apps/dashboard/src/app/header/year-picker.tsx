import { useEffect, useMemo } from 'react';

import { defaultYear, useFilters } from '../../lib/filters';
import { useT } from '../../lib/i18n';
import { usePeriods } from './header-api';

export function YearPicker() {
  const t = useT();
  const { year, setYear } = useFilters();
  const periods = usePeriods();
  const years = useMemo(() => {
    const fromPeriods = (periods.data ?? []).map((p) => p.year);
    const fallback = Array.from({ length: 5 }, (_, i) => defaultYear() - i);
    return [...new Set([...(fromPeriods.length ? fromPeriods : fallback), year])].sort((a, b) => b - a);
  }, [periods.data, year]);

  // A stored year the server does not know falls back to its latest closed-or-open period.
  useEffect(() => {
    const known = (periods.data ?? []).map((p) => p.year);
    if (known.length && !known.includes(year)) {
      const latest = known.filter((y) => y <= defaultYear()).sort((a, b) => b - a)[0] ?? Math.max(...known);
      setYear(latest);
    }
  }, [periods.data, year, setYear]);

  return (
    <label className="picker">
      <span>{t('header.year')}</span>
      <select value={year} onChange={(e) => setYear(Number(e.target.value))} aria-label={t('header.year')}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
