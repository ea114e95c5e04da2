import type { AnnualReport } from '@nianbao/report-format';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import type { ReviewStatus } from './submission.entity.js';

// One row per unit and year that has at least one submission: what the dashboards read.
// The effective submission is the latest accepted version, else the latest version.
@Entity()
@Index('idx_unit_year_report_year_org_path', { synchronize: false })
@Index('idx_unit_year_report_org_path_year', { synchronize: false })
export class UnitYearReport {
  @PrimaryColumn({ type: 'uuid' })
  unitId: string;

  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'uuid' })
  latestSubmissionId: string;

  @Column({ type: 'integer' })
  latestVersion: number;

  @Column({ type: 'uuid' })
  effectiveSubmissionId: string;

  @Column({ type: 'uuid', nullable: true })
  acceptedSubmissionId: string | null;

  // Review state of the latest version.
  @Column({ type: 'text' })
  status: ReviewStatus;

  @Column({ type: 'timestamptz' })
  firstSubmittedAt: Date;

  @Column({ type: 'timestamptz' })
  lastSubmittedAt: Date;

  // Lateness of the first hand-in: a unit that handed in on time and then corrected is not late.
  @Column({ type: 'boolean' })
  isLate: boolean;

  @Column({ type: 'integer', default: 0 })
  errorCount: number;

  @Column({ type: 'integer', default: 0 })
  warningCount: number;

  @Column({ type: 'boolean', default: false })
  isBackfill: boolean;

  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  // ── Figures of the effective submission, plain columns so dashboards aggregate in SQL (null = not stated). ──

  // The unit's org node path at the last refresh: subtree filters use LIKE '<path>%'.
  @Column({ type: 'text', default: '' })
  orgPath: string;

  // Table 3 一、本年新收 by applicant column (0 自然人 … 5 其他, 6 总计).
  @Column({ type: 'integer', nullable: true, name: 'new_received_0' })
  newReceived0: number | null;

  @Column({ type: 'integer', nullable: true, name: 'new_received_1' })
  newReceived1: number | null;

  @Column({ type: 'integer', nullable: true, name: 'new_received_2' })
  newReceived2: number | null;

  @Column({ type: 'integer', nullable: true, name: 'new_received_3' })
  newReceived3: number | null;

  @Column({ type: 'integer', nullable: true, name: 'new_received_4' })
  newReceived4: number | null;

  @Column({ type: 'integer', nullable: true, name: 'new_received_5' })
  newReceived5: number | null;

  @Column({ type: 'integer', nullable: true, name: 'new_received_6' })
  newReceived6: number | null;

  @Column({ type: 'integer', nullable: true })
  carriedOverTotal: number | null;

  @Column({ type: 'integer', nullable: true })
  disclosedTotal: number | null;

  @Column({ type: 'integer', nullable: true })
  partiallyDisclosedTotal: number | null;

  @Column({ type: 'integer', nullable: true })
  withheldTotal: number | null;

  @Column({ type: 'integer', nullable: true })
  unableTotal: number | null;

  @Column({ type: 'integer', nullable: true })
  notProcessedTotal: number | null;

  @Column({ type: 'integer', nullable: true })
  otherHandlingTotal: number | null;

  @Column({ type: 'integer', nullable: true })
  outcomesTotal: number | null;

  @Column({ type: 'integer', nullable: true })
  carriedForwardTotal: number | null;

  @Column({ type: 'integer', nullable: true })
  reviewUpheld: number | null;

  @Column({ type: 'integer', nullable: true })
  reviewCorrected: number | null;

  @Column({ type: 'integer', nullable: true })
  reviewOther: number | null;

  @Column({ type: 'integer', nullable: true })
  reviewPending: number | null;

  @Column({ type: 'integer', nullable: true })
  reviewTotal: number | null;

  @Column({ type: 'integer', nullable: true })
  litDirectUpheld: number | null;

  @Column({ type: 'integer', nullable: true })
  litDirectCorrected: number | null;

  @Column({ type: 'integer', nullable: true })
  litDirectOther: number | null;

  @Column({ type: 'integer', nullable: true })
  litDirectPending: number | null;

  @Column({ type: 'integer', nullable: true })
  litDirectTotal: number | null;

  @Column({ type: 'integer', nullable: true })
  litAfterUpheld: number | null;

  @Column({ type: 'integer', nullable: true })
  litAfterCorrected: number | null;

  @Column({ type: 'integer', nullable: true })
  litAfterOther: number | null;

  @Column({ type: 'integer', nullable: true })
  litAfterPending: number | null;

  @Column({ type: 'integer', nullable: true })
  litAfterTotal: number | null;

  @Column({ type: 'integer', nullable: true })
  regulationsIssued: number | null;

  @Column({ type: 'integer', nullable: true })
  normativeIssued: number | null;

  @Column({ type: 'integer', nullable: true })
  licensing: number | null;

  @Column({ type: 'integer', nullable: true })
  penalties: number | null;

  @Column({ type: 'integer', nullable: true })
  coercion: number | null;

  @Column({ type: 'integer', nullable: true })
  npcTotal: number | null;

  @Column({ type: 'integer', nullable: true })
  npcLead: number | null;

  @Column({ type: 'integer', nullable: true })
  npcAssist: number | null;

  @Column({ type: 'integer', nullable: true })
  cppccTotal: number | null;

  @Column({ type: 'integer', nullable: true })
  cppccLead: number | null;

  @Column({ type: 'integer', nullable: true })
  cppccAssist: number | null;

  @Column({ type: 'double precision', nullable: true })
  feesWanYuan: number | null;

  @Column({ type: 'double precision', nullable: true })
  processingFeesYuan: number | null;

  @Column({ type: 'double precision', nullable: true })
  completionRate: number | null;

  @Column({ type: 'double precision', nullable: true })
  satisfactionRate: number | null;

  // The effective submission has a TX-DUP (内容雷同) finding that no reviewer dismissed.
  @Column({ type: 'boolean', default: false })
  hasCopyFlag: boolean;

  // The effective report itself, for the roll-up in the national layout.
  @Column({ type: 'jsonb', nullable: true })
  effectiveReport: AnnualReport | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
