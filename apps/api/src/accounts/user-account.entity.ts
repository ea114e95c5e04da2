import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type UserRole = 'admin' | 'supervisor' | 'reporter';

@Entity()
export class UserAccount {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  username: string;

  @Column({ type: 'text' })
  displayName: string;

  // argon2id PHC string
  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'text' })
  role: UserRole;

  // Supervisor scope: this node and everything under it.
  @Column({ type: 'uuid', nullable: true })
  orgNodeId: string | null;

  // Reporter scope: this one unit.
  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  @Column({ type: 'boolean', default: true })
  isActive: boolean;

  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ type: 'integer', default: 0 })
  failedLogins: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;
}
