import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity()
export class UserSession {
  // sha256 (hex) of the cookie token: a leaked table does not give usable sessions.
  @PrimaryColumn({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'uuid' })
  @Index()
  userId: string;

  @Column({ type: 'text' })
  csrfToken: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;
}
