import {
  ACTIVE_DISCLOSURE_FIELDS,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  OTHER_FIELDS,
  REVIEW_GROUPS,
  REVIEW_RESULTS,
  cellAddress,
  cellLabel,
  type ScalarDefinition,
} from '@nianbao/report-format';
import type { ReactNode } from 'react';

import { useLang } from '../../../lib/i18n';
import { useReporterT } from '../reporter-messages';
import type { EntryProblem, FormEntries } from '../utils/form-entries';
import { cellDomId, type CellFinding } from '../utils/findings-by-cell';
import './reporter.css';

export interface ReportTablesProps {
  /** Prefix of DOM ids, unique on the page. */
  idPrefix: string;
  entries: FormEntries;
  /** Without it the tables are read-only. */
  onChange?: (address: string, text: string) => void;
  findings: Map<string, CellFinding[]>;
  /** What was typed but is not a valid figure. */
  problems?: Record<string, EntryProblem>;
  /** Value a computed cell should hold (totals); shown beside the typed one when they differ. */
  computed?: (key: string, column: number) => number | undefined;
  /** Cells changed by hand over what the file said. */
  changed?: ReadonlySet<string>;
  /** Show the section 六 supplement (议提案, processing fee). */
  showOther?: boolean;
}

interface CellProps extends Omit<ReportTablesProps, 'showOther' | 'computed'> {
  address: string;
  label: string;
  expected?: number;
  decimal?: boolean;
}

function Cell({
  idPrefix,
  entries,
  onChange,
  findings,
  problems,
  changed,
  address,
  label,
  expected,
  decimal,
}: CellProps) {
  const { lang } = useLang();
  const t = useReporterT();
  const text = entries[address] ?? '';
  const problem = problems?.[address];
  const cellFindings = findings.get(address) ?? [];
  const messages: { text: string; severity: 'error' | 'warning' | 'info' }[] = [];
  if (problem)
    messages.push({ text: lang === 'en' ? problem.messageEn : problem.message, severity: 'error' });
  for (const f of cellFindings)
    messages.push({ text: lang === 'en' ? f.messageEn : f.message, severity: f.severity });
  const typed = Number(text);
  const showExpected =
    expected !== undefined && text.trim() !== '' && Number.isFinite(typed) && typed !== expected;
  const severity = messages[0]?.severity;
  const describedBy = messages.length || showExpected ? cellDomId(idPrefix, address) : undefined;
  // The first cell a finding names is the one it is about (e.g. the 总计 cell); it carries the reason inline.
  const isPrimary = problem !== undefined || cellFindings.some((f) => f.cells[0] === address);
  const classes = [
    'rt-cell',
    severity ? `rt-cell--${severity}` : '',
    changed?.has(address) ? 'rt-cell--changed' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <td className={classes} title={messages.map((m) => m.text).join('\n') || undefined}>
      {onChange ? (
        <input
          id={cellDomId(`${idPrefix}-input`, address)}
          className="rt-input"
          inputMode={decimal ? 'decimal' : 'numeric'}
          autoComplete="off"
          aria-label={label}
          aria-invalid={severity === 'error' || severity === 'warning' ? true : undefined}
          aria-describedby={describedBy}
          data-cell={address}
          value={text}
          onChange={(e) => onChange(address, e.target.value)}
        />
      ) : (
        <span className="rt-value" data-cell={address} aria-label={label} aria-describedby={describedBy}>
          {text === '' ? '—' : text}
        </span>
      )}
      {showExpected && (
        <span className="rt-expected" aria-live="polite">
          {t('tables.computed', { value: expected })}
        </span>
      )}
      {describedBy && (
        <span id={describedBy} className={isPrimary ? 'rt-reason' : 'rt-reason rt-reason--secondary'}>
          {[
            showExpected ? t('tables.computed', { value: expected ?? '' }) : null,
            ...messages.map((m) => m.text),
          ]
            .filter(Boolean)
            .join('；')}
        </span>
      )}
    </td>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rt-section" aria-label={title}>
      <h3 className="rt-title">{title}</h3>
      <div className="rt-scroll">{children}</div>
    </section>
  );
}

