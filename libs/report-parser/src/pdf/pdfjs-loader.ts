import { Buffer } from 'node:buffer';
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

interface Base64Options {
  alphabet?: 'base64' | 'base64url';
  omitPadding?: boolean;
}
type Base64Encodable = Uint8Array & { toBase64?: (options?: Base64Options) => string };

/** `Uint8Array.prototype.toBase64` (ES2026) on Node's native encoder, with both alphabets and padding options. */
export function bufferToBase64(this: Uint8Array, options?: Base64Options): string {
  let out = Buffer.from(this.buffer, this.byteOffset, this.byteLength).toString('base64');
  if (options?.alphabet === 'base64url') out = out.replace(/[+/]/g, (c) => (c === '+' ? '-' : '_'));
  return options?.omitPadding ? out.replace(/=+$/, '') : out;
}

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
    const nativeToBase64 = (Uint8Array.prototype as Base64Encodable).toBase64;
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
    // pdfjs turns every embedded font into a CSS data: URL (base64 of the converted font program, once per
    // font of every document) even for TEXT_ONLY_DOCUMENT. Node 20 has no Uint8Array.prototype.toBase64,
    // and the polyfill pdfjs brings builds the string one character at a time (over a tenth of reading
    // the sample report). Buffer's encoder gives the same string.
    Object.defineProperty(Uint8Array.prototype, 'toBase64', {
      value: nativeToBase64 ?? bufferToBase64,
      writable: true,
      configurable: true,
      enumerable: false,
    });
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
