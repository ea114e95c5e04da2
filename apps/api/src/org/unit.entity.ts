import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// 政府部门 / 街道办事处 / 乡镇 / 事业单位 / 其他
export type UnitKind = 'department' | 'street' | 'township' | 'institution' | 'other';

@Entity()
export class Unit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @Index()
  orgNodeId: string;

  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: UnitKind;

  @Column({ type: 'text', nullable: true })
  contactPerson: string | null;

  @Column({ type: 'text', nullable: true })
  contactPhone: string | null;

  // The unit must report for every year in [reportsFromYear, reportsUntilYear]; null "until" = still reporting.
  @Column({ type: 'integer' })
  reportsFromYear: number;

  @Column({ type: 'integer', nullable: true })
  reportsUntilYear: number | null;

  @Column({ type: 'boolean', default: true })
  isActive: boolean;

  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
