import type { CheckRule } from '../finding.js';
import { applicationsBalanceRule } from './applications-balance.js';
import { blankCellsRule } from './blank-cells.js';
import { carriedOverMatchesPreviousRule } from './carried-over-matches-previous.js';
import { districtRegulationsRule } from './district-regulations.js';
import { documentsInForceCarryRule } from './documents-in-force-carry.js';
import { documentsInForceGeIssuedRule } from './documents-in-force-ge-issued.js';
import { duplicateNarrativeRule } from './duplicate-narrative.js';
import { feeUnitRule } from './fee-unit.js';
import { feeUnpaidMentionedRule } from './fee-unpaid-mentioned.js';
import { integerCountsRule } from './integer-counts.js';
import { otherHandlingShareRule } from './other-handling-share.js';
import { outcomesTotalRule } from './outcomes-total.js';
import { pendingCasesPersistRule } from './pending-cases-persist.js';
import { problemsSectionFilledRule } from './problems-section-filled.js';
import { processingFeeStatedRule } from './processing-fee-stated.js';
import { proposalRatesRule } from './proposal-rates.js';
import { proposalSplitRule } from './proposal-split.js';
import {
  proseCarriedForwardRule,
  proseCarriedOverRule,
  proseHandledRule,
  proseLitigationRule,
  proseNewReceivedRule,
  proseReviewRule,
} from './prose-figures-match.js';
import { reportingYearRule } from './reporting-year.js';
import {
  litigationAfterReviewTotalRule,
  litigationDirectTotalRule,
  reviewTotalRule,
} from './review-group-total.js';
import { rowTotalsRule } from './row-totals.js';
import { sectionsCompleteRule } from './sections-complete.js';

/** Every rule evaluated on one report, in the order of report-format.md. */
export const RULES: readonly CheckRule[] = [
  integerCountsRule,
  blankCellsRule,
  feeUnitRule,
  documentsInForceCarryRule,
  documentsInForceGeIssuedRule,
  districtRegulationsRule,
  applicationsBalanceRule,
  outcomesTotalRule,
  rowTotalsRule,
  carriedOverMatchesPreviousRule,
  otherHandlingShareRule,
  feeUnpaidMentionedRule,
  reviewTotalRule,
  litigationDirectTotalRule,
  litigationAfterReviewTotalRule,
  pendingCasesPersistRule,
  proseNewReceivedRule,
  proseCarriedOverRule,
  proseHandledRule,
  proseCarriedForwardRule,
  proseReviewRule,
  proseLitigationRule,
  reportingYearRule,
  sectionsCompleteRule,
  problemsSectionFilledRule,
  processingFeeStatedRule,
  duplicateNarrativeRule,
  proposalSplitRule,
  proposalRatesRule,
];
