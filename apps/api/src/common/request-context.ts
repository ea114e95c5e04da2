import { randomUUID } from 'node:crypto';

import type { NextFunction, Request, Response } from 'express';

import type { AuthUser } from '../auth/auth-user.js';
import { logJson } from './json-logger.js';

declare module 'express-serve-static-core' {
  interface Request {
    requestId?: string;
    user?: AuthUser;
    sessionId?: string;
    csrfToken?: string;
  }
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Assigns a request id and writes one structured line per finished request. */
export function requestLogger(req: Request, res: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  const incoming = req.header('x-request-id');
  req.requestId = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', req.requestId);
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    logJson('info', 'request', {
      method: req.method,
      // path without query string: queries may carry search terms but never secrets; keep logs small
      path: req.originalUrl.split('?')[0],
      status: res.statusCode,
      ms: Math.round(ms * 10) / 10,
      userId: req.user?.id ?? null,
      requestId: req.requestId,
    });
  });
  next();
}
