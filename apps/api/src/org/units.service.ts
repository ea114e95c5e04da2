import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateUnitRequest, ListUnitsQuery, UpdateUnitRequest } from '@nianbao/contracts';
import { DataSource } from 'typeorm';

import { AuditService, escapeLike } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ScopeService } from '../auth/scope.service.js';
import { DomainError } from '../common/domain-error.js';
import { isUniqueViolation } from '../common/pg-errors.js';
import { OrgNodesService } from './org-nodes.service.js';
import { Unit } from './unit.entity.js';

@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly nodes: OrgNodesService,
  ) {}

  async list(user: AuthUser, q: ListUnitsQuery): Promise<Unit[]> {
    const qb = this.dataSource.getRepository(Unit).createQueryBuilder('u');
    const w = this.scope.scopeWhere(user, 'u.id');
    qb.where(w.sql, w.params);
    if (q.orgNodeId) {
      // the node and everything under it
      qb.andWhere(
        `u.org_node_id IN (SELECT d.id FROM org_node d WHERE d.path LIKE (SELECT f.path FROM org_node f WHERE f.id = :filterNodeId) || '%')`,
        { filterNodeId: q.orgNodeId },
      );
    }
    if (q.kind) qb.andWhere('u.kind = :kind', { kind: q.kind });
    if (q.isActive !== undefined) qb.andWhere('u.is_active = :isActive', { isActive: q.isActive });
    if (q.year !== undefined) {
      qb.andWhere(
        'u.reports_from_year <= :year AND (u.reports_until_year IS NULL OR u.reports_until_year >= :year)',
        { year: q.year },
      );
    }
    if (q.q) qb.andWhere('(u.name ILIKE :q OR u.code ILIKE :q)', { q: `%${escapeLike(q.q)}%` });
    return qb.orderBy('u.code', 'ASC').getMany();
  }

  get(user: AuthUser, id: string): Promise<Unit> {
    return this.scope.assertUnitAccess(user, id, 'read');
  }

  async create(user: AuthUser, body: CreateUnitRequest, ip: string | null): Promise<Unit> {
    return this.withUniqueCode(() =>
      this.dataSource.transaction(async (m) => {
        await this.nodes.getNode(m, body.orgNodeId);
        const unit = m.create(Unit, { ...body });
        const saved = await m.save(Unit, unit);
        await this.audit.record(m, {
          actor: user,
          action: 'unit.create',
          entityType: 'unit',
          entityId: saved.id,
          details: { ...body },
          ip,
        });
        return saved;
      }),
    );
  }

  async update(user: AuthUser, id: string, body: UpdateUnitRequest, ip: string | null): Promise<Unit> {
    return this.withUniqueCode(() =>
      this.dataSource.transaction(async (m) => {
        const unit = await this.scope.assertUnitAccess(user, id, 'write', m);
        if (body.orgNodeId !== undefined) await this.nodes.getNode(m, body.orgNodeId);
        const from = body.reportsFromYear ?? unit.reportsFromYear;
        const until = body.reportsUntilYear !== undefined ? body.reportsUntilYear : unit.reportsUntilYear;
        if (until !== null && until < from) {
          throw new DomainError('VALIDATION_FAILED', '终止年度不能早于起始年度', {
            issues: [{ path: 'reportsUntilYear', message: '终止年度不能早于起始年度' }],
          });
        }
        const before: Record<string, unknown> = {};
        for (const key of Object.keys(body) as Array<keyof UpdateUnitRequest>) before[key] = unit[key];
        await m.update(Unit, id, { ...body });
        await this.audit.record(m, {
          actor: user,
          action: 'unit.update',
          entityType: 'unit',
          entityId: id,
          details: { before, changes: { ...body } },
          ip,
        });
        return m.findOneByOrFail(Unit, { id });
      }),
    );
  }

  private async withUniqueCode<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (isUniqueViolation(err, 'code')) throw new DomainError('UNIT_CODE_TAKEN', '单位代码已被使用');
      throw err;
    }
  }
}
