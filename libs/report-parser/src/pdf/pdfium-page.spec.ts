import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadPdfium, type PdfiumRuntime } from './pdfium-loader.js';
import { readRulings, readRuns } from './pdfium-page.js';

/** A one-page PDF (Helvetica, a standard font every PDF reader has) around the given content stream. */
function pdfWith(content: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

let rt: PdfiumRuntime;
const open: Array<() => void> = [];

beforeAll(async () => {
  rt = await loadPdfium();
});

afterAll(() => {
  for (const close of open.reverse()) close();
});

/** Loads the page and returns its handle; everything is closed after the suite. */
function pageOf(content: string): number {
  const bytes = pdfWith(content);
  const data = rt.fn.malloc(bytes.length);
  rt.heap.HEAPU8.set(bytes, data);
  const doc = rt.fn.FPDF_LoadMemDocument(data, bytes.length, 0);
  const page = rt.fn.FPDF_LoadPage(doc, 0);
  open.push(() => {
    rt.fn.FPDF_ClosePage(page);
    rt.fn.FPDF_CloseDocument(doc);
    rt.fn.free(data);
  });
  return page;
}

function runsOf(content: string) {
  const textPage = rt.fn.FPDFText_LoadPage(pageOf(content));
  try {
    return readRuns(rt, textPage);
  } finally {
    rt.fn.FPDFText_ClosePage(textPage);
  }
}

describe('readRuns', () => {
  it('gives the glyph size on the page: Tf scaled by the text and graphics matrices', () => {
    const runs = runsOf(
      'q 0.75 0 0 0.75 0 0 cm BT /F1 16 Tf 96 933.33 Td (Scaled) Tj ET Q BT /F1 12 Tf 72 600 Td (Plain) Tj ET',
    );
    expect(runs.map((r) => [r.text, Math.round(r.size * 100) / 100, Math.round(r.y)])).toEqual([
      ['Scaled', 12, 700],
      ['Plain', 12, 600],
    ]);
    expect(runs[0].x0).toBeCloseTo(72, 1);
  });

  it('keeps words a space apart in one run and starts a new one at a cell-wide gap', () => {
    // "Rules" (Helvetica widths 722+556+222+556+500 per 1000 em) ends at x = 102.67; the next text operator
    // draws 5.6 pt (0.47 em) further on, a new cell; "12" another 23 pt on.
    const runs = runsOf(
      'BT /F1 12 Tf 72 700 Td (Normative documents) Tj ET ' +
        'BT /F1 12 Tf 72 680 Td (Rules) Tj 36.3 0 Td (0) Tj 30 0 Td (12) Tj ET',
    );
    expect(runs.map((r) => r.text)).toEqual(['Normative documents', 'Rules', '0', '12']);
    expect(runs[1].x1).toBeCloseTo(72 + 30.67, 1);
  });
});

describe('readRulings', () => {
  it('maps stroked lines and thin filled boxes through the graphics matrix to page space', () => {
    const page = pageOf(
      'q 0.5 0 0 0.5 0 0 cm 200 1000 m 800 1000 l S 200 800 600 1 re f 200 600 300 80 re f Q',
    );
    const r = readRulings(rt, page);
    expect(r.h.map((s) => [s.y, s.x0, s.x1])).toEqual([
      [500, 100, 400],
      [400.25, 100, 400],
    ]);
    expect(r.v).toEqual([]);
  });
});
