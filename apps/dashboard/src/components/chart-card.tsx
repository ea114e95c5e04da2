import { useRef, useState, type ReactNode } from 'react';

import { downloadCsv, downloadSvgAsPng } from '../lib/export-file';
import { useT } from '../lib/i18n';
import { EmptyState } from './states';

export interface TableColumn<R> {
  key: string;
  label: string;
  /** Raw value for CSV and sorting. */
  value: (row: R) => string | number | null;
  /** Display text; defaults to the raw value. */
  render?: (row: R) => ReactNode;
  numeric?: boolean;
}

interface ChartCardProps<R> {
  title: string;
  /** File name without extension for the exports. */
  fileName: string;
  rows: readonly R[];
  columns: readonly TableColumn<R>[];
  rowKey: (row: R) => string;
  /** The chart (recharts inside a sized box). */
  children: ReactNode;
  emptyText?: string;
  onRowClick?: (row: R) => void;
  extraActions?: ReactNode;
  /** Starts in table view (e.g. for screen-reader-first pages). */
  initialView?: 'chart' | 'table';
}

/** Every chart: a title, a chart/table toggle and PNG/CSV export of what it shows. */
export function ChartCard<R>({
  title,
  fileName,
  rows,
  columns,
  rowKey,
  children,
  emptyText,
  onRowClick,
  extraActions,
  initialView = 'chart',
}: ChartCardProps<R>) {
  const t = useT();
  const [view, setView] = useState<'chart' | 'table'>(initialView);
  const chartRef = useRef<HTMLDivElement>(null);
  const isEmpty = rows.length === 0;

  const exportCsv = () =>
    downloadCsv(
      `${fileName}.csv`,
      columns.map((c) => c.label),
      rows.map((r) => columns.map((c) => c.value(r))),
    );
  const exportPng = () => {
    const svg =
      chartRef.current?.querySelector('svg.recharts-surface') ?? chartRef.current?.querySelector('svg');
    if (svg instanceof SVGSVGElement) void downloadSvgAsPng(svg, `${fileName}.png`, title);
  };

  return (
    <section className="panel" aria-label={title}>
      <div className="panel-head">
        <h2>{title}</h2>
        {extraActions}
        <div className="panel-actions" role="group" aria-label={title}>
          <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
            {t('chart.showChart')}
          </button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            {t('chart.showTable')}
          </button>
          <button type="button" onClick={exportPng} disabled={isEmpty || view !== 'chart'}>
            {t('chart.exportPng')}
          </button>
          <button type="button" onClick={exportCsv} disabled={isEmpty}>
            {t('chart.exportCsv')}
          </button>
        </div>
      </div>
      {isEmpty ? (
        <EmptyState>{emptyText}</EmptyState>
      ) : view === 'chart' ? (
        <div className="chart-box" ref={chartRef}>
          {children}
        </div>
      ) : (
        <DataTable rows={rows} columns={columns} rowKey={rowKey} onRowClick={onRowClick} caption={title} />
      )}
    </section>
  );
}

export function DataTable<R>({
  rows,
  columns,
  rowKey,
  onRowClick,
  caption,
}: {
  rows: readonly R[];
  columns: readonly TableColumn<R>[];
  rowKey: (row: R) => string;
  onRowClick?: (row: R) => void;
  caption?: string;
}) {
  return (
    <div className="table-scroll">
      <table className="data">
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} className={c.numeric ? 'num' : undefined} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={rowKey(r)}
              className={onRowClick ? 'clickable' : undefined}
              onClick={onRowClick ? () => onRowClick(r) : undefined}
            >
              {columns.map((c) => (
                <td key={c.key} className={c.numeric ? 'num' : undefined}>
                  {c.render ? c.render(r) : (c.value(r) ?? '—')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
