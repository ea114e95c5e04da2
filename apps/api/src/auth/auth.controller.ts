import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { changePasswordRequestSchema, loginRequestSchema, loginResponseSchema } from '@nianbao/contracts';
import type { ChangePasswordRequest, LoginRequest, LoginResponse } from '@nianbao/contracts';
import type { Request, Response } from 'express';

import { AppConfig } from '../config/app-config.js';
import { ZodBody, ZodResponse } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { ClientIp, CurrentUser, Public } from './auth.decorators.js';
import type { AuthUser } from './auth-user.js';
import { AuthService } from './auth.service.js';
import { SESSION_COOKIE } from './session-tokens.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ZodBody(loginRequestSchema)
  @ZodResponse(loginResponseSchema)
  async login(
    @Body(new ZodValidationPipe(loginRequestSchema)) body: LoginRequest,
    @ClientIp() ip: string | null,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    const { token, csrfToken, user, expiresAt } = await this.auth.login(body.username, body.password, ip);
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure === 'auto' ? req.secure : this.config.cookieSecure,
      path: '/',
      expires: expiresAt,
    });
    return {
      user: {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        orgNodeId: user.orgNodeId,
        unitId: user.unitId,
      },
      csrfToken,
    };
  }

  @Get('me')
  @ZodResponse(loginResponseSchema)
  async me(@Req() req: Request): Promise<LoginResponse> {
    const token = (req.cookies as Record<string, string>)[SESSION_COOKIE];
    const session = await this.auth.resolveSession(token);
    const user = req.user as AuthUser;
    return {
      user: { ...user, displayName: session?.displayName ?? user.username },
      csrfToken: req.csrfToken ?? '',
    };
  }

  @Post('logout')
  @HttpCode(204)
  async logout(
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.auth.logout(user, req.sessionId ?? '', ip);
    res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax' });
  }

  @Post('password')
  @HttpCode(204)
  @ZodBody(changePasswordRequestSchema)
  async changePassword(
    @Body(new ZodValidationPipe(changePasswordRequestSchema)) body: ChangePasswordRequest,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
    @Req() req: Request,
  ): Promise<void> {
    await this.auth.changePassword(user, req.sessionId ?? '', body.currentPassword, body.newPassword, ip);
  }
}
