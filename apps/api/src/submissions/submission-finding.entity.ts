import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type FindingSeverity = 'error' | 'warning' | 'info';
export type FindingDecision = 'confirmed' | 'dismissed';

// Every finding of the checks on one submission, one row each, so dashboards can count them by check.
@Entity()
@Index(['checkId', 'severity'])
export class SubmissionFinding {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @Index()
  submissionId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  checkId: string;

  @Column({ type: 'text' })
  severity: FindingSeverity;

  @Column({ type: 'jsonb', default: [] })
  cells: string[];

  @Column({ type: 'jsonb', nullable: true })
  expected: number | string | null;

  @Column({ type: 'jsonb', nullable: true })
  actual: number | string | null;

  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'text' })
  messageEn: string;

  // The reporter's explanation, sent with the submission.
  @Column({ type: 'text', nullable: true })
  explanation: string | null;

  // A reviewer's decision on a warning.
  @Column({ type: 'text', nullable: true })
  decision: FindingDecision | null;

  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
