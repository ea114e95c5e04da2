import { useLang } from '../../../lib/i18n';
import { useReporterT } from '../reporter-messages';
import { cellList } from '../utils/cell-labels';
import type { CellFinding } from '../utils/findings-by-cell';

export interface ListedFinding extends CellFinding {
  /** `checkId|cells`: the key of an explanation. */
  key: string;
}

export interface FindingsListProps<F extends ListedFinding> {
  findings: readonly F[];
  /** When given, warnings get a text box for the reporter's explanation. */
  explanations?: Record<string, string>;
  onExplain?: (key: string, text: string) => void;
  title?: string;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The findings of the checks, errors first, each naming its cells; warnings answerable with an explanation. */
export function FindingsList<F extends ListedFinding>({
  findings,
  explanations,
  onExplain,
  title,
}: FindingsListProps<F>) {
  const { lang } = useLang();
  const t = useReporterT();
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const heading = title ?? t('findings.title');
  return (
    <section className="panel" aria-label={heading}>
      <h2>
        {heading}（{t('findings.error')} {findings.filter((f) => f.severity === 'error').length} ·{' '}
        {t('findings.warning')} {findings.filter((f) => f.severity === 'warning').length}）
      </h2>
      {sorted.length === 0 ? (
        <p className="rp-ok">{t('findings.none')}</p>
      ) : (
        <ul className="rp-findings">
          {sorted.map((f) => (
            <li key={f.key} className={`rp-finding rp-finding--${f.severity}`}>
              <div>
                <strong>{t(`findings.${f.severity}`)}</strong> {lang === 'en' ? f.messageEn : f.message}
              </div>
              <div className="rp-check">
                {f.checkId}
                {f.cells.length > 0 && ` · ${cellList(f.cells, lang)}`}
              </div>
              {onExplain && f.severity === 'warning' && (
                <label>
                  <span className="small">
                    {t('findings.explain')}（{t('findings.explainHint')}）
                  </span>
                  <textarea
                    value={explanations?.[f.key] ?? ''}
                    maxLength={2000}
                    onChange={(e) => onExplain(f.key, e.target.value)}
                  />
                </label>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
