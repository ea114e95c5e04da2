import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan } from 'typeorm';

import { UserAccount } from '../accounts/user-account.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { AppConfig } from '../config/app-config.js';
import { DomainError } from '../common/domain-error.js';
import type { AuthUser } from './auth-user.js';
import { IP_RULE, LoginThrottle, USERNAME_RULE } from './login-throttle.js';
import { hashPassword, verifyPassword } from './password-hasher.js';
import { newToken, sha256Hex } from './session-tokens.js';
import { UserSession } from './user-session.entity.js';

export interface SessionInfo {
  user: AuthUser;
  displayName: string;
  tokenHash: string;
  csrfToken: string;
}

const LAST_SEEN_RESOLUTION_MS = 60_000;
/**
 * A resolved session is reused for this long without reading user_session and user_account again
 * (every API request resolves one). Logout, password changes and the account changes that end sessions
 * (disable, role/scope change, password reset) drop the entries of this process at once; another API
 * process sharing the database sees such a change after at most this long.
 */
export const SESSION_CACHE_MS = 5_000;
const SESSION_CACHE_MAX = 10_000;

interface CachedSession {
  info: SessionInfo;
  /** The session's own expiry. */
  expiresAt: number;
  /** When this entry must be read again. */
  freshUntil: number;
}

