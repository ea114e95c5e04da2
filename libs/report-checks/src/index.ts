export * from './finding.js';
export * from './checks-catalogue.js';
export * from './run-checks.js';
export * from './similarity.js';
export * from './deadlines.js';
export { RULES } from './rules/index.js';
export { isBlankCellText } from './rules/blank-cells.js';
export { FEE_WAN_YUAN_IMPLAUSIBLE } from './rules/fee-unit.js';
export { OTHER_HANDLING_MAX_SHARE, OTHER_HANDLING_MIN_COUNT } from './rules/other-handling-share.js';
export {
  DUPLICATE_TEXT_THRESHOLD,
  DUPLICATE_TEXT_MIN_LENGTH,
  normaliseForComparison,
  comparisonSignature,
  comparisonText,
  documentSignature,
} from './rules/duplicate-narrative.js';
export { extractStatedFigures, type StatedFigure, type ProseFigureKind } from './prose/prose-figures.js';
