import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// Append-only: nothing in the API updates or deletes these rows.
@Entity()
@Index(['entityType', 'entityId'])
export class AuditLog {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  @Index()
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text', nullable: true })
  actorUsername: string | null;

  @Column({ type: 'text' })
  @Index()
  action: string;

  @Column({ type: 'text' })
  entityType: string;

  @Column({ type: 'text', nullable: true })
  entityId: string | null;

  @Column({ type: 'jsonb', default: {} })
  details: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  ip: string | null;
}