@Injectable()
export class AuthService {
  private readonly byUsername = new LoginThrottle(USERNAME_RULE);
  private readonly byIp = new LoginThrottle(IP_RULE);
  // Verified against when the username is unknown, so timing does not reveal which usernames exist.
  private dummyHash: Promise<string> | undefined;
  private readonly sessions = new Map<string, CachedSession>();
  /** Per user: when their sessions were last ended, so a lookup that started earlier is not cached. */
  private readonly revokedAt = new Map<string, number>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async login(
    usernameInput: string,
    password: string,
    ip: string | null,
  ): Promise<{ token: string; csrfToken: string; user: UserAccount; expiresAt: Date }> {
    const username = usernameInput.trim();
    const userKey = username.toLowerCase();
    const ipKey = ip ?? 'unknown';
    const repo = this.dataSource.getRepository(UserAccount);
    const account = await repo.findOne({ where: { username } });
    const lockedMs = Math.max(
      this.byUsername.lockedFor(userKey),
      this.byIp.lockedFor(ipKey),
      account?.lockedUntil ? account.lockedUntil.getTime() - Date.now() : 0,
    );
    if (lockedMs > 0) {
      throw new DomainError(
        'TOO_MANY_ATTEMPTS',
        `登录失败次数过多，请 ${Math.ceil(lockedMs / 60_000)} 分钟后再试`,
      );
    }
    const ok = account
      ? await verifyPassword(account.passwordHash, password)
      : (await verifyPassword(await this.getDummyHash(), password)) && false;
    if (!account || !ok || !account.isActive) {
      this.byIp.fail(ipKey);
      const locked = this.byUsername.fail(userKey);
      await this.dataSource.transaction(async (m) => {
        if (account) {
          await m.update(UserAccount, account.id, {
            failedLogins: () => 'failed_logins + 1',
            ...(locked ? { lockedUntil: new Date(Date.now() + USERNAME_RULE.lockMs) } : {}),
          });
        }
        await this.audit.record(m, {
          actor: null,
          action: locked ? 'auth.lockout' : 'auth.login_failed',
          entityType: 'user_account',
          entityId: account?.id ?? null,
          details: { username: username.slice(0, 64) },
          ip,
        });
      });
      throw new DomainError('INVALID_CREDENTIALS', '用户名或密码错误');
    }
    this.byUsername.reset(userKey);
    const token = newToken();
    const csrfToken = newToken(24);
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3_600_000);
    await this.dataSource.transaction(async (m) => {
      await m.update(UserAccount, account.id, { failedLogins: 0, lockedUntil: null });
      await m.insert(UserSession, { tokenHash: sha256Hex(token), userId: account.id, csrfToken, expiresAt });
      // Opportunistic clean-up of expired sessions keeps the table small without a scheduler.
      await m.delete(UserSession, { expiresAt: LessThan(new Date()) });
      await this.audit.record(m, {
        actor: { id: account.id, username: account.username },
        action: 'auth.login',
        entityType: 'user_account',
        entityId: account.id,
        ip,
      });
    });
    return { token, csrfToken, user: account, expiresAt };
  }

  /** Resolves a session cookie to its user; null when missing, expired or the account is disabled. */
  async resolveSession(token: string): Promise<SessionInfo | null> {
    const tokenHash = sha256Hex(token);
    const now = Date.now();
    const cached = this.sessions.get(tokenHash);
    if (cached && cached.freshUntil > now && cached.expiresAt > now) return cached.info;
    if (cached) this.sessions.delete(tokenHash);
    const info = await this.readSession(tokenHash);
    if (info) {
      const revoked = this.revokedAt.get(info.session.user.id);
      if (revoked === undefined || revoked < now) {
        if (this.sessions.size >= SESSION_CACHE_MAX) this.pruneSessions(now);
        // Shared by every request of this session for a few seconds: frozen, so no handler can change it.
        Object.freeze(info.session.user);
        this.sessions.set(tokenHash, {
          info: Object.freeze(info.session),
          expiresAt: info.expiresAt,
          freshUntil: now + SESSION_CACHE_MS,
        });
      }
    }
    return info?.session ?? null;
  }

  /**
   * Drops the cached sessions of a user (all, or all but `keepTokenHash`): call after deleting their
   * user_session rows or disabling the account, so the next request reads the database.
   */
  forgetSessionsOf(userId: string, keepTokenHash?: string): void {
    this.revokedAt.set(userId, Date.now());
    for (const [hash, entry] of this.sessions)
      if (entry.info.user.id === userId && hash !== keepTokenHash) this.sessions.delete(hash);
  }

  private pruneSessions(now: number): void {
    for (const [hash, entry] of this.sessions) if (entry.freshUntil <= now) this.sessions.delete(hash);
    // Still full (a burst of fresh logins): start over rather than grow.
    if (this.sessions.size >= SESSION_CACHE_MAX) this.sessions.clear();
    for (const [userId, at] of this.revokedAt) if (at + SESSION_CACHE_MS < now) this.revokedAt.delete(userId);
  }

  private async readSession(tokenHash: string): Promise<{ session: SessionInfo; expiresAt: number } | null> {
    const session = await this.dataSource.getRepository(UserSession).findOne({ where: { tokenHash } });
    if (!session || session.expiresAt.getTime() <= Date.now()) return null;
    const account = await this.dataSource
      .getRepository(UserAccount)
      .findOne({ where: { id: session.userId } });
    if (!account || !account.isActive) return null;
    if (Date.now() - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
      await this.dataSource.getRepository(UserSession).update({ tokenHash }, { lastSeenAt: new Date() });
    }
    return {
      session: {
        user: toAuthUser(account),
        displayName: account.displayName,
        tokenHash,
        csrfToken: session.csrfToken,
      },
      expiresAt: session.expiresAt.getTime(),
    };
  }

  async logout(user: AuthUser, tokenHash: string, ip: string | null): Promise<void> {
    this.sessions.delete(tokenHash);
    await this.dataSource.transaction(async (m) => {
      await m.delete(UserSession, { tokenHash });
      await this.audit.record(m, {
        actor: user,
        action: 'auth.logout',
        entityType: 'user_account',
        entityId: user.id,
        ip,
      });
    });
    this.sessions.delete(tokenHash);
  }

  async changePassword(
    user: AuthUser,
    tokenHash: string,
    currentPassword: string,
    newPassword: string,
    ip: string | null,
  ): Promise<void> {
    const account = await this.dataSource
      .getRepository(UserAccount)
      .findOneOrFail({ where: { id: user.id } });
    if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      throw new DomainError('INVALID_CREDENTIALS', '当前密码不正确', { status: 400 });
    }
    if (currentPassword === newPassword) {
      throw new DomainError('VALIDATION_FAILED', '新密码不能与当前密码相同', {
        issues: [{ path: 'newPassword', message: '新密码不能与当前密码相同' }],
      });
    }
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (m) => {
      await m.update(UserAccount, user.id, { passwordHash, passwordChangedAt: new Date() });
      // Sign out every other session of this user.
      await m
        .createQueryBuilder()
        .delete()
        .from(UserSession)
        .where('user_id = :userId AND token_hash <> :tokenHash', { userId: user.id, tokenHash })
        .execute();
      await this.audit.record(m, {
        actor: user,
        action: 'auth.password_change',
        entityType: 'user_account',
        entityId: user.id,
        ip,
      });
    });
    this.forgetSessionsOf(user.id, tokenHash);
  }

  private getDummyHash(): Promise<string> {
    this.dummyHash ??= hashPassword(newToken());
    return this.dummyHash;
  }
}

export function toAuthUser(a: UserAccount): AuthUser {
  return { id: a.id, username: a.username, role: a.role, orgNodeId: a.orgNodeId, unitId: a.unitId };
}
