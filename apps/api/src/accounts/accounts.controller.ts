import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  accountSchema,
  createAccountRequestSchema,
  resetPasswordRequestSchema,
  updateAccountRequestSchema,
  userRoleSchema,
} from '@nianbao/contracts';
import type {
  AccountDto,
  CreateAccountRequest,
  ResetPasswordRequest,
  UpdateAccountRequest,
} from '@nianbao/contracts';
import { z } from 'zod';

import { ClientIp, CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ZodBody, ZodQuery, ZodResponse } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { AccountsService } from './accounts.service.js';
import type { UserAccount } from './user-account.entity.js';

export function toAccountDto(a: UserAccount): AccountDto {
  return {
    id: a.id,
    username: a.username,
    displayName: a.displayName,
    role: a.role,
    orgNodeId: a.orgNodeId,
    unitId: a.unitId,
    isActive: a.isActive,
    isDemo: a.isDemo,
    lockedUntil: a.lockedUntil && a.lockedUntil.getTime() > Date.now() ? a.lockedUntil.toISOString() : null,
    createdAt: a.createdAt.toISOString(),
    passwordChangedAt: a.passwordChangedAt?.toISOString() ?? null,
  };
}

const listQuerySchema = z.object({ role: userRoleSchema.optional() });

@ApiTags('accounts')
@Controller('accounts')
@Roles('admin')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @ZodQuery(listQuerySchema)
  @ZodResponse(z.array(accountSchema))
  async list(
    @Query(new ZodValidationPipe(listQuerySchema)) q: z.infer<typeof listQuerySchema>,
  ): Promise<AccountDto[]> {
    return (await this.accounts.list(q)).map(toAccountDto);
  }

  @Post()
  @ZodBody(createAccountRequestSchema)
  @ZodResponse(accountSchema)
  async create(
    @Body(new ZodValidationPipe(createAccountRequestSchema)) body: CreateAccountRequest,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
  ): Promise<AccountDto> {
    return toAccountDto(await this.accounts.create(user, body, ip));
  }

  @Patch(':id')
  @ZodBody(updateAccountRequestSchema)
  @ZodResponse(accountSchema)
  async update(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(updateAccountRequestSchema)) body: UpdateAccountRequest,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
  ): Promise<AccountDto> {
    return toAccountDto(await this.accounts.update(user, id, body, ip));
  }

  @Post(':id/password')
  @HttpCode(204)
  @ZodBody(resetPasswordRequestSchema)
  async resetPassword(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(resetPasswordRequestSchema)) body: ResetPasswordRequest,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
  ): Promise<void> {
    await this.accounts.resetPassword(user, id, body.newPassword, ip);
  }
}
