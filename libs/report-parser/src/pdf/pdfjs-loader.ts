import { createRequire } from 'node:module';
import path from 'node:path';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export interface PdfJsRuntime {
  pdfjs: PdfJs;
  /** Filesystem directories (trailing slash) that pdfjs' Node readers fetch from. */
  cMapUrl: string;
  standardFontDataUrl: string;
  wasmUrl: string;
}

let runtime: Promise<PdfJsRuntime> | undefined;

/**
 * The `ownerDocument` pdfjs loads fonts into. Only text and ruling lines are read, nothing is drawn, so
 * font rules are accepted and dropped. Without a document pdfjs (in Node) cannot install a font, asks its
 * worker for the fallback and that then converts every glyph used into an outline path for the operator
 * list (about a tenth of the time spent on a typical report). `disableFontFace` must be false for this.
 */
export const TEXT_ONLY_DOCUMENT = {
  createElement: () => ({
    sheet: { cssRules: { length: 0 }, insertRule: (): number => 0 },
    remove: (): void => undefined,
  }),
  documentElement: { getElementsByTagName: () => [{ append: (): void => undefined }] },
};

/**
 * Loads pdfjs once per process. The worker module is registered as `globalThis.pdfjsWorker`, so pdfjs
 * runs its "fake worker" in this thread without looking for a worker file (no Worker threads in Node).
 */
export function loadPdfJs(): Promise<PdfJsRuntime> {
  runtime ??= (async () => {
    // The legacy build's core-js polyfills replace Array.prototype.push and JSON.parse process-wide with
    // spec-pedantic versions that made reading ~3× slower (and slow down everything else in the process).
    // Node's own are correct for everything pdfjs does, so put them back after loading.
    const nativePush = Array.prototype.push;
    const nativeJsonParse = JSON.parse;
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    Object.defineProperty(Array.prototype, 'push', {
      value: nativePush,
      writable: true,
      configurable: true,
      enumerable: false,
    });
    JSON.parse = nativeJsonParse;
    const require = createRequire(import.meta.url);
    const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
    return {
      pdfjs,
      cMapUrl: path.join(root, 'cmaps') + path.sep,
      standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep,
      wasmUrl: path.join(root, 'wasm') + path.sep,
    };
  })();
  return runtime;
}
