import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { AuditLog } from './audit-log.entity.js';

export interface AuditActor {
  id: string;
  username: string;
}

export interface AuditEntry {
  /** null for the system (first start, seed). */
  actor: AuditActor | null;
  /** dotted verb, e.g. 'unit.create', 'submission.submit', 'auth.login'. */
  action: string;
  entityType: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
}

export interface AuditQuery {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

export type AuditRow = Pick<
  AuditLog,
  'actorId' | 'actorUsername' | 'action' | 'entityType' | 'entityId' | 'details' | 'ip'
>;

/**
 * The audit_log row of an entry. For a caller that writes the entry inside a statement of its own (the
 * submission store inserts it together with the submission); everyone else calls `record()`.
 */
export function toAuditRow(entry: AuditEntry): AuditRow {
  return {
    actorId: entry.actor?.id ?? null,
    actorUsername: entry.actor?.username ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    details: entry.details ?? {},
    ip: entry.ip ?? null,
  };
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends one entry using the caller's transaction manager, so the entry commits or rolls back with
   * the change it describes. Never log passwords, tokens or file contents in `details`.
   */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    const row = toAuditRow(entry);
    await manager.insert(AuditLog, { ...row, details: row.details as AuditLog['details'] & object });
  }

  async search(q: AuditQuery): Promise<{ items: AuditLog[]; total: number }> {
    const qb = this.dataSource.getRepository(AuditLog).createQueryBuilder('a');
    if (q.actor) qb.andWhere('a.actor_username ILIKE :actor', { actor: `%${escapeLike(q.actor)}%` });
    if (q.action) qb.andWhere('a.action LIKE :action', { action: `${escapeLike(q.action)}%` });
    if (q.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: q.entityType });
    if (q.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: q.entityId });
    if (q.from) qb.andWhere('a.at >= :from', { from: q.from });
    if (q.to) qb.andWhere('a.at < :to', { to: q.to });
    qb.orderBy('a.id', 'DESC')
      .skip((q.page - 1) * q.pageSize)
      .take(q.pageSize);
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
