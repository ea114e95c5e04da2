import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';

import type { AuthUser } from '../auth/auth-user.js';
import { ClientIp, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { ZodBody } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { AppConfig } from '../config/app-config.js';
import { isMultipart, readMultipart } from '../submissions/multipart-upload.js';
import type { SubmissionDetailDto } from '@nianbao/contracts';
import { SubmissionError } from '../submissions/submissions.errors.js';
import { confirmItemRequestSchema, type BackfillJobDto, type ConfirmItemRequest } from './backfill.dto.js';
import { BACKFILL_MAX_FILES, BackfillService } from './backfill.service.js';

@ApiTags('backfill')
@Controller('backfill/jobs')
@Roles('admin', 'supervisor')
export class BackfillController {
  constructor(
    private readonly backfill: BackfillService,
    private readonly config: AppConfig,
  ) {}

  /** Multipart: any number of report files (field name free) and/or .zip archives of reports. */
  @Post()
  @ApiConsumes('multipart/form-data')
  async create(
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<BackfillJobDto> {
    if (!isMultipart(req))
      throw new SubmissionError('EMPTY_FILE', '请以 multipart/form-data 上传报告文件或 .zip 压缩包');
    const body = await readMultipart(req, res, {
      maxFileBytes: this.config.maxUploadBytes,
      maxFiles: BACKFILL_MAX_FILES,
    });
    return this.backfill.create(user, body.files, ip);
  }

  @Get()
  list(@CurrentUser() user: AuthUser): Promise<BackfillJobDto[]> {
    return this.backfill.list(user);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<BackfillJobDto> {
    return this.backfill.get(user, id);
  }

  @Post(':id/items/:itemId/confirm')
  @ZodBody(confirmItemRequestSchema)
  confirm(
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
    @Param('id') id: string,
    @Param('itemId') itemId: string,
    @Body(new ZodValidationPipe(confirmItemRequestSchema)) body: ConfirmItemRequest,
  ): Promise<SubmissionDetailDto> {
    return this.backfill.confirm(user, id, itemId, body, ip);
  }
}
