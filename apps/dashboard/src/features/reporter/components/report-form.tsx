import { createEmptyMeta, type AnnualReport, type ReportDocument } from '@nianbao/report-format';
import { useEffect, useMemo, useRef, useState } from 'react';

import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import type { SubmissionDetailDto, SubmissionExtras } from '@nianbao/contracts';
import { useLiveFindings } from '../hooks/use-live-findings';
import { useReporterT } from '../reporter-messages';
import { clearDraft, loadDraft, saveDraft, type FormDraft } from '../utils/form-draft';
import {
  NARRATIVE_KEYS,
  entriesFromReport,
  reportFromEntries,
  type EntryProblem,
  type FormEntries,
} from '../utils/form-entries';
import { cellDomId, findingsByCell } from '../utils/findings-by-cell';
import { computedCell, withComputedTotals } from '../utils/report-totals';
import { ApiErrorMessage } from './api-error-message';
import { FindingsList } from './findings-list';
import { ReportTables } from './report-tables';
import './reporter.css';

export interface ReportFormProps {
  unitId: string;
  unitName: string;
  year: number;
  /** What the form starts from when there is no draft (last version, or zeros with 上年结转 pre-filled). */
  initialEntries: FormEntries;
  /** Year whose 结转下年度 pre-filled 上年结转, when it did. */
  prefilledFromYear?: number | null;
  /** The unit's previous-year report, for the cross-year checks. */
  previous?: ReportDocument | null;
  onSubmit: (report: AnnualReport, extras: SubmissionExtras) => Promise<SubmissionDetailDto>;
}

function sameEntries(a: FormEntries, b: FormEntries): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? '') !== (b[k] ?? '')) return false;
  return true;
}

/** Issues the API returned with a cell path, shown on the cell itself. */
function problemsFromError(error: unknown): Record<string, EntryProblem> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, EntryProblem> = {};
  for (const issue of error.issues) {
    const path = issue.path.replace(/^report\./, '');
    if (/^[A-Za-z.]+(\[\d\])?$/.test(path)) out[path] = { message: issue.message, messageEn: issue.message };
  }
  return out;
}

/**
 * The web form laid out like the national tables: typed row by row, totals computed live beside what was
 * typed, every check run in the browser as you type, and a draft kept in this browser per unit and year.
 */
