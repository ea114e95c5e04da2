import { useEffect, useRef, useState, type ReactNode } from 'react';

import { useSourceViewT } from '../source-view-messages';
import { Tabs } from './tabs';
import '../source-view.css';

/** Width of the compare area from which parsed tables and original stand side by side. */
export const SIDE_BY_SIDE_MIN_WIDTH = 1200;

interface CompareLayoutProps {
  parsed: ReactNode;
  /** null: nothing to compare with (web form) — the parsed tables alone. */
  original: ReactNode | null;
  idPrefix?: string;
  /** Width of the area from which the two stand side by side (default SIDE_BY_SIDE_MIN_WIDTH). */
  minWidth?: number;
}

/**
 * Parsed tables beside the original when the area is at least 1200px wide; narrower (1366×768 with
 * the findings column, tablets) one above the other as two tabs 解析结果 / 原文. Decided by the
 * area's own width, not the window's.
 */
export function CompareLayout({
  parsed,
  original,
  idPrefix = 'compare',
  minWidth = SIDE_BY_SIDE_MIN_WIDTH,
}: CompareLayoutProps) {
  const t = useSourceViewT();
  const ref = useRef<HTMLDivElement>(null);
  const [wide, setWide] = useState(false);
  const [tab, setTab] = useState('parsed');
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? el.clientWidth;
      setWide(width >= minWidth);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [minWidth]);

  if (original === null) return <>{parsed}</>;
  return (
    <div ref={ref} className="sv-compare" data-layout={wide ? 'side-by-side' : 'tabs'}>
      {wide ? (
        <div className="sv-columns" role="group" aria-label={t('compare.label')}>
          <div className="sv-column" aria-label={t('compare.parsed')} role="region">
            {parsed}
          </div>
          <div className="sv-column sv-column--original">{original}</div>
        </div>
      ) : (
        <Tabs
          idPrefix={idPrefix}
          label={t('compare.label')}
          active={tab}
          onChange={setTab}
          tabs={[
            { id: 'parsed', label: t('compare.parsed'), content: parsed },
            { id: 'original', label: t('compare.original'), content: original },
          ]}
        />
      )}
    </div>
  );
}
