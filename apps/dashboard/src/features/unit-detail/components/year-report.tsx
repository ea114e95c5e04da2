import { FlagChip } from '../../../components/flag-chip';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useLang, useT } from '../../../lib/i18n';
import { submissionFileUrl } from '../api/unit-detail-api';
import { useSubmission, useUnitSubmissions } from '../hooks/use-unit-detail';
import { ReportTables } from './report-tables';
import { VersionHistory } from './version-history';
import type { UnitHistoryResponse } from '@nianbao/contracts';
import { cellLabel } from '@nianbao/report-format';

type HistoryYear = UnitHistoryResponse['years'][number];

export function YearReport({ unitId, entry }: { unitId: string; entry: HistoryYear }) {
  const t = useT();
  const { lang } = useLang();
  const submission = useSubmission(entry.submissionId);
  const versions = useUnitSubmissions(unitId, entry.submissionId ? entry.year : null);

  if (!entry.submissionId)
    return (
      <section className="panel">
        <div className="panel-head">
          <h2>{t('unit.tables', { year: entry.year })}</h2>
          {entry.flags.map((f) => (
            <FlagChip key={f} flag={f} />
          ))}
        </div>
        <EmptyState>{t('unit.noSubmission')}</EmptyState>
      </section>
    );

  return (
    <>
      <section className="panel" aria-label={t('unit.tables', { year: entry.year })}>
        <div className="panel-head">
          <h2>{t('unit.tables', { year: entry.year })}</h2>
          {entry.flags.map((f) => (
            <FlagChip key={f} flag={f} />
          ))}
          <a className="button-link" href={submissionFileUrl(entry.submissionId)} download>
            {t('unit.download')}
          </a>
        </div>
        {submission.isPending ? (
          <LoadingState />
        ) : submission.isError ? (
          <ErrorState error={submission.error} onRetry={() => void submission.refetch()} />
        ) : (
          <>
            {submission.data.review.comment && (
              <p>
                <strong>{t('unit.reviewComment')}：</strong>
                {submission.data.review.comment}
              </p>
            )}
            <h3>{t('unit.findings')}</h3>
            {submission.data.findings.length === 0 ? (
              <p className="muted">{t('unit.noFindings')}</p>
            ) : (
              <ul className="findings">
                {submission.data.findings.map((f) => (
                  <li key={f.key} className={`sev-${f.severity}`}>
                    <strong>{t(`severity.${f.severity}`)}</strong> {lang === 'en' ? f.messageEn : f.message}
                    {f.cells.length > 0 && (
                      <span className="muted small">
                        （
                        {f.cells
                          .slice(0, 3)
                          .map((c) => safeCellLabel(c, lang))
                          .join('；')}
                        ）
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <ReportTables report={submission.data.report} findings={submission.data.findings} />
          </>
        )}
      </section>
      {versions.data && versions.data.length > 0 && <VersionHistory versions={versions.data} />}
    </>
  );
}

function safeCellLabel(address: string, lang: 'zh' | 'en'): string {
  try {
    return cellLabel(address, lang);
  } catch {
    return address;
  }
}
