export * from './common.js';
export * from './auth.js';
export * from './org.js';
export * from './periods.js';
export * from './accounts.js';
export * from './audit.js';
export * from './health.js';
