import type { SourceViewBlockDto, SourceViewDto } from '@nianbao/contracts';
import { Fragment, useState } from 'react';

import { useSourceViewT } from '../source-view-messages';
import { Tabs } from './tabs';
import '../source-view.css';

export interface OriginalDocumentPaneProps {
  source: SourceViewDto;
  fileName: string;
  /** Where 打开原文件 points: an object URL of the chosen file, or /api/submissions/:id/file. */
  fileUrl?: string;
  /** Ask the browser to download (for object URLs of formats it would not show safely). */
  download?: boolean;
  /** A PDF the browser may show itself (object URL of the chosen file): offered as a second tab. */
  pdfUrl?: string;
  /** Unique on the page (ids of tabs). */
  idPrefix?: string;
}

function SourceTable({ block }: { block: Extract<SourceViewBlockDto, { kind: 'table' }> }) {
  return (
    <div className="sv-table-scroll">
      <table className="sv-table" data-block={block.index}>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c} colSpan={cell.colSpan} rowSpan={cell.rowSpan}>
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The blocks as text: React escapes every string, nothing of the document is ever parsed as markup. */
function SourceBlocks({ source }: { source: SourceViewDto }) {
  const t = useSourceViewT();
  if (source.blocks.length === 0) return <p className="muted">{t('pane.empty')}</p>;
  let page: number | undefined;
  let tableNo = 0;
  return (
    <div className="sv-blocks">
      {source.blocks.map((block) => {
        const newPage = block.page !== undefined && block.page !== page;
        if (block.page !== undefined) page = block.page;
        if (block.kind === 'table') tableNo++;
        return (
          <Fragment key={block.index}>
            {newPage && (
              <div className="sv-page" role="separator" aria-label={t('pane.page', { page: block.page! })}>
                {t('pane.page', { page: block.page! })}
              </div>
            )}
            {block.kind === 'paragraph' ? (
              <p className="sv-paragraph" data-block={block.index}>
                {block.text}
              </p>
            ) : (
              <figure className="sv-figure" aria-label={t('pane.table', { n: tableNo })}>
                <SourceTable block={block} />
              </figure>
            )}
          </Fragment>
        );
      })}
    </div>
  );
}

/** The original document beside the parsed figures: its text and tables as read, a link to the file, PDF as printed. */
export function OriginalDocumentPane({
  source,
  fileName,
  fileUrl,
  download,
  pdfUrl,
  idPrefix = 'original',
}: OriginalDocumentPaneProps) {
  const t = useSourceViewT();
  const [view, setView] = useState('text');
  const text = (
    <>
      {source.truncated && (
        <p className="sv-note" role="note">
          {t('pane.truncated', { shown: source.blocks.length, total: source.blockCount })}
        </p>
      )}
      <SourceBlocks source={source} />
    </>
  );
  return (
    <section className="sv-pane" aria-label={t('pane.region', { name: fileName })}>
      <div className="sv-head">
        <h2 className="sv-title">
          {t('pane.title')} · <span className="sv-file">{fileName}</span>
        </h2>
        {fileUrl && (
          <a
            href={fileUrl}
            target="_blank"
            rel="noopener noreferrer"
            download={download ? fileName : undefined}
            title={t('pane.openHint')}
          >
            {t('pane.open')}
          </a>
        )}
      </div>
      {pdfUrl ? (
        <Tabs
          idPrefix={`${idPrefix}-view`}
          label={t('pane.viewsLabel')}
          active={view}
          onChange={setView}
          tabs={[
            { id: 'text', label: t('pane.viewText'), content: <div className="sv-body">{text}</div> },
            {
              id: 'pdf',
              label: t('pane.viewPdf'),
              // Loaded only when asked for: the browser's PDF viewer is heavy.
              content:
                view === 'pdf' ? <iframe className="sv-pdf" src={pdfUrl} title={t('pane.pdfFrame')} /> : null,
            },
          ]}
        />
      ) : (
        <div className="sv-body">{text}</div>
      )}
    </section>
  );
}
