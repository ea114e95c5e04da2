import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { UnitCandidate } from '../submissions/unit-name-match.js';

// queued → parsed → matched | needs_confirmation, or failed; stored once confirmed.
export type BackfillItemStatus = 'queued' | 'parsed' | 'matched' | 'needs_confirmation' | 'failed' | 'stored';

@Entity()
@Index(['jobId', 'position'])
export class BackfillItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  jobId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  fileName: string;

  // The uploaded bytes, stored at upload so that processing survives a restart.
  @Column({ type: 'uuid' })
  fileId: string;

  @Column({ type: 'text', default: 'queued' })
  @Index()
  status: BackfillItemStatus;

  @Column({ type: 'text', nullable: true })
  statedUnitName: string | null;

  @Column({ type: 'integer', nullable: true })
  statedYear: number | null;

  @Column({ type: 'jsonb', default: [] })
  candidates: UnitCandidate[];

  @Column({ type: 'text', nullable: true })
  failureCode: string | null;

  @Column({ type: 'text', nullable: true })
  failureMessage: string | null;

  @Column({ type: 'uuid', nullable: true })
  submissionId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}
