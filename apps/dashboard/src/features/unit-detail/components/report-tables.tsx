import {
  ACTIVE_DISCLOSURE_FIELDS,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  REVIEW_FIELDS,
  REVIEW_GROUPS,
  REVIEW_RESULTS,
  type AnnualReport,
} from '@nianbao/report-format';
import { Fragment } from 'react';

import { useLabel, useLang, useT } from '../../../lib/i18n';
import type { Finding } from '../api/unit-detail-api';

type FindingsByCell = Map<string, Finding[]>;

function valueAt(report: AnnualReport, key: string, column?: number): number | null {
  let cur: unknown = report;
  for (const part of key.split('.')) {
    if (cur === null || typeof cur !== 'object') return null;
    cur = (cur as Record<string, unknown>)[part];
  }
  if (column !== undefined)
    return Array.isArray(cur) && typeof cur[column] === 'number' ? (cur[column] as number) : null;
  return typeof cur === 'number' ? cur : null;
}

function Cell({
  address,
  value,
  findings,
}: {
  address: string;
  value: number | null;
  findings: FindingsByCell;
}) {
  const { lang } = useLang();
  const list = findings.get(address);
  const text = value === null ? '—' : String(value);
  if (!list) return <td className="num">{text}</td>;
  const messages = list.map((f) => (lang === 'en' ? f.messageEn : f.message)).join('\n');
  return (
    <td
      className="num cell-failing"
      tabIndex={0}
      title={messages}
      aria-label={`${text}：${messages}`}
      data-address={address}
    >
      {text}
    </td>
  );
}

/** Tables 二, 三 and 四 in the national layout, failing cells highlighted with the finding on hover/focus. */
export function ReportTables({ report, findings }: { report: AnnualReport; findings: Finding[] }) {
  const t = useT();
  const label = useLabel();
  const byCell: FindingsByCell = new Map();
  for (const f of findings) {
    if (f.decision === 'dismissed') continue;
    for (const c of f.cells) byCell.set(c, [...(byCell.get(c) ?? []), f]);
  }
  const adGroups = [...new Set(ACTIVE_DISCLOSURE_FIELDS.map((f) => f.groupZh ?? ''))];

  return (
    <div className="report-tables">
      <h3>{t('unit.activeDisclosure')}</h3>
      <table className="data report-table">
        <tbody>
          {adGroups.map((g) => {
            const fields = ACTIVE_DISCLOSURE_FIELDS.filter((f) => (f.groupZh ?? '') === g);
            return (
              <tr key={g || 'single'}>
                <th className="group" scope="row">
                  {g ? label({ zh: g, en: fields[0].groupEn ?? g }) : t('unit.itemName')}
                </th>
                {fields.map((f) => (
                  <Fragment key={f.key}>
                    <td className="muted small">{label(f)}</td>
                    <Cell address={f.key} value={valueAt(report, f.key)} findings={byCell} />
                  </Fragment>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>

      <h3>{t('unit.applications')}</h3>
      <div className="table-scroll" style={{ maxHeight: 'none' }}>
        <table className="data report-table">
          <thead>
            <tr>
              <th scope="col">{t('unit.itemName')}</th>
              {APPLICANT_COLUMNS.map((c) => (
                <th key={c.key} scope="col" className="num">
                  {label(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {APPLICATION_ROWS.map((row, i) => {
              // A group heading is printed once, above its first row (（七）总计 belongs to 三 but follows （六）).
              const showGroup =
                row.groupZh && APPLICATION_ROWS.findIndex((r) => r.groupZh === row.groupZh) === i;
              return (
                <Fragment key={row.key}>
                  {showGroup && (
                    <tr>
                      <th className="group" colSpan={APPLICANT_COLUMNS.length + 1} scope="rowgroup">
                        {label({ zh: row.groupZh ?? '', en: row.groupEn ?? '' })}
                      </th>
                    </tr>
                  )}
                  <tr>
                    <td className="label">{label(row)}</td>
                    {APPLICANT_COLUMNS.map((c) => (
                      <Cell
                        key={c.key}
                        address={`${row.key}[${c.index}]`}
                        value={valueAt(report, row.key, c.index)}
                        findings={byCell}
                      />
                    ))}
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>

      <h3>{t('unit.reviewLitigation')}</h3>
      <table className="data report-table">
        <thead>
          <tr>
            <th scope="col">{t('unit.itemName')}</th>
            {REVIEW_RESULTS.map((r) => (
              <th key={r.key} scope="col" className="num">
                {label(r)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {REVIEW_GROUPS.map((g) => (
            <tr key={g.key}>
              <th scope="row" className="group">
                {label(g)}
              </th>
              {REVIEW_FIELDS.filter((f) => f.key.startsWith(`reviewLitigation.${g.key}.`)).map((f) => (
                <Cell key={f.key} address={f.key} value={valueAt(report, f.key)} findings={byCell} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
