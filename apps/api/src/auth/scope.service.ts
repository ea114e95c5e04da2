import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { DomainError } from '../common/domain-error.js';
import { OrgNode } from '../org/org-node.entity.js';
import { Unit } from '../org/unit.entity.js';
import type { AuthUser } from './auth-user.js';
import {
  AccessMode,
  canAccessOrgNode,
  canAccessUnit,
  scopeSqlFilter,
  scopeWhere,
  SqlFilter,
} from './scope.js';

/**
 * Who may see or change which unit. Inside a transaction pass its manager: on the embedded database a
 * query on another connection while a transaction is open waits for ever.
 */
@Injectable()
export class ScopeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Loads the unit and checks the user may read/write it; 404 UNIT_NOT_FOUND or 403 FORBIDDEN_SCOPE. */
  async assertUnitAccess(
    user: AuthUser,
    unitId: string,
    mode: AccessMode,
    manager?: EntityManager,
  ): Promise<Unit> {
    const m = manager ?? this.dataSource.manager;
    if (!isUuid(unitId)) throw new DomainError('UNIT_NOT_FOUND', '单位不存在');
    // The unit, its node's path and the supervisor's node path in one round trip.
    const supervisorNodeId = user.role === 'supervisor' ? user.orgNodeId : null;
    const { entities, raw } = await m
      .createQueryBuilder(Unit, 'u')
      .addSelect('(SELECT o.path FROM org_node o WHERE o.id = u.org_node_id)', 'node_path')
      .addSelect('(SELECT o.path FROM org_node o WHERE o.id = :scopeNodeId)', 'scope_path')
      .where('u.id = :unitId', { unitId, scopeNodeId: supervisorNodeId })
      .getRawAndEntities<{ node_path: string | null; scope_path: string | null }>();
    const unit = entities[0];
    if (!unit) throw new DomainError('UNIT_NOT_FOUND', '单位不存在');
    if (user.role === 'admin') return unit;
    if (user.role === 'reporter') {
      if (!canAccessUnit(user, { id: unit.id, orgNodePath: '' }, null)) throw forbidden(mode);
      return unit;
    }
    const nodePath = raw[0]?.node_path ?? null;
    const scopePath = supervisorNodeId ? (raw[0]?.scope_path ?? null) : null;
    if (nodePath === null || !canAccessUnit(user, { id: unit.id, orgNodePath: nodePath }, scopePath))
      throw forbidden(mode);
    return unit;
  }

  /** Loads the node and checks a supervisor may see it (reporters never read the tree). */
  async assertOrgNodeAccess(
    user: AuthUser,
    orgNodeId: string,
    mode: AccessMode,
    manager?: EntityManager,
  ): Promise<OrgNode> {
    const m = manager ?? this.dataSource.manager;
    const node = isUuid(orgNodeId) ? await m.findOne(OrgNode, { where: { id: orgNodeId } }) : null;
    if (!node) throw new DomainError('ORG_NODE_NOT_FOUND', '组织节点不存在');
    if (!canAccessOrgNode(user, node.path, await this.supervisorPath(user, m))) throw forbidden(mode);
    return node;
  }

  /** Ids of every unit the user may read (admin: all units). */
  async unitIdsInScope(user: AuthUser, manager?: EntityManager): Promise<string[]> {
    const m = manager ?? this.dataSource.manager;
    const f = scopeSqlFilter(user, 'u.id');
    const rows: Array<{ id: string }> = await m.query(
      `SELECT u.id FROM unit u WHERE ${f.sql} ORDER BY u.code`,
      f.params,
    );
    return rows.map((r) => r.id);
  }

  /** Raw-SQL filter on a unit id column, positional parameters from `$firstParam`. */
  scopeSqlFilter(user: AuthUser, unitIdColumn: string, firstParam = 1): SqlFilter {
    return scopeSqlFilter(user, unitIdColumn, firstParam);
  }

  /** QueryBuilder filter on a unit id column: `qb.andWhere(w.sql, w.params)`. */
  scopeWhere(user: AuthUser, unitIdColumn: string): { sql: string; params: Record<string, unknown> } {
    return scopeWhere(user, unitIdColumn);
  }

  /** The supervisor's node path ("/a/b/"), null for other roles. */
  async supervisorPath(user: AuthUser, manager?: EntityManager): Promise<string | null> {
    if (user.role !== 'supervisor' || !user.orgNodeId) return null;
    const m = manager ?? this.dataSource.manager;
    const node = await m.findOne(OrgNode, { where: { id: user.orgNodeId } });
    return node?.path ?? null;
  }
}

function forbidden(mode: AccessMode): DomainError {
  return new DomainError(
    'FORBIDDEN_SCOPE',
    mode === 'write' ? '无权修改该单位的数据' : '无权查看该单位的数据',
  );
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(s: string): boolean {
  return UUID_RE.test(s);
}
