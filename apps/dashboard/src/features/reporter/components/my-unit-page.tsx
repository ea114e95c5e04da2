import type { ReportingPeriodDto, UnitDto } from '@nianbao/contracts';
import { Link, useParams } from 'react-router';

import { ErrorState, LoadingState } from '../../../components/states';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { templateUrl } from '../api/reporter-queries';
import type { SubmissionSummaryDto } from '@nianbao/contracts';
import { useCurrentUser } from '../hooks/use-current-user';
import { usePeriods, useUnit, useUnitSubmissions } from '../hooks/use-reporter-data';
import { useReporterT } from '../reporter-messages';
import { unitDeadline } from '../utils/deadline';
import { DeadlineCountdown } from './deadline-countdown';
import { ReviewNotes } from './review-notes';
import './reporter.css';

/** A refusal of the API for a unit outside the reporter's scope, said plainly. */
export function UnitAccessError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useReporterT();
  if (error instanceof ApiError && (error.code === 'FORBIDDEN_SCOPE' || error.status === 403)) {
    return (
      <div className="rp-error" role="alert">
        <strong>{t('my.forbidden')}</strong>
        <div className="small muted">{error.message}</div>
      </div>
    );
  }
  return <ErrorState error={error} onRetry={onRetry} />;
}

function YearCard({
  unit,
  year,
  period,
  versions,
}: {
  unit: UnitDto;
  year: number;
  period: ReportingPeriodDto | undefined;
  versions: SubmissionSummaryDto[];
}) {
  const t = useReporterT();
  const latest = versions.length ? (versions.find((v) => v.isLatest) ?? versions[0]) : undefined;
  const status: SubmissionSummaryDto['reviewStatus'] | 'none' = latest?.reviewStatus ?? 'none';
  const isOpen = period?.isOpen ?? false;
  const deadline = latest?.deadline ?? unitDeadline(period, year, unit.kind);
  // While the period is open a new version may follow even an accepted one (the reviewer sees it again).
  const canHandIn = isOpen;
  return (
    <article className="panel rp-year" aria-labelledby={`year-${year}`} data-year={year}>
      <h2 id={`year-${year}`}>
        {t('my.year', { year })}
        <span className={`rp-status rp-status--${status}`} data-testid={`status-${year}`}>
          {t(`my.status.${status}`)}
        </span>
      </h2>
      <p className="small">
        {isOpen ? t('my.periodOpen') : t('my.periodClosed')}
        {' · '}
        {isOpen && (status === 'none' || status === 'returned') ? (
          <DeadlineCountdown deadline={deadline} />
        ) : (
          <span>{t('my.deadline', { date: deadline })}</span>
        )}
        {latest?.isLate && <span className="rp-status rp-status--returned"> {t('my.late')}</span>}
      </p>
      {latest && (
        <p className="small">
          {t('my.version', { version: latest.version })} ·{' '}
          {t('my.submittedAt', { at: formatDateTime(latest.submittedAt) })}
          {' · '}
          {t('my.findings', { errors: latest.errorCount, warnings: latest.warningCount })}
        </p>
      )}
      {latest && latest.reviewStatus !== 'pending' && <ReviewNotes submissionId={latest.id} />}
      <div className="rp-actions">
        {canHandIn && (
          <>
            <Link className="button-link primary" to={`/report/${unit.id}/${year}/upload`}>
              {status === 'returned' ? `${t('my.resubmit')} · ${t('my.upload')}` : t('my.upload')}
            </Link>
            <Link className="button-link" to={`/report/${unit.id}/${year}/form`}>
              {t('my.fillForm')}
            </Link>
          </>
        )}
        <a className="button-link" href={templateUrl(unit.id, year)} download>
          {t('my.template')}
        </a>
      </div>
      {versions.length > 1 && (
        <details>
          <summary className="small">{t('my.history')}</summary>
          <ul className="small">
            {versions.map((v) => (
              <li key={v.id}>
                {t('my.version', { version: v.version })} · {formatDateTime(v.submittedAt)} ·{' '}
                {t(`my.status.${v.reviewStatus}`)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}

/** The reporter's home: each year of the unit with its status, deadline and the reviewer's comment. */
export function MyUnitPage() {
  const t = useReporterT();
  const user = useCurrentUser();
  const params = useParams();
  const unitId = params.unitId ?? user?.unitId ?? undefined;
  const unit = useUnit(unitId);
  const periods = usePeriods();
  const submissions = useUnitSubmissions(unitId);

  if (!unitId) return <p className="rp-error">{t('my.noUnit')}</p>;
  if (unit.isError) return <UnitAccessError error={unit.error} onRetry={() => void unit.refetch()} />;
  if (periods.isError) return <ErrorState error={periods.error} onRetry={() => void periods.refetch()} />;
  if (submissions.isError)
    return <UnitAccessError error={submissions.error} onRetry={() => void submissions.refetch()} />;
  if (!unit.data || !periods.data || !submissions.data) return <LoadingState />;

  const u = unit.data;
  const years = periods.data
    .filter(
      (p) => p.year >= u.reportsFromYear && (u.reportsUntilYear === null || p.year <= u.reportsUntilYear),
    )
    .map((p) => p.year)
    .sort((a, b) => b - a);
  return (
    <section className="page">
      <div className="page-head">
        <h1>{u.name}</h1>
        <span className="muted">{t('my.title')}</span>
      </div>
      <div className="rp-years">
        {years.map((year) => (
          <YearCard
            key={year}
            unit={u}
            year={year}
            period={periods.data.find((p) => p.year === year)}
            versions={submissions.data.filter((s) => s.year === year)}
          />
        ))}
      </div>
    </section>
  );
}
