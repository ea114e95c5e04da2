import { createZeroReport, type ReportDocument } from '@nianbao/report-format';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';

import { LoadingState } from '../../../components/states';
import { reporterKeys } from '../api/reporter-keys';
import { submitReport } from '../api/submit-report';
import { useLatestSubmission, useUnit } from '../hooks/use-reporter-data';
import { useReporterT } from '../reporter-messages';
import { entriesFromReport } from '../utils/form-entries';
import { UnitAccessError } from './my-unit-page';
import { ReportForm } from './report-form';
import './reporter.css';

/** Loads what the form starts from: this year's last version, else zeros with 上年结转 from last year's 结转下年度. */
export function ReportFormPage() {
  const t = useReporterT();
  const params = useParams();
  const unitId = params.unitId ?? '';
  const year = Number(params.year);
  const unit = useUnit(unitId);
  const current = useLatestSubmission(unitId, year, unit.isSuccess);
  const previous = useLatestSubmission(unitId, year - 1, unit.isSuccess);
  const queryClient = useQueryClient();

  const start = useMemo(() => {
    // No previous year to read (none handed in, or not readable): start without the carry-over.
    const last = previous.isError ? null : previous.data;
    if (current.data === undefined || last === undefined) return null;
    if (current.data) return { entries: entriesFromReport(current.data.report), prefilledFromYear: null };
    const report = createZeroReport();
    const carried = last?.report.applications.carriedForward;
    if (carried) report.applications.carriedOver = [...carried];
    return { entries: entriesFromReport(report), prefilledFromYear: carried ? year - 1 : null };
  }, [current.data, previous.data, previous.isError, year]);
  const previousDoc = useMemo<ReportDocument | null>(
    () => (previous.data ? { report: previous.data.report, meta: previous.data.meta } : null),
    [previous.data],
  );

  if (unit.isError) return <UnitAccessError error={unit.error} onRetry={() => void unit.refetch()} />;
  if (current.isError)
    return <UnitAccessError error={current.error} onRetry={() => void current.refetch()} />;
  if (!unit.data || !start) return <LoadingState />;

  return (
    <section className="page">
      <div className="page-head">
        <h1>{t('form.title', { unit: unit.data.name, year })}</h1>
        <Link to={`/report/${unitId}`}>{t('upload.back')}</Link>
      </div>
      <ReportForm
        unitId={unitId}
        unitName={unit.data.name}
        year={year}
        initialEntries={start.entries}
        prefilledFromYear={start.prefilledFromYear}
        previous={previousDoc}
        onSubmit={async (report, extras) => {
          const result = await submitReport(unitId, year, report, extras);
          await queryClient.invalidateQueries({ queryKey: reporterKeys.all });
          return result;
        }}
      />
    </section>
  );
}
