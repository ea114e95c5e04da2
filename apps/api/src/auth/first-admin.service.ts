import { randomBytes } from 'node:crypto';

import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { UserAccount } from '../accounts/user-account.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { AppConfig } from '../config/app-config.js';
import { logJson } from '../common/json-logger.js';
import { hashPassword } from './password-hasher.js';

/** Creates the first admin when no admin exists: from ADMIN_USERNAME/ADMIN_PASSWORD or a random password printed once. */
@Injectable()
export class FirstAdminService implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.nodeEnv === 'test') return;
    await this.ensureFirstAdmin();
  }

  async ensureFirstAdmin(): Promise<{ username: string; password: string | null } | null> {
    const admins = await this.dataSource.getRepository(UserAccount).count({ where: { role: 'admin' } });
    if (admins > 0) return null;
    const username = this.config.adminUsername ?? 'admin';
    const generated = this.config.adminPassword === undefined;
    const password = this.config.adminPassword ?? randomBytes(12).toString('base64url');
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (m) => {
      const inserted = await m.insert(UserAccount, {
        username,
        displayName: '系统管理员',
        passwordHash,
        role: 'admin',
      });
      const id = (inserted.identifiers[0] as { id: string }).id;
      await this.audit.record(m, {
        actor: null,
        action: 'account.create_first_admin',
        entityType: 'user_account',
        entityId: id,
        details: { username },
      });
    });
    if (generated) {
      // Printed once, on purpose: the operator must note it and change it after the first login.
      process.stdout.write(
        `\n==== 首个管理员账号已创建 / first admin created ====\n  用户名 username: ${username}\n  密码 password:   ${password}\n  请登录后立即修改密码 (change it after first login). 此密码不会再次显示。\n====================================================\n\n`,
      );
    } else {
      logJson('info', 'first admin created from ADMIN_USERNAME', { username });
    }
    return { username, password: generated ? password : null };
  }
}
