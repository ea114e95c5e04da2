import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';

import { createTestApp, TestApp } from '../support/create-test-app.js';

describe('health and docs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports the database as up without a session', async () => {
    const res = await request(t.http).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves the OpenAPI document', async () => {
    const res = await request(t.http).get('/api/docs-json');
    expect(res.status).toBe(200);
    expect((res.body as { openapi: string }).openapi).toMatch(/^3\./);
    expect(Object.keys((res.body as { paths: object }).paths)).toContain('/api/auth/login');
  });

  it('says the dashboard is not built when its folder is missing', async () => {
    const res = await request(t.http).get('/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('前端页面尚未构建');
  });

  it('sets security headers and answers unknown api paths with a Chinese 404', async () => {
    const res = await request(t.http).get('/api/nope');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code: 'NOT_FOUND', message: '请求的资源不存在' });
  });
});
