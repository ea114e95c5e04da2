import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The PDFium calls the reader makes, straight on the WebAssembly exports: every argument and result is a
 * number (handles and pointers included), so the per-call argument conversion of the package's `cwrap`
 * wrappers is not needed on the per-glyph path. Pointers are byte offsets into `heap`.
 */
export interface PdfiumExports {
  malloc(size: number): number;
  free(ptr: number): void;
  FPDF_LoadMemDocument(data: number, size: number, password: number): number;
  FPDF_CloseDocument(doc: number): void;
  FPDF_GetLastError(): number;
  FPDF_GetPageCount(doc: number): number;
  FPDF_LoadPage(doc: number, index: number): number;
  FPDF_ClosePage(page: number): void;
  FPDF_GetPageBoundingBox(page: number, rectF: number): number;
  FPDFText_LoadPage(page: number): number;
  FPDFText_ClosePage(textPage: number): void;
  FPDFText_CountChars(textPage: number): number;
  FPDFText_IsGenerated(textPage: number, index: number): number;
  FPDFText_GetUnicode(textPage: number, index: number): number;
  FPDFText_GetFontSize(textPage: number, index: number): number;
  FPDFText_GetMatrix(textPage: number, index: number, matrix: number): number;
  FPDFText_GetCharOrigin(textPage: number, index: number, x: number, y: number): number;
  FPDFText_GetLooseCharBox(textPage: number, index: number, rectF: number): number;
  FPDFText_GetTextObject(textPage: number, index: number): number;
  FPDFPage_CountObjects(page: number): number;
  FPDFPage_GetObject(page: number, index: number): number;
  FPDFFormObj_CountObjects(form: number): number;
  FPDFFormObj_GetObject(form: number, index: number): number;
  FPDFPageObj_GetType(obj: number): number;
  FPDFPageObj_GetMatrix(obj: number, matrix: number): number;
  FPDFPath_GetDrawMode(path: number, fillMode: number, stroke: number): number;
  FPDFPath_CountSegments(path: number): number;
  FPDFPath_GetPathSegment(path: number, index: number): number;
  FPDFPathSegment_GetPoint(segment: number, x: number, y: number): number;
  FPDFPathSegment_GetType(segment: number): number;
  FPDFPathSegment_GetClose(segment: number): number;
}

/** Views of the WebAssembly memory; they are replaced when the memory grows, so read them after each call. */
export interface PdfiumHeap {
  HEAPU8: Uint8Array;
  HEAP32: Int32Array;
  HEAPF32: Float32Array;
  HEAPF64: Float64Array;
}

export interface PdfiumRuntime {
  fn: PdfiumExports;
  heap: PdfiumHeap;
}

let runtime: Promise<PdfiumRuntime> | undefined;
let current: PdfiumRuntime | undefined;

/**
 * WebAssembly memory only grows: after a very large document the instance keeps that peak for the life of
 * the process. Above this size an instance is dropped once its document is closed, and the next document
 * gets a fresh one (loading costs a few milliseconds; the old memory goes with the last reader using it).
 */
export const pdfiumLimits = { maxRetainedBytes: 192 * 1024 * 1024 };

/**
 * Loads PDFium (WebAssembly, single-threaded) once per process. The .wasm file is read from the package
 * and handed over as bytes, so it is found the same way from the built library and under jest.
 */
export function loadPdfium(): Promise<PdfiumRuntime> {
  runtime ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmBinary = readFileSync(require.resolve('@embedpdf/pdfium/pdfium.wasm'));
    const { init } = await import('@embedpdf/pdfium');
    const wrapped = await init({
      wasmBinary: wasmBinary.buffer.slice(
        wasmBinary.byteOffset,
        wasmBinary.byteOffset + wasmBinary.byteLength,
      ),
    });
    wrapped.PDFiumExt_Init();
    const module = wrapped.pdfium as unknown as PdfiumHeap & { wasmExports: PdfiumExports };
    current = { fn: module.wasmExports, heap: module };
    return current;
  })();
  runtime.catch(() => {
    runtime = undefined;
  });
  return runtime;
}

/**
 * Drops the loaded instance (`rt`: only if it is still the loaded one): after a WebAssembly trap (an abort
 * inside PDFium) its memory may be in any state, so the next document gets a fresh one.
 */
export function discardPdfium(rt?: PdfiumRuntime): void {
  if (rt && rt !== current) return;
  runtime = undefined;
  current = undefined;
}

/** Drops `rt` when its memory has grown past pdfiumLimits.maxRetainedBytes. */
export function releaseIfGrown(rt: PdfiumRuntime): void {
  if (rt.heap.HEAPU8.buffer.byteLength > pdfiumLimits.maxRetainedBytes) discardPdfium(rt);
}
