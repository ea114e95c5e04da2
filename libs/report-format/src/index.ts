export * from './format-definition.js';
export * from './report.js';
export * from './cell-address.js';
export * from './report-path.js';
export * from './empty-report.js';
export * from './report-schema.js';
export * from './stated-number.js';
