import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';

import { isDatabaseUnavailableError } from './database-errors.js';
import { DomainError, ErrorIssue } from './domain-error.js';
import { logJson } from './json-logger.js';

export interface ErrorBody {
  code: string;
  message: string;
  issues?: ErrorIssue[];
}

const HTTP_FALLBACK: Record<number, ErrorBody> = {
  400: { code: 'BAD_REQUEST', message: '请求有误' },
  401: { code: 'UNAUTHENTICATED', message: '请先登录' },
  403: { code: 'FORBIDDEN', message: '无权执行此操作' },
  404: { code: 'NOT_FOUND', message: '请求的资源不存在' },
  405: { code: 'METHOD_NOT_ALLOWED', message: '不支持的请求方法' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: '上传内容过大' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的内容类型' },
  429: { code: 'TOO_MANY_REQUESTS', message: '请求过于频繁，请稍后再试' },
};

/** The only exception filter: DomainError → its status; anything else → 500 (or 503 when the database is down). */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req: Request = ctx.getRequest<Request>();
    const { status, body } = toErrorResponse(exception, req);
    if (res.headersSent) return;
    res.status(status).json(body);
  }
}

export function toErrorResponse(exception: unknown, req?: Request): { status: number; body: ErrorBody } {
  if (exception instanceof DomainError) {
    const body: ErrorBody = { code: String(exception.code as unknown), message: exception.message };
    if (exception.issues?.length) body.issues = exception.issues;
    return { status: exception.status, body };
  }
  if (isDatabaseUnavailableError(exception)) {
    logJson('error', 'database unavailable', { requestId: req?.requestId, error: errorMessage(exception) });
    return { status: 503, body: { code: 'DATABASE_UNAVAILABLE', message: '数据库暂时不可用，请稍后重试' } };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (status < 500) {
      return { status, body: HTTP_FALLBACK[status] ?? { code: 'BAD_REQUEST', message: '请求有误' } };
    }
  }
  const bodyParserError = asBodyParserError(exception);
  if (bodyParserError) return bodyParserError;
  logJson('error', 'unexpected error', {
    requestId: req?.requestId,
    method: req?.method,
    path: req?.originalUrl.split('?')[0],
    userId: req?.user?.id ?? null,
    error: errorMessage(exception),
    stack: exception instanceof Error ? exception.stack : undefined,
  });
  return { status: 500, body: { code: 'INTERNAL_ERROR', message: '服务器内部错误，请稍后重试' } };
}

/** body-parser / raw-body errors carry a `type`; map them to Chinese 4xx. */
export function asBodyParserError(err: unknown): { status: number; body: ErrorBody } | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const type = (err as { type?: unknown }).type;
  switch (type) {
    case 'entity.parse.failed':
      return { status: 400, body: { code: 'INVALID_JSON', message: '请求体不是有效的 JSON' } };
    case 'entity.too.large':
      return { status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: '请求体过大' } };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { status: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的字符编码' } };
    case 'request.aborted':
      return { status: 400, body: { code: 'BAD_REQUEST', message: '请求被中断' } };
    default:
      return undefined;
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
