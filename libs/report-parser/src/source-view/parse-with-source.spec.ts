import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../parse-report.js';
import type { SourceView } from './source-view.js';

const sample = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/sample');
const read = (name: string) => new Uint8Array(readFileSync(path.join(sample, name)));

const texts = (view: SourceView): string[] =>
  view.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.rows.flat().map((c) => c.text)));

describe('parseReport with includeSource', () => {
  it('leaves the source out unless asked for', async () => {
    const outcome = await parseReport(read('input.docx'), 'input.docx');
    expect(outcome.ok && 'source' in outcome).toBe(false);
  });

  it('returns the docx as paragraphs and tables with the merged header cells as spans', async () => {
    const outcome = await parseReport(read('input.docx'), 'input.docx', { includeSource: true });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const view = outcome.source as SourceView;
    expect(view.format).toBe('docx');
    expect(view.truncated).toBe(false);
    expect(texts(view).some((t) => t.includes('硚口区企业服务中心'))).toBe(true);
    const tables = view.blocks.filter((b) => b.kind === 'table');
    expect(tables.length).toBeGreaterThanOrEqual(3);
    const cells = tables.flatMap((t) => (t.kind === 'table' ? t.rows.flat() : []));
    expect(cells.some((c) => (c.colSpan ?? 1) > 1)).toBe(true);
    expect(cells.some((c) => (c.rowSpan ?? 1) > 1)).toBe(true);
    expect(cells.some((c) => c.text.includes('本年新收'))).toBe(true);
  });

  it('keeps page numbers of a PDF', async () => {
    const outcome = await parseReport(read('input.pdf'), 'input.pdf', { includeSource: true });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const pages = new Set(outcome.source?.blocks.map((b) => b.page));
    expect(pages.has(1)).toBe(true);
    expect(pages.size).toBeGreaterThan(1);
  });
});
