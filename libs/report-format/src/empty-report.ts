import type { AnnualReport, ReportDocument, ReportMeta, SourceFormat } from './report.js';
import { APPLICATION_ROWS, SCALAR_FIELDS } from './format-definition.js';
import { setByKey } from './report-path.js';

const emptyDocs = () => ({ issued: null, repealed: null, inForce: null });
const emptyReview = () => ({ upheld: null, corrected: null, other: null, pending: null, total: null });
const emptyProposals = () => ({ total: null, lead: null, assist: null });

/** A report with every figure absent (null): what a parser starts from, never zeros. */
export function createEmptyReport(): AnnualReport {
  return {
    unitName: null,
    year: null,
    publishedOn: null,
    activeDisclosure: {
      regulations: emptyDocs(),
      normativeDocuments: emptyDocs(),
      licensing: null,
      penalties: null,
      coercion: null,
      feesWanYuan: null,
    },
    applications: {
      newReceived: null,
      carriedOver: null,
      outcomes: {
        disclosed: null,
        partiallyDisclosed: null,
        withheld: {
          stateSecret: null,
          prohibitedByLaw: null,
          securityStability: null,
          thirdPartyRights: null,
          internalAffairs: null,
          processInformation: null,
          enforcementFiles: null,
          administrativeQuery: null,
        },
        unableToProvide: { notHeld: null, needsCreation: null, unclearAfterCorrection: null },
        notProcessed: {
          petitionOrComplaint: null,
          duplicate: null,
          publication: null,
          massRepeated: null,
          confirmOrReissue: null,
        },
        otherHandling: { noCorrection: null, feeUnpaid: null, other: null },
        total: null,
      },
      carriedForward: null,
    },
    reviewLitigation: {
      review: emptyReview(),
      litigationDirect: emptyReview(),
      litigationAfterReview: emptyReview(),
    },
    other: {
      processingFeesYuan: null,
      proposals: {
        npc: emptyProposals(),
        cppcc: emptyProposals(),
        completionRate: null,
        satisfactionRate: null,
      },
    },
    narrative: { overview: null, problems: null, other: null },
  };
}

/** A report with every table figure 0 — the starting point of the web form, not of a parser. */
export function createZeroReport(): AnnualReport {
  const report = createEmptyReport();
  for (const row of APPLICATION_ROWS) setByKey(report, row.key, [0, 0, 0, 0, 0, 0, 0]);
  for (const f of SCALAR_FIELDS)
    if (f.key.startsWith('activeDisclosure') || f.key.startsWith('reviewLitigation'))
      setByKey(report, f.key, 0);
  return report;
}

export function createEmptyMeta(sourceFormat: SourceFormat): ReportMeta {
  return {
    sourceFormat,
    rawCells: {},
    sections: [],
    titleYear: null,
    periodYear: null,
    legacyOtherHandling: null,
  };
}

export function createEmptyDocument(sourceFormat: SourceFormat): ReportDocument {
  return { report: createEmptyReport(), meta: createEmptyMeta(sourceFormat) };
}
