import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// The original bytes of an uploaded report, kept for ever: every version's file can be downloaded
// again. Stored in the database so that a submission and its file commit (or roll back) together.
@Entity()
export class StoredFile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  fileName: string;

  @Column({ type: 'text' })
  contentType: string;

  @Column({ type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'text' })
  @Index()
  sha256: string;

  @Column({ type: 'bytea', select: false })
  bytes: Buffer;

  @Column({ type: 'uuid', nullable: true })
  uploadedById: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
