import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createPeriodRequestSchema,
  reportingPeriodSchema,
  updatePeriodRequestSchema,
} from '@nianbao/contracts';
import type { CreatePeriodRequest, ReportingPeriodDto, UpdatePeriodRequest } from '@nianbao/contracts';
import { z } from 'zod';

import { ClientIp, CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { DomainError } from '../common/domain-error.js';
import { ZodBody, ZodResponse } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { PeriodsService } from './periods.service.js';
import type { ReportingPeriod } from './reporting-period.entity.js';

export function toPeriodDto(p: ReportingPeriod): ReportingPeriodDto {
  return {
    year: p.year,
    statutoryDeadline: p.statutoryDeadline,
    internalDeadlines: p.internalDeadlines,
    isOpen: p.isOpen,
  };
}

const yearPipe = new ParseIntPipe({
  exceptionFactory: () => new DomainError('VALIDATION_FAILED', '年度应为数字'),
});

@ApiTags('periods')
@Controller('periods')
export class PeriodsController {
  constructor(private readonly periods: PeriodsService) {}

  @Get()
  @ZodResponse(z.array(reportingPeriodSchema))
  async list(): Promise<ReportingPeriodDto[]> {
    return (await this.periods.list()).map(toPeriodDto);
  }

  @Post()
  @Roles('admin')
  @ZodBody(createPeriodRequestSchema)
  @ZodResponse(reportingPeriodSchema)
  async create(
    @Body(new ZodValidationPipe(createPeriodRequestSchema)) body: CreatePeriodRequest,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
  ): Promise<ReportingPeriodDto> {
    return toPeriodDto(await this.periods.create(user, body, ip));
  }

  @Patch(':year')
  @Roles('admin')
  @ZodBody(updatePeriodRequestSchema)
  @ZodResponse(reportingPeriodSchema)
  async update(
    @Param('year', yearPipe) year: number,
    @Body(new ZodValidationPipe(updatePeriodRequestSchema)) body: UpdatePeriodRequest,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
  ): Promise<ReportingPeriodDto> {
    return toPeriodDto(await this.periods.update(user, year, body, ip));
  }
}
