import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateOrgNodeRequest, UpdateOrgNodeRequest } from '@nianbao/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ScopeService } from '../auth/scope.service.js';
import { DomainError } from '../common/domain-error.js';
import { isUniqueViolation } from '../common/pg-errors.js';
import { OrgNode } from './org-node.entity.js';

@Injectable()
export class OrgNodesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  /** admin: every node; supervisor: its node and everything under it. */
  async list(user: AuthUser): Promise<OrgNode[]> {
    const qb = this.dataSource.getRepository(OrgNode).createQueryBuilder('n').orderBy('n.path', 'ASC');
    if (user.role === 'supervisor') {
      const path = await this.scope.supervisorPath(user);
      if (!path) return [];
      qb.where('n.path LIKE :p', { p: `${path}%` });
    }
    return qb.getMany();
  }

  async create(user: AuthUser, body: CreateOrgNodeRequest, ip: string | null): Promise<OrgNode> {
    return this.withUniqueCode(() =>
      this.dataSource.transaction(async (m) => {
        const parent = body.parentId ? await this.getNode(m, body.parentId) : null;
        const id = randomUUID();
        const node = m.create(OrgNode, {
          id,
          parentId: parent?.id ?? null,
          code: body.code,
          name: body.name,
          level: body.level,
          path: `${parent?.path ?? '/'}${id}/`,
        });
        await m.insert(OrgNode, node);
        await this.audit.record(m, {
          actor: user,
          action: 'org_node.create',
          entityType: 'org_node',
          entityId: id,
          details: { ...body },
          ip,
        });
        return m.findOneByOrFail(OrgNode, { id });
      }),
    );
  }

  async update(user: AuthUser, id: string, body: UpdateOrgNodeRequest, ip: string | null): Promise<OrgNode> {
    return this.withUniqueCode(() =>
      this.dataSource.transaction(async (m) => {
        const node = await this.getNode(m, id);
        const before = { code: node.code, name: node.name, level: node.level, parentId: node.parentId };
        if (body.code !== undefined) node.code = body.code;
        if (body.name !== undefined) node.name = body.name;
        if (body.level !== undefined) node.level = body.level;
        if (body.parentId !== undefined && body.parentId !== node.parentId) {
          const parent = body.parentId ? await this.getNode(m, body.parentId) : null;
          if (parent && parent.path.startsWith(node.path)) {
            throw new DomainError('ORG_NODE_CYCLE', '不能把节点移到它自己或其下级节点之下');
          }
          const oldPath = node.path;
          const newPath = `${parent?.path ?? '/'}${node.id}/`;
          // Re-root the whole subtree's materialized paths in one statement.
          await m.query(`UPDATE org_node SET path = $1 || substr(path, $2) WHERE path LIKE $3`, [
            newPath,
            oldPath.length + 1,
            `${oldPath}%`,
          ]);
          node.parentId = parent?.id ?? null;
          node.path = newPath;
        }
        await m.update(OrgNode, node.id, {
          code: node.code,
          name: node.name,
          level: node.level,
          parentId: node.parentId,
          path: node.path,
        });
        await this.audit.record(m, {
          actor: user,
          action: 'org_node.update',
          entityType: 'org_node',
          entityId: id,
          details: { before, changes: { ...body } },
          ip,
        });
        return m.findOneByOrFail(OrgNode, { id });
      }),
    );
  }

  async getNode(m: EntityManager, id: string): Promise<OrgNode> {
    const node = /^[0-9a-f-]{36}$/i.test(id) ? await m.findOneBy(OrgNode, { id }) : null;
    if (!node) throw new DomainError('ORG_NODE_NOT_FOUND', '组织节点不存在');
    return node;
  }

  private async withUniqueCode<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (isUniqueViolation(err, 'code')) throw new DomainError('ORG_NODE_CODE_TAKEN', '节点代码已被使用');
      throw err;
    }
  }
}
