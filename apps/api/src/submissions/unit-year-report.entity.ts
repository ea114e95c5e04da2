import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { ReviewStatus } from './submission.entity.js';

// One row per unit and year that has at least one submission: what the dashboards read.
// The effective submission is the latest accepted version, else the latest version.
@Entity()
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

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
