import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { UnitKind } from '../org/unit.entity.js';

export type InternalDeadlines = Partial<Record<UnitKind, string>>;

@Entity()
export class ReportingPeriod {
  // The reporting year: the report on year N is due 31 January of N+1 (条例 第四十九条).
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'date' })
  statutoryDeadline: string;

  // Earlier hand-in dates a district sets per kind of unit, 'YYYY-MM-DD'.
  @Column({ type: 'jsonb', default: {} })
  internalDeadlines: InternalDeadlines;

  @Column({ type: 'boolean', default: false })
  isOpen: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
