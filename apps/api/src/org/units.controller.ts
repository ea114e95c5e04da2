import {
  Body,
  Controller,
  Get,
  Param,
  Patch,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import {
  createUnitRequestSchema,
  importUnitsResponseSchema,
  listUnitsQuerySchema,
  unitSchema,
  updateUnitRequestSchema,
} from '@nianbao/contracts';
import type {
  CreateUnitRequest,
  ImportUnitsResponse,
  ListUnitsQuery,
  UnitDto,
  UpdateUnitRequest,
} from '@nianbao/contracts';
import { z } from 'zod';

import { ClientIp, CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { DomainError } from '../common/domain-error.js';
import { ZodBody, ZodQuery, ZodResponse } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { toUnitDto } from './org.mapper.js';
import { UnitsImportService } from './units-import.service.js';
import { UnitsService } from './units.service.js';

// Unit lists are small; this cap only guards memory.
const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

interface UploadedBytes {
  originalname: string;
  buffer: Buffer;
  size: number;
}

@ApiTags('units')
@Controller('units')
export class UnitsController {
  constructor(
    private readonly units: UnitsService,
    private readonly importer: UnitsImportService,
  ) {}

  @Get()
  @ZodQuery(listUnitsQuerySchema)
  @ZodResponse(z.array(unitSchema))
  async list(
    @Query(new ZodValidationPipe(listUnitsQuerySchema)) q: ListUnitsQuery,
    @CurrentUser() user: AuthUser,
  ): Promise<UnitDto[]> {
    return (await this.units.list(user, q)).map(toUnitDto);
  }

  @Get(':id')
  @ZodResponse(unitSchema)
  async get(@Param('id') id: string, @CurrentUser() user: AuthUser): Promise<UnitDto> {
    return toUnitDto(await this.units.get(user, id));
  }

  @Post()
  @Roles('admin')
  @ZodBody(createUnitRequestSchema)
  @ZodResponse(unitSchema)
  async create(
    @Body(new ZodValidationPipe(createUnitRequestSchema)) body: CreateUnitRequest,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
  ): Promise<UnitDto> {
    return toUnitDto(await this.units.create(user, body, ip));
  }

  @Patch(':id')
  @Roles('admin')
  @ZodBody(updateUnitRequestSchema)
  @ZodResponse(unitSchema)
  async update(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(updateUnitRequestSchema)) body: UpdateUnitRequest,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
  ): Promise<UnitDto> {
    return toUnitDto(await this.units.update(user, id, body, ip));
  }

  /** multipart field `file`: .xlsx or .csv with columns 代码/名称/类型/上级/联系人/电话/起始年度/终止年度. */
  @Post('import')
  @Roles('admin')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { file: { type: 'string', format: 'binary' } },
      required: ['file'],
    },
  })
  @ZodResponse(importUnitsResponseSchema)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: IMPORT_MAX_BYTES, files: 1 } }))
  async import(
    @UploadedFile() file: UploadedBytes | undefined,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
  ): Promise<ImportUnitsResponse> {
    if (!file) throw new DomainError('VALIDATION_FAILED', '请上传 .xlsx 或 .csv 文件（字段名 file）');
    // multer decodes multipart file names as latin1; browsers send UTF-8.
    const name = Buffer.from(file.originalname, 'latin1').toString('utf8');
    return this.importer.import(user, file.buffer, name, ip);
  }
}
