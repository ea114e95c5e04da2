import type { ReportDocument } from '@nianbao/report-format';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';

import { LoadingState } from '../../../components/states';
import { CompareLayout, OriginalDocumentPane, useLocalFileUrls } from '../../source-view';
import { useLang } from '../../../lib/i18n';
import { previewFile } from '../api/preview-report';
import { reporterKeys } from '../api/reporter-keys';
import { submitFile } from '../api/submit-report';
import type { PreviewDto, SubmissionDetailDto } from '@nianbao/contracts';
import { useLatestSubmission, useUnit } from '../hooks/use-reporter-data';
import { useLiveFindings } from '../hooks/use-live-findings';
import { useReporterT } from '../reporter-messages';
import { applyCorrections, correctionsFrom } from '../utils/corrections';
import { entriesFromReport, type FormEntries } from '../utils/form-entries';
import { findingsByCell } from '../utils/findings-by-cell';
import { ApiErrorMessage } from './api-error-message';
import { FileDropzone } from './file-dropzone';
import { FindingsList } from './findings-list';
import { UnitAccessError } from './my-unit-page';
import { ReportTables } from './report-tables';
import './reporter.css';

// Checks that need what only the server has (other units' texts); kept from the server's preview.
const SERVER_ONLY_CHECKS = new Set(['TX-DUP']);

function UploadProgress({ value }: { value: number | null }) {
  const t = useReporterT();
  if (value === null) return null;
  return (
    <div>
      <label className="small">
        {t('upload.progress')} {Math.round(value * 100)}%
        <progress
          className="rp-progress"
          max={1}
          value={value}
          aria-valuetext={`${Math.round(value * 100)}%`}
        />
      </label>
    </div>
  );
}

