import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateAccountRequest, UpdateAccountRequest, UserRole } from '@nianbao/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { AuthService } from '../auth/auth.service.js';
import { hashPassword } from '../auth/password-hasher.js';
import { UserSession } from '../auth/user-session.entity.js';
import { DomainError } from '../common/domain-error.js';
import { isUniqueViolation } from '../common/pg-errors.js';
import { OrgNode } from '../org/org-node.entity.js';
import { Unit } from '../org/unit.entity.js';
import { UserAccount } from './user-account.entity.js';

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  list(filter: { role?: UserRole }): Promise<UserAccount[]> {
    return this.dataSource
      .getRepository(UserAccount)
      .find({ where: filter.role ? { role: filter.role } : {}, order: { username: 'ASC' } });
  }

  async create(actor: AuthUser, body: CreateAccountRequest, ip: string | null): Promise<UserAccount> {
    const passwordHash = await hashPassword(body.password);
    try {
      return await this.dataSource.transaction(async (m) => {
        await assertScopeTargets(m, body.role, body.orgNodeId, body.unitId);
        const saved = await m.save(
          UserAccount,
          m.create(UserAccount, {
            username: body.username,
            displayName: body.displayName,
            passwordHash,
            role: body.role,
            orgNodeId: body.orgNodeId,
            unitId: body.unitId,
          }),
        );
        await this.audit.record(m, {
          actor,
          action: 'account.create',
          entityType: 'user_account',
          entityId: saved.id,
          details: {
            username: body.username,
            role: body.role,
            orgNodeId: body.orgNodeId,
            unitId: body.unitId,
          },
          ip,
        });
        return saved;
      });
    } catch (err) {
      if (isUniqueViolation(err, 'username')) throw new DomainError('USERNAME_TAKEN', '用户名已被使用');
      throw err;
    }
  }

  async update(
    actor: AuthUser,
    id: string,
    body: UpdateAccountRequest,
    ip: string | null,
  ): Promise<UserAccount> {
    const updated = await this.dataSource.transaction(async (m) => {
      const a = await getAccount(m, id);
      const role = body.role ?? a.role;
      // Changing the role resets the scope unless the request sets it.
      const orgNodeId =
        body.orgNodeId !== undefined
          ? body.orgNodeId
          : body.role && body.role !== a.role
            ? null
            : a.orgNodeId;
      const unitId =
        body.unitId !== undefined ? body.unitId : body.role && body.role !== a.role ? null : a.unitId;
      if (id === actor.id && (role !== 'admin' || body.isActive === false)) {
        throw new DomainError('CONFLICT', '不能停用或降级当前登录的管理员账号');
      }
      await assertScopeTargets(m, role, orgNodeId, unitId);
      const isActive = body.isActive ?? a.isActive;
      await m.update(UserAccount, id, {
        displayName: body.displayName ?? a.displayName,
        role,
        orgNodeId,
        unitId,
        isActive,
        // Re-enabling an account also lifts a login lockout.
        ...(body.isActive === true ? { lockedUntil: null, failedLogins: 0 } : {}),
      });
      const scopeChanged = role !== a.role || orgNodeId !== a.orgNodeId || unitId !== a.unitId || !isActive;
      if (scopeChanged) await m.delete(UserSession, { userId: id });
      await this.audit.record(m, {
        actor,
        action: body.isActive === false ? 'account.disable' : 'account.update',
        entityType: 'user_account',
        entityId: id,
        details: {
          before: {
            displayName: a.displayName,
            role: a.role,
            orgNodeId: a.orgNodeId,
            unitId: a.unitId,
            isActive: a.isActive,
          },
          changes: { ...body },
        },
        ip,
      });
      return m.findOneByOrFail(UserAccount, { id });
    });
    // Resolved sessions are kept a few seconds in memory (AuthService): drop this user's once committed.
    this.auth.forgetSessionsOf(id);
    return updated;
  }

  async resetPassword(actor: AuthUser, id: string, newPassword: string, ip: string | null): Promise<void> {
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (m) => {
      await getAccount(m, id);
      await m.update(UserAccount, id, {
        passwordHash,
        passwordChangedAt: new Date(),
        failedLogins: 0,
        lockedUntil: null,
      });
      await m.delete(UserSession, { userId: id });
      await this.audit.record(m, {
        actor,
        action: 'account.reset_password',
        entityType: 'user_account',
        entityId: id,
        ip,
      });
    });
    this.auth.forgetSessionsOf(id);
  }
}

async function getAccount(m: EntityManager, id: string): Promise<UserAccount> {
  const a = /^[0-9a-f-]{36}$/i.test(id) ? await m.findOneBy(UserAccount, { id }) : null;
  if (!a) throw new DomainError('USER_NOT_FOUND', '账号不存在');
  return a;
}

async function assertScopeTargets(
  m: EntityManager,
  role: UserRole,
  orgNodeId: string | null,
  unitId: string | null,
): Promise<void> {
  const fits =
    (role === 'admin' && !orgNodeId && !unitId) ||
    (role === 'supervisor' && !!orgNodeId && !unitId) ||
    (role === 'reporter' && !!unitId && !orgNodeId);
  if (!fits) {
    throw new DomainError('VALIDATION_FAILED', '监督员须指定组织节点，填报员须指定单位，管理员不指定范围', {
      issues: [{ path: 'role', message: '角色与范围不匹配' }],
    });
  }
  if (orgNodeId && !(await m.findOneBy(OrgNode, { id: orgNodeId })))
    throw new DomainError('ORG_NODE_NOT_FOUND', '组织节点不存在');
  if (unitId && !(await m.findOneBy(Unit, { id: unitId })))
    throw new DomainError('UNIT_NOT_FOUND', '单位不存在');
}