/** The three national tables (and the section 六 supplement) in the printed layout. */
export function ReportTables(props: ReportTablesProps) {
  const { lang } = useLang();
  const t = useReporterT();
  const label = (d: { zh: string; en: string }) => (lang === 'en' ? d.en : d.zh);
  const cell = (address: string, extra: Partial<CellProps> = {}) => (
    <Cell key={address} {...props} address={address} label={cellLabel(address, lang)} {...extra} />
  );

  const docRows = (['regulations', 'normativeDocuments'] as const).map((doc) =>
    ACTIVE_DISCLOSURE_FIELDS.filter((f) => f.key.startsWith(`activeDisclosure.${doc}.`)),
  );
  const singleRows = ACTIVE_DISCLOSURE_FIELDS.filter((f) => !/regulations|normativeDocuments/.test(f.key));

  // The printed layout has three label columns: 三、本年度办理结果 spans all outcome rows, and each of
  // （三）–（六） spans its numbered rows.
  const OUTCOMES_GROUP = '三、本年度办理结果';
  const outcomeRowCount = APPLICATION_ROWS.filter((r) => r.key.startsWith('applications.outcomes.')).length;
  const firstOutcomeIndex = APPLICATION_ROWS.findIndex((r) => r.key.startsWith('applications.outcomes.'));
  const groupSpans = new Map<number, number>();
  APPLICATION_ROWS.forEach((row, i) => {
    if (!row.groupZh || row.groupZh === OUTCOMES_GROUP) return;
    if (APPLICATION_ROWS[i - 1]?.groupZh === row.groupZh) return;
    let n = 1;
    while (APPLICATION_ROWS[i + n]?.groupZh === row.groupZh) n++;
    groupSpans.set(i, n);
  });

  return (
    <div className="rt">
      <Section title={t('tables.t2')}>
        <table className="rt-table">
          <thead>
            <tr>
              <th scope="col">{t('tables.item')}</th>
              {docRows[0].map((f) => (
                <th scope="col" key={f.key}>
                  {label(f)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {docRows.map((fields) => (
              <tr key={fields[0].key}>
                <th scope="row">{lang === 'en' ? fields[0].groupEn : fields[0].groupZh}</th>
                {fields.map((f) => cell(f.key))}
              </tr>
            ))}
            {singleRows.map((f: ScalarDefinition) => (
              <tr key={f.key}>
                <th scope="row">{label(f)}</th>
                {cell(f.key, { decimal: f.kind !== 'count' })}
                <td colSpan={2} className="rt-filler" />
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <Section title={t('tables.t3')}>
        <table className="rt-table rt-table--t3">
          <thead>
            <tr>
              <th scope="col" colSpan={3} rowSpan={2}>
                {lang === 'en'
                  ? 'Rows 1 + 2 = rows 3 + 4'
                  : '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'}
              </th>
              <th scope="col" rowSpan={2}>
                {label(APPLICANT_COLUMNS[0])}
              </th>
              <th scope="colgroup" colSpan={5}>
                {t('tables.legalPersons')}
              </th>
              <th scope="col" rowSpan={2}>
                {label(APPLICANT_COLUMNS[6])}
              </th>
            </tr>
            <tr>
              {APPLICANT_COLUMNS.slice(1, 6).map((c) => (
                <th scope="col" key={c.key}>
                  {label(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {APPLICATION_ROWS.map((row, i) => {
              const span = groupSpans.get(i);
              const isOutcome = row.key.startsWith('applications.outcomes.');
              const isSubgroupRow = isOutcome && row.groupZh !== OUTCOMES_GROUP;
              return (
                <tr key={row.key}>
                  {i === firstOutcomeIndex && (
                    <th scope="rowgroup" rowSpan={outcomeRowCount} className="rt-group">
                      {lang === 'en' ? 'Outcomes this year' : OUTCOMES_GROUP}
                    </th>
                  )}
                  {span !== undefined && (
                    <th scope="rowgroup" rowSpan={span} className="rt-group">
                      {lang === 'en' ? row.groupEn : row.groupZh}
                    </th>
                  )}
                  <th scope="row" colSpan={!isOutcome ? 3 : isSubgroupRow ? 1 : 2}>
                    {label(row)}
                  </th>
                  {APPLICANT_COLUMNS.map((c) =>
                    cell(cellAddress(row.key, c.index), { expected: props.computed?.(row.key, c.index) }),
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </Section>

      <Section title={t('tables.t4')}>
        <table className="rt-table">
          <thead>
            <tr>
              {REVIEW_GROUPS.map((g) => (
                <th scope="colgroup" colSpan={REVIEW_RESULTS.length} key={g.key}>
                  {label(g)}
                </th>
              ))}
            </tr>
            <tr>
              {REVIEW_GROUPS.flatMap((g) =>
                REVIEW_RESULTS.map((r) => (
                  <th scope="col" key={`${g.key}.${r.key}`}>
                    {label(r)}
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            <tr>
              {REVIEW_GROUPS.flatMap((g) =>
                REVIEW_RESULTS.map((r) => cell(`reviewLitigation.${g.key}.${r.key}`)),
              )}
            </tr>
          </tbody>
        </table>
      </Section>

      {props.showOther !== false && (
        <Section title={t('tables.other')}>
          <table className="rt-table">
            <tbody>
              {OTHER_FIELDS.map((f) => (
                <tr key={f.key}>
                  <th scope="row">{f.kind === 'rate' ? t('tables.rate', { label: label(f) }) : label(f)}</th>
                  {cell(f.key, {
                    decimal: f.kind !== 'count',
                    label: cellLabel(f.key, lang) + (f.kind === 'rate' ? '（%）' : ''),
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      )}
    </div>
  );
}
