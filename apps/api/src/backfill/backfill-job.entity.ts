import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type BackfillJobStatus = 'queued' | 'running' | 'done';

// A batch of published reports a supervisor uploaded to fill in past years.
@Entity()
export class BackfillJob {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  createdById: string;

  @Column({ type: 'text' })
  createdByUsername: string;

  // Units are matched within this node's subtree (the supervisor's node; null for an admin: every unit).
  @Column({ type: 'uuid', nullable: true })
  orgNodeId: string | null;

  @Column({ type: 'text', default: 'queued' })
  status: BackfillJobStatus;

  @Column({ type: 'integer' })
  total: number;

  @Column({ type: 'integer', default: 0 })
  done: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
