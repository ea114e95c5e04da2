import type { AnnualReport, ReportMeta, SourceFormat } from '@nianbao/report-format';
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export type ReviewStatus = 'pending' | 'accepted' | 'returned';

/** Parser problems and coverage as stored with the submission (plain JSON). */
export interface StoredParseIssue {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  messageEn: string;
  path?: string;
}

export interface StoredCoverage {
  table2: string;
  table3: string;
  table4: string;
  sections: number[];
  cellsRead: number;
  cellsTotal: number;
}

// One version of one unit's report for one year. Never updated except for its review state:
// a correction is a new version.
@Entity()
@Unique('uq_submission_unit_year_version', ['unitId', 'year', 'version'])
@Index(['year', 'unitId'])
export class Submission {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  sourceFormat: SourceFormat;

  @Column({ type: 'uuid', nullable: true })
  fileId: string | null;

  @Column({ type: 'jsonb' })
  report: AnnualReport;

  @Column({ type: 'jsonb' })
  meta: ReportMeta;

  @Column({ type: 'jsonb', default: [] })
  parseIssues: StoredParseIssue[];

  @Column({ type: 'jsonb', nullable: true })
  coverage: StoredCoverage | null;

  // Cell address → value the reporter corrected over the parsed file (kept to show what was changed by hand).
  @Column({ type: 'jsonb', default: {} })
  corrections: Record<string, number>;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'integer', default: 0 })
  errorCount: number;

  @Column({ type: 'integer', default: 0 })
  warningCount: number;

  @Column({ type: 'uuid', nullable: true })
  submittedById: string | null;

  @Column({ type: 'text', nullable: true })
  submittedByUsername: string | null;

  @Column({ type: 'timestamptz' })
  submittedAt: Date;

  // The deadline this version was measured against (internal for its unit kind, else statutory).
  @Column({ type: 'date' })
  deadline: string;

  @Column({ type: 'boolean' })
  isLate: boolean;

  @Column({ type: 'integer' })
  daysBeforeDeadline: number;

  @Column({ type: 'boolean', default: false })
  isBackfill: boolean;

  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ type: 'text', default: 'pending' })
  reviewStatus: ReviewStatus;

  @Column({ type: 'uuid', nullable: true })
  reviewedById: string | null;

  @Column({ type: 'text', nullable: true })
  reviewedByUsername: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  reviewComment: string | null;

  // Why a supervisor accepted despite error-level findings.
  @Column({ type: 'text', nullable: true })
  overrideReason: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