/** Hand in by file: upload → preview in the national layout beside the findings → correct, explain → submit. */
export function UploadPage() {
  const t = useReporterT();
  const { lang } = useLang();
  const params = useParams();
  const unitId = params.unitId ?? '';
  const year = Number(params.year);
  const unit = useUnit(unitId);
  const previous = useLatestSubmission(unitId, year - 1, unit.isSuccess);
  const queryClient = useQueryClient();

  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [preview, setPreview] = useState<PreviewDto | null>(null);
  const [parsedEntries, setParsedEntries] = useState<FormEntries>({});
  const [entries, setEntries] = useState<FormEntries>({});
  const [explanations, setExplanations] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState('');
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'preview' | 'submit' | null>(null);
  const [submitted, setSubmitted] = useState<SubmissionDetailDto | null>(null);
  const fileUrls = useLocalFileUrls(preview?.source ? file : null, preview?.source?.format === 'pdf');

  const { corrections, problems } = useMemo(
    () => correctionsFrom(parsedEntries, entries),
    [parsedEntries, entries],
  );
  const correctedDoc = useMemo<ReportDocument | null>(
    () => (preview ? { report: applyCorrections(preview.report, corrections), meta: preview.meta } : null),
    [preview, corrections],
  );
  const previousDoc = useMemo<ReportDocument | null>(
    () => (previous.data ? { report: previous.data.report, meta: previous.data.meta } : null),
    [previous.data],
  );
  const live = useLiveFindings(correctedDoc, year, previousDoc);
  const findings = useMemo(
    () => [...live, ...(preview?.findings.filter((f) => SERVER_ONLY_CHECKS.has(f.checkId)) ?? [])],
    [live, preview],
  );
  const byCell = useMemo(() => findingsByCell(findings), [findings]);
  const changed = useMemo(() => new Set(Object.keys(corrections)), [corrections]);

  if (!unitId || !Number.isInteger(year)) return <LoadingState />;
  if (unit.isError) return <UnitAccessError error={unit.error} onRetry={() => void unit.refetch()} />;
  if (!unit.data) return <LoadingState />;

  const read = async (chosen: File, withCorrections: Record<string, number> = {}) => {
    setBusy('preview');
    setUploadError(null);
    setProgress(0);
    try {
      const result = await previewFile(unitId, year, chosen, withCorrections, { onProgress: setProgress });
      setPreview(result);
      if (Object.keys(withCorrections).length === 0) {
        const parsed = entriesFromReport(result.report);
        setParsedEntries(parsed);
        setEntries(parsed);
      }
    } catch (e) {
      setUploadError(e);
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  const onFile = (chosen: File) => {
    setFile(chosen);
    setPreview(null);
    setSubmitted(null);
    setSubmitError(null);
    setExplanations({});
    void read(chosen);
  };

  const submit = async () => {
    if (!file) return;
    setBusy('submit');
    setSubmitError(null);
    setProgress(0);
    const findingKeys = new Set(findings.map((f) => f.key));
    try {
      const result = await submitFile(
        unitId,
        year,
        file,
        {
          notes,
          corrections,
          explanations: Object.fromEntries(Object.entries(explanations).filter(([k]) => findingKeys.has(k))),
        },
        { onProgress: setProgress },
      );
      setSubmitted(result);
      await queryClient.invalidateQueries({ queryKey: reporterKeys.all });
    } catch (e) {
      setSubmitError(e);
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  const errorCount = findings.filter((f) => f.severity === 'error').length;
  const problemCount = Object.keys(problems).length;

  return (
    <section className="page">
      <div className="page-head">
        <h1>{t('upload.title', { unit: unit.data.name, year })}</h1>
        <Link to={`/report/${unitId}`}>{t('upload.back')}</Link>
      </div>

      {submitted ? (
        <div className="rp-ok" role="status">
          {t('upload.submitted', { version: submitted.version })}{' '}
          <Link to={`/report/${unitId}`}>{t('upload.back')}</Link>
        </div>
      ) : (
        <>
          <FileDropzone
            onFile={onFile}
            disabled={busy !== null}
            errorId={uploadError ? 'upload-error' : undefined}
          />
          {busy === 'preview' && <p role="status">{t('upload.reading')}</p>}
          <UploadProgress value={progress} />
          <ApiErrorMessage error={uploadError} id="upload-error" />
        </>
      )}

      {preview && !submitted && (
        <div className="rp-layout">
          <div>
            <h2>
              {t('upload.previewTitle')} · {file?.name}
            </h2>
            {preview.coverage && (
              <p className="small muted">
                {t('upload.coverage', {
                  read: preview.coverage.cellsRead,
                  total: preview.coverage.cellsTotal,
                })}
                {changed.size > 0 && ` · ${t('upload.corrected', { count: changed.size })}`}
              </p>
            )}
            {/* The findings column takes a quarter of the page: from a 1600px-wide page (≥1700px screens) the
                tables and the original fit side by side; at 1366×768 and on tablets they are tabs. */}
            <CompareLayout
              idPrefix="preview-compare"
              minWidth={1080}
              parsed={
                <ReportTables
                  idPrefix="preview"
                  entries={entries}
                  onChange={(address, text) => setEntries((e) => ({ ...e, [address]: text }))}
                  findings={byCell}
                  problems={problems}
                  changed={changed}
                />
              }
              original={
                preview.source ? (
                  <OriginalDocumentPane
                    idPrefix="preview-original"
                    source={preview.source}
                    fileName={file?.name ?? ''}
                    fileUrl={fileUrls?.fileUrl}
                    download={fileUrls?.download}
                    pdfUrl={fileUrls?.pdfUrl}
                  />
                ) : null
              }
            />
          </div>
          <aside className="rp-side">
            <FindingsList
              findings={findings}
              explanations={explanations}
              onExplain={(k, v) => setExplanations((e) => ({ ...e, [k]: v }))}
            />
            {preview.issues.length > 0 && (
              <section className="panel">
                <h2>{t('upload.parseIssues')}</h2>
                <ul className="small">
                  {preview.issues.map((issue, i) => (
                    <li key={`${issue.code}-${i}`}>{lang === 'en' ? issue.messageEn : issue.message}</li>
                  ))}
                </ul>
              </section>
            )}
            <section className="panel">
              <label>
                {t('upload.notes')}
                <textarea
                  className="rp-notes"
                  value={notes}
                  maxLength={2000}
                  onChange={(e) => setNotes(e.target.value)}
                  style={{ width: '100%' }}
                />
              </label>
              {errorCount > 0 && <p className="small">{t('upload.errorsRemain', { count: errorCount })}</p>}
              {problemCount > 0 && (
                <p className="rp-error">{t('form.entryErrors', { count: problemCount })}</p>
              )}
              <div className="rp-actions">
                <button
                  type="button"
                  onClick={() => file && void read(file, corrections)}
                  disabled={busy !== null || problemCount > 0}
                >
                  {t('upload.applyCorrections')}
                </button>
                <button
                  type="button"
                  className="primary"
                  onClick={() => void submit()}
                  disabled={busy !== null || problemCount > 0}
                  aria-describedby={submitError ? 'submit-error' : undefined}
                >
                  {busy === 'submit' ? t('upload.submitting') : t('upload.submit')}
                </button>
              </div>
              <ApiErrorMessage error={submitError} id="submit-error" />
            </section>
          </aside>
        </div>
      )}
    </section>
  );
}