export function ReportForm({
  unitId,
  unitName,
  year,
  initialEntries,
  prefilledFromYear,
  previous,
  onSubmit,
}: ReportFormProps) {
  const t = useReporterT();
  const [entries, setEntries] = useState<FormEntries>(initialEntries);
  const [notes, setNotes] = useState('');
  const [explanations, setExplanations] = useState<Record<string, string>>({});
  const [pendingDraft, setPendingDraft] = useState<FormDraft | null>(() => {
    const draft = loadDraft(unitId, year);
    return draft && !sameEntries(draft.entries, initialEntries) ? draft : null;
  });
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [showEntryErrors, setShowEntryErrors] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [submitted, setSubmitted] = useState<SubmissionDetailDto | null>(null);
  const touched = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);

  // Save on every change once the reporter has typed, but never over a draft they have not answered about.
  useEffect(() => {
    if (!touched.current || pendingDraft || submitted) return;
    saveDraft(unitId, year, { entries, notes, explanations });
    setSavedAt(new Date().toISOString());
  }, [entries, notes, explanations, unitId, year, pendingDraft, submitted]);

  const { report, problems } = useMemo(
    () => reportFromEntries(entries, unitName, year),
    [entries, unitName, year],
  );
  const doc = useMemo<ReportDocument>(() => ({ report, meta: createEmptyMeta('form') }), [report]);
  const findings = useLiveFindings(doc, year, previous ?? null);
  const byCell = useMemo(() => findingsByCell(findings), [findings]);
  const serverProblems = useMemo(() => problemsFromError(submitError), [submitError]);
  // Blank cells are flagged only once the reporter tries to submit; a wrong character is flagged at once.
  const shownProblems = useMemo(() => {
    const out: Record<string, EntryProblem> = { ...serverProblems };
    for (const [address, p] of Object.entries(problems)) {
      if (showEntryErrors || (entries[address] ?? '').trim() !== '') out[address] = p;
    }
    return out;
  }, [problems, serverProblems, showEntryErrors, entries]);

  const change = (address: string, text: string) => {
    touched.current = true;
    setEntries((e) => ({ ...e, [address]: text }));
  };

  const restore = (yes: boolean) => {
    if (yes && pendingDraft) {
      setEntries(pendingDraft.entries);
      setNotes(pendingDraft.notes);
      setExplanations(pendingDraft.explanations);
      touched.current = true;
    } else clearDraft(unitId, year);
    setPendingDraft(null);
  };

  const fillTotals = () => {
    touched.current = true;
    const filled = withComputedTotals(report);
    const totals = entriesFromReport(filled);
    setEntries((e) => {
      const next = { ...e };
      for (const [address, text] of Object.entries(totals)) {
        if (/\[6\]$/.test(address) || address.startsWith('applications.outcomes.total['))
          next[address] = text;
      }
      return next;
    });
  };

  const submit = async () => {
    const problemCells = Object.keys(problems);
    if (problemCells.length) {
      setShowEntryErrors(true);
      const first = document.getElementById(cellDomId('form-input', problemCells[0]));
      first?.focus();
      return;
    }
    setSubmitting(true);
    setSubmitError(null);
    const keys = new Set(findings.map((f) => f.key));
    try {
      const result = await onSubmit(report, {
        notes,
        explanations: Object.fromEntries(Object.entries(explanations).filter(([k]) => keys.has(k))),
      });
      clearDraft(unitId, year);
      setSubmitted(result);
    } catch (e) {
      // The draft stays in the browser; nothing typed is lost.
      setSubmitError(e);
    } finally {
      setSubmitting(false);
    }
  };

  if (submitted) {
    return (
      <div className="rp-ok" role="status">
        {t('form.submitted', { version: submitted.version })}
      </div>
    );
  }

  const problemCount = Object.keys(problems).length;
  return (
    <form
      ref={formRef}
      className="rp-layout"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div>
        {pendingDraft && (
          <div className="rp-notice" role="alertdialog" aria-label={t('form.restoreYes')}>
            <span>{t('form.restore', { at: formatDateTime(pendingDraft.savedAt) })}</span>
            <button type="button" className="primary" onClick={() => restore(true)}>
              {t('form.restoreYes')}
            </button>
            <button type="button" onClick={() => restore(false)}>
              {t('form.restoreNo')}
            </button>
          </div>
        )}
        {prefilledFromYear != null && (
          <p className="small muted">{t('form.prefilled', { year: prefilledFromYear })}</p>
        )}
        <div className="rp-actions">
          <button type="button" onClick={fillTotals}>
            {t('form.fillTotals')}
          </button>
          {savedAt && (
            <span className="small muted" role="status">
              {t('form.savedDraft', { at: formatDateTime(savedAt) })}
            </span>
          )}
        </div>
        <ReportTables
          idPrefix="form"
          entries={entries}
          onChange={change}
          findings={byCell}
          problems={shownProblems}
          computed={(key, column) => computedCell(report, key, column)}
        />
        <section className="rt-section rp-narrative">
          <h3 className="rt-title">{t('form.narrative')}</h3>
          {NARRATIVE_KEYS.map((key) => (
            <label key={key}>
              {t(
                key === 'narrative.overview'
                  ? 'form.narrative.overview'
                  : key === 'narrative.problems'
                    ? 'form.narrative.problems'
                    : 'form.narrative.other',
              )}
              <textarea value={entries[key] ?? ''} onChange={(e) => change(key, e.target.value)} />
            </label>
          ))}
        </section>
      </div>
      <aside className="rp-side">
        <FindingsList
          title={t('form.liveChecks')}
          findings={findings}
          explanations={explanations}
          onExplain={(k, v) => {
            touched.current = true;
            setExplanations((e) => ({ ...e, [k]: v }));
          }}
        />
        <section className="panel">
          <label>
            {t('upload.notes')}
            <textarea
              value={notes}
              maxLength={2000}
              style={{ width: '100%' }}
              onChange={(e) => {
                touched.current = true;
                setNotes(e.target.value);
              }}
            />
          </label>
          {showEntryErrors && problemCount > 0 && (
            <p className="rp-error" role="alert">
              {t('form.entryErrors', { count: problemCount })}
            </p>
          )}
          <button type="submit" className="primary" disabled={submitting || !!pendingDraft}>
            {submitting ? t('upload.submitting') : t('form.submit')}
          </button>
          <ApiErrorMessage error={submitError} id="form-submit-error" />
        </section>
      </aside>
    </form>
  );
}
