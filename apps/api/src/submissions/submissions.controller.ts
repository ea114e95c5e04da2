import { Controller, Get, HttpCode, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import {
  diffQuerySchema,
  jsonSubmissionSchema,
  listSubmissionsQuerySchema,
  previewResponseSchema,
  submissionDetailSchema,
  submissionExtrasSchema,
  submissionSourceResponseSchema,
  submissionSummarySchema,
  templateQuerySchema,
  yearSchema,
  type PreviewDto,
  type SubmissionDetailDto,
  type SubmissionExtras,
  type SubmissionSourceResponse,
  type SubmissionSummaryDto,
} from '@nianbao/contracts';
import type { Request, Response } from 'express';
import { z } from 'zod';

import type { AuthUser } from '../auth/auth-user.js';
import { ClientIp, CurrentUser } from '../auth/auth.decorators.js';
import { DomainError } from '../common/domain-error.js';
import { ZodResponse } from '../common/openapi.js';
import { ZodValidationPipe, zodIssues } from '../common/zod-validation.pipe.js';
import { AppConfig } from '../config/app-config.js';
import { contentDisposition, downloadContentType } from './content-disposition.js';
import { isMultipart, readMultipart } from './multipart-upload.js';
import type { SubmissionSource } from './report-intake.js';
import { SubmissionsQueryService, type SubmissionDiffDto } from './submissions-query.service.js';
import { SubmissionsService } from './submissions.service.js';
import { SubmissionError } from './submissions.errors.js';
import { TemplateService } from './template.service.js';

const yearPipe = new ZodValidationPipe(yearSchema);

@ApiTags('submissions')
@Controller()
export class SubmissionsController {
  constructor(
    private readonly submissions: SubmissionsService,
    private readonly queries: SubmissionsQueryService,
    private readonly templates: TemplateService,
    private readonly config: AppConfig,
  ) {}

  /** Parses and checks a file (multipart `file`) or a JSON `{ report }` without storing anything. */
  @Post('units/:unitId/years/:year/preview')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data', 'application/json')
  @ZodResponse(previewResponseSchema)
  async preview(
    @CurrentUser() user: AuthUser,
    @Param('unitId') unitId: string,
    @Param('year', yearPipe) year: number,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PreviewDto> {
    const { source, extras } = await this.readSource(req, res);
    return this.submissions.preview(user, unitId, year, source, extras);
  }

  /** Stores a new version: multipart `file` (+ optional `notes`, `corrections`, `explanations` JSON fields) or JSON `{ report, … }`. */
  @Post('units/:unitId/years/:year/submissions')
  @ApiConsumes('multipart/form-data', 'application/json')
  @ZodResponse(submissionDetailSchema)
  async submit(
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
    @Param('unitId') unitId: string,
    @Param('year', yearPipe) year: number,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SubmissionDetailDto> {
    const { source, extras } = await this.readSource(req, res);
    return this.submissions.submit({ unitId, year, source, extras, actor: user, ip });
  }

  @Get('units/:unitId/submissions')
  @ZodResponse(z.array(submissionSummarySchema))
  list(
    @CurrentUser() user: AuthUser,
    @Param('unitId') unitId: string,
    @Query(new ZodValidationPipe(listSubmissionsQuerySchema)) query: { year?: number },
  ): Promise<SubmissionSummaryDto[]> {
    return this.queries.list(user, unitId, query.year);
  }

  @Get('units/:unitId/template.xlsx')
  async template(
    @CurrentUser() user: AuthUser,
    @Param('unitId') unitId: string,
    @Query(new ZodValidationPipe(templateQuerySchema)) query: { year: number },
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { fileName, bytes } = await this.templates.build(user, unitId, query.year);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', contentDisposition(fileName));
    return new StreamableFile(bytes);
  }

  @Get('submissions/:id')
  @ZodResponse(submissionDetailSchema)
  detail(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<SubmissionDetailDto> {
    return this.queries.detail(user, id);
  }

  /** The original bytes as uploaded (sha256 in the `X-Content-SHA256` header). */
  @Get('submissions/:id/file')
  async file(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.queries.file(user, id);
    res.setHeader('Content-Type', downloadContentType(file.fileName));
    res.setHeader('Content-Disposition', contentDisposition(file.fileName));
    res.setHeader('X-Content-SHA256', file.sha256);
    // An uploaded HTML report must never run as a page of this origin.
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
    return new StreamableFile(file.bytes);
  }

  /** The stored original file as read: paragraphs and tables as plain text (404 for a web-form hand-in). */
  @Get('submissions/:id/source')
  @ZodResponse(submissionSourceResponseSchema)
  source(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<SubmissionSourceResponse> {
    return this.queries.source(user, id);
  }

  @Get('submissions/:id/diff')
  diff(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Query(new ZodValidationPipe(diffQuerySchema)) query: { against: string },
  ): Promise<SubmissionDiffDto> {
    return this.queries.diff(user, id, query.against);
  }

  private async readSource(
    req: Request,
    res: Response,
  ): Promise<{ source: SubmissionSource; extras: SubmissionExtras }> {
    if (isMultipart(req)) {
      const body = await readMultipart(req, res, { maxFileBytes: this.config.maxUploadBytes, maxFiles: 1 });
      const file = body.files.find((f) => f.fieldName === 'file') ?? body.files[0];
      if (!file || file.bytes.length === 0)
        throw new SubmissionError('EMPTY_FILE', '没有收到文件，或文件为空');
      const extras = parseExtras({
        notes: body.fields.notes,
        corrections: parseJsonField(body.fields.corrections, 'corrections'),
        explanations: parseJsonField(body.fields.explanations, 'explanations'),
      });
      return {
        source: { kind: 'file', bytes: file.bytes, fileName: file.fileName, contentType: file.contentType },
        extras,
      };
    }
    const body: unknown = req.body;
    if (!body || typeof body !== 'object' || !('report' in body)) {
      throw new SubmissionError(
        'EMPTY_FILE',
        '请上传报告文件（字段 file）或提交报告数据（JSON 字段 report）',
      );
    }
    const parsed = jsonSubmissionSchema.safeParse(body);
    if (!parsed.success)
      throw new DomainError('VALIDATION_FAILED', '请求参数有误', { issues: zodIssues(parsed.error) });
    const { report, ...extras } = parsed.data;
    return { source: { kind: 'json', report }, extras };
  }
}

function parseJsonField(value: string | undefined, name: string): unknown {
  if (value === undefined || value === '') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    throw new DomainError('VALIDATION_FAILED', `字段 ${name} 不是有效的 JSON`);
  }
}

function parseExtras(raw: Record<string, unknown>): SubmissionExtras {
  const parsed = submissionExtrasSchema.safeParse(raw);
  if (!parsed.success)
    throw new DomainError('VALIDATION_FAILED', '请求参数有误', { issues: zodIssues(parsed.error) });
  return parsed.data;
}
