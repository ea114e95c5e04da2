import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type OrgNodeLevel = 'province' | 'city' | 'district' | 'other';

@Entity()
export class OrgNode {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  @Index()
  parentId: string | null;

  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  level: OrgNodeLevel;

  // Materialized path of ids from the root, '/' separated and ending with this node's id:
  // "/<root>/<child>/<this>/". Subtree = path LIKE '<this path>%'.
  @Column({ type: 'text' })
  @Index()
  path: string;

  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
