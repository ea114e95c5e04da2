import { Column, Entity, PrimaryColumn } from 'typeorm';

// Change counters the dashboard response cache is keyed by. scopeKey is an org node id (bumped for the
// unit's node and every ancestor in the same transaction as refreshUnitYearReport), 'all' (bumped by
// every refresh: the admin's whole-tree views) or '*' (bumped by triggers on unit, org_node and
// reporting_period: anything that changes who is expected, names, deadlines or the tree).
@Entity()
export class DashboardGeneration {
  @PrimaryColumn({ type: 'text' })
  scopeKey: string;

  // From dashboard_generation_seq (never reused, also not after a TRUNCATE).
  @Column({ type: 'bigint', default: 0 })
  generation: string;
}
