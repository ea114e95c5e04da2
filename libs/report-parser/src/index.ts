export * from './model/document-model.js';
export * from './model/parse-failure.js';
export * from './parse-report.types.js';
export { parseReport, DEFAULT_MAX_BYTES } from './parse-report.js';
export * from './source-view/source-view.js';
export { detectFormat, sniffContent } from './detect-format.js';
export { extractReport } from './extract/extract-report.js';
export { readCellValue } from './extract/cell-value.js';
export { buildTemplateXlsx } from './xlsx/template-xlsx.js';
