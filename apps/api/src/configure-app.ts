import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

import { asBodyParserError, AllExceptionsFilter } from './common/all-exceptions.filter.js';
import { requestLogger } from './common/request-context.js';
import type { AppConfigValues } from './config/app-config.js';

export const API_PREFIX = 'api';

/** Everything main.ts and createTestApp() share: middleware, filter, prefix, docs, dashboard. */
export function configureApp(app: INestApplication, config: AppConfigValues): void {
  const http = app.getHttpAdapter().getInstance() as express.Express;
  http.set('trust proxy', parseTrustProxy(config.trustProxy));
  http.disable('x-powered-by');

  app.use(requestLogger);
  // No upgrade-insecure-requests: intranet deployments often serve plain HTTP, and the upgrade would break assets.
  // frame-src blob: — the upload preview shows the chosen PDF in an <iframe> of its object URL (typed application/pdf).
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { upgradeInsecureRequests: null, frameSrc: ["'self'", 'blob:'] },
      },
    }),
  );
  app.use(cookieParser());
  const json = express.json({ limit: config.maxUploadBytes });
  app.use((req: Request, res: Response, next: NextFunction) => {
    json(req, res, (err?: unknown) => {
      if (!err) return next();
      const mapped = asBodyParserError(err) ?? {
        status: 400,
        body: { code: 'BAD_REQUEST', message: '请求有误' },
      };
      res.status(mapped.status).json(mapped.body);
    });
  });

  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalFilters(new AllExceptionsFilter());

  const doc = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('年报汇总平台 API')
      .setDescription(
        '政府信息公开工作年度报告的收集、校验与比较。写请求需带 x-csrf-token 头（登录时返回）。',
      )
      .setVersion('0.1.0')
      .addCookieAuth('nb_session')
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, doc, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });

  serveDashboard(http, config.dashboardDist);
}

/** Hashed build files: their content never changes under the same name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

export function serveDashboard(http: express.Express, dist: string): void {
  const indexHtml = path.join(dist, 'index.html');
  const isApi = (p: string): boolean => p === `/${API_PREFIX}` || p.startsWith(`/${API_PREFIX}/`);
  if (existsSync(indexHtml)) {
    // dist/assets/<file>.br / .gz written by the dashboard build (scripts/precompress.mjs).
    const assetsDir = path.join(dist, 'assets');
    const precompressed = new Set(existsSync(assetsDir) ? readdirSync(assetsDir) : []);
    const files = express.static(dist, {
      index: false,
      maxAge: '1h',
      setHeaders: (res, file) => {
        if (path.dirname(file) === assetsDir) res.setHeader('Cache-Control', IMMUTABLE);
      },
    });
    // Assets: the precompressed bytes when the browser takes them, immutable either way.
    http.use((req: Request, res: Response, next: NextFunction) => {
      if (isApi(req.path)) return next();
      const name = req.path.startsWith('/assets/') ? req.path.slice('/assets/'.length) : null;
      if (!name || name.includes('/') || (req.method !== 'GET' && req.method !== 'HEAD'))
        return files(req, res, next);
      res.vary('Accept-Encoding');
      // Brotli first when both are taken (browsers list gzip first with the same weight).
      const encoding = ['br', 'gzip'].find(
        (e) => req.acceptsEncodings(e) === e && precompressed.has(`${name}.${e === 'br' ? 'br' : 'gz'}`),
      );
      if (!encoding) return files(req, res, next);
      const suffix = encoding === 'br' ? '.br' : '.gz';
      res.type(path.extname(name));
      res.setHeader('Content-Encoding', encoding);
      res.sendFile(path.join(assetsDir, name + suffix), { maxAge: '1y', immutable: true }, (err) => {
        if (!err || res.headersSent) return;
        // Gone since startup (a rebuild): the plain file, if any.
        res.removeHeader('Content-Encoding');
        res.removeHeader('Content-Type');
        files(req, res, next);
      });
    });
    // SPA fallback: any other GET outside /api gets index.html (client-side routes).
    http.use((req: Request, res: Response, next: NextFunction) => {
      if (isApi(req.path) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexHtml);
    });
    return;
  }
  http.use((req: Request, res: Response, next: NextFunction) => {
    if (isApi(req.path) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    res
      .status(req.path === '/' ? 200 : 404)
      .type('html')
      .send(
        '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>年报汇总平台</title>' +
          '<p>前端页面尚未构建。请先运行 <code>npm run build</code>（或设置 DASHBOARD_DIST）。接口文档见 <a href="/api/docs">/api/docs</a>。</p></html>',
      );
  });
}

function parseTrustProxy(v: string): boolean | number | string {
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}
