import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';

import type { UserRole } from '../accounts/user-account.entity.js';
import { DomainError } from '../common/domain-error.js';
import { IS_PUBLIC_KEY, ROLES_KEY } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import { CSRF_HEADER, safeEqual, SESSION_COOKIE } from './session-tokens.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Global guard: a valid session on every route not marked @Public(), CSRF on writes, @Roles(). */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;

    const req = context.switchToHttp().getRequest<Request>();
    const cookies = req.cookies as Record<string, string | undefined> | undefined;
    const token = cookies?.[SESSION_COOKIE];
    const session = token ? await this.auth.resolveSession(token) : null;
    if (!session) throw new DomainError('UNAUTHENTICATED', '登录已失效，请重新登录');
    req.user = session.user;
    req.sessionId = session.tokenHash;
    req.csrfToken = session.csrfToken;

    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.header(CSRF_HEADER);
      if (!sent || !safeEqual(sent, session.csrfToken)) {
        throw new DomainError('CSRF_INVALID', '请求校验失败，请刷新页面后重试');
      }
    }

    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(session.user.role)) {
      throw new DomainError('FORBIDDEN_ROLE', '当前账号无权执行此操作');
    }
    return true;
  }
}
