/** One row of table 3: the 7 applicant columns (自然人 … 总计), or null when the row was not found. */
export type ApplicantRow = number[] | null;
/** A single figure; null means "not stated / not read" — never the same as 0. */
export type Figure = number | null;

export interface DocumentCounts {
  issued: Figure;
  repealed: Figure;
  inForce: Figure;
}

export interface ReviewGroup {
  upheld: Figure;
  corrected: Figure;
  other: Figure;
  pending: Figure;
  total: Figure;
}

export interface ProposalCounts {
  total: Figure;
  lead: Figure;
  assist: Figure;
}

/** The canonical yearly report, with exactly the keys of report-format.md. */
export interface AnnualReport {
  unitName: string | null;
  year: number | null;
  publishedOn: string | null;
  activeDisclosure: {
    regulations: DocumentCounts;
    normativeDocuments: DocumentCounts;
    licensing: Figure;
    penalties: Figure;
    coercion: Figure;
    feesWanYuan: Figure;
  };
  applications: {
    newReceived: ApplicantRow;
    carriedOver: ApplicantRow;
    outcomes: {
      disclosed: ApplicantRow;
      partiallyDisclosed: ApplicantRow;
      withheld: {
        stateSecret: ApplicantRow;
        prohibitedByLaw: ApplicantRow;
        securityStability: ApplicantRow;
        thirdPartyRights: ApplicantRow;
        internalAffairs: ApplicantRow;
        processInformation: ApplicantRow;
        enforcementFiles: ApplicantRow;
        administrativeQuery: ApplicantRow;
      };
      unableToProvide: {
        notHeld: ApplicantRow;
        needsCreation: ApplicantRow;
        unclearAfterCorrection: ApplicantRow;
      };
      notProcessed: {
        petitionOrComplaint: ApplicantRow;
        duplicate: ApplicantRow;
        publication: ApplicantRow;
        massRepeated: ApplicantRow;
        confirmOrReissue: ApplicantRow;
      };
      otherHandling: {
        noCorrection: ApplicantRow;
        feeUnpaid: ApplicantRow;
        other: ApplicantRow;
      };
      total: ApplicantRow;
    };
    carriedForward: ApplicantRow;
  };
  reviewLitigation: {
    review: ReviewGroup;
    litigationDirect: ReviewGroup;
    litigationAfterReview: ReviewGroup;
  };
  other: {
    processingFeesYuan: Figure;
    proposals: {
      npc: ProposalCounts;
      cppcc: ProposalCounts;
      completionRate: Figure;
      satisfactionRate: Figure;
    };
  };
  narrative: {
    overview: string | null;
    problems: string | null;
    other: string | null;
  };
}

export type SourceFormat = 'docx' | 'pdf' | 'html' | 'txt' | 'md' | 'xlsx' | 'json' | 'form';

/** One section heading found in the document, in document order. */
export interface SectionFound {
  number: number;
  title: string;
  text: string;
}

/**
 * What the document said beside the canonical figures: raw cell text (so that a blank or `—`
 * is never confused with 0), the sections found, and format peculiarities.
 */
export interface ReportMeta {
  sourceFormat: SourceFormat;
  /** Raw text of every table cell read, by cell address (see cell-address.ts). */
  rawCells: Record<string, string>;
  sections: SectionFound[];
  /** Year stated in the title, and in the 统计期 sentence ("时间范围为2023年1月1日至…"). */
  titleYear: number | null;
  periodYear: number | null;
  /** Pre-2021 reports print one single （六）其他处理 row; kept here, never merged silently. */
  legacyOtherHandling: ApplicantRow;
}

/** A report as parsed or entered, with its meta. The unit of storage and of checking. */
export interface ReportDocument {
  report: AnnualReport;
  meta: ReportMeta;
}
