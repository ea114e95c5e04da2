import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';

import type { UserRole } from '../accounts/user-account.entity.js';
import { DomainError } from '../common/domain-error.js';
import type { AuthUser } from './auth-user.js';

export const IS_PUBLIC_KEY = 'nb:isPublic';
export const ROLES_KEY = 'nb:roles';

/** The route needs no session (login, health, docs). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);

/** Only these roles may call the route (on a handler or a controller). */
export const Roles = (...roles: UserRole[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ROLES_KEY, roles);

/** The signed-in user; the global guard has already refused requests without a session. */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  const req = ctx.switchToHttp().getRequest<Request>();
  if (!req.user) throw new DomainError('UNAUTHENTICATED', '请先登录');
  return req.user;
});

/** Client IP as Express sees it (honours TRUST_PROXY). */
export const ClientIp = createParamDecorator((_data: unknown, ctx: ExecutionContext): string | null => {
  const req = ctx.switchToHttp().getRequest<Request>();
  return req.ip ?? null;
});
