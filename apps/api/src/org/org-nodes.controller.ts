import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createOrgNodeRequestSchema, orgNodeSchema, updateOrgNodeRequestSchema } from '@nianbao/contracts';
import type { CreateOrgNodeRequest, OrgNodeDto, UpdateOrgNodeRequest } from '@nianbao/contracts';
import { z } from 'zod';

import { ClientIp, CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ZodBody, ZodResponse } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { OrgNodesService } from './org-nodes.service.js';
import { toOrgNodeDto } from './org.mapper.js';

@ApiTags('org')
@Controller('org/nodes')
@Roles('admin', 'supervisor')
export class OrgNodesController {
  constructor(private readonly nodes: OrgNodesService) {}

  @Get()
  @ZodResponse(z.array(orgNodeSchema))
  async list(@CurrentUser() user: AuthUser): Promise<OrgNodeDto[]> {
    return (await this.nodes.list(user)).map(toOrgNodeDto);
  }

  @Post()
  @Roles('admin')
  @ZodBody(createOrgNodeRequestSchema)
  @ZodResponse(orgNodeSchema)
  async create(
    @Body(new ZodValidationPipe(createOrgNodeRequestSchema)) body: CreateOrgNodeRequest,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
  ): Promise<OrgNodeDto> {
    return toOrgNodeDto(await this.nodes.create(user, body, ip));
  }

  @Patch(':id')
  @Roles('admin')
  @ZodBody(updateOrgNodeRequestSchema)
  @ZodResponse(orgNodeSchema)
  async update(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(updateOrgNodeRequestSchema)) body: UpdateOrgNodeRequest,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
  ): Promise<OrgNodeDto> {
    return toOrgNodeDto(await this.nodes.update(user, id, body, ip));
  }
}
