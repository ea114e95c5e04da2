import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';

import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { createUser, loginAs } from '../support/factories.js';
import { resetDb } from '../support/reset-db.js';
import { balancedReport, createWorld, sampleDocx, type World } from '../support/submission-fixtures.js';
import { registeredRoutes } from './route-table.js';

let t: TestApp;
let w: World;
beforeAll(async () => {
  // debug: every log line the app can write is written, so the secrecy test sees all of them.
  t = await createTestApp({ LOG_LEVEL: 'debug' });
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await resetDb(t.dataSource);
  w = await createWorld(t.dataSource);
});

function setCookie(res: request.Response): string {
  const raw = res.headers['set-cookie'] as unknown as string[] | undefined;
  const c = (raw ?? []).find((h) => h.startsWith('nb_session='));
  if (!c) throw new Error('no session cookie');
  return c;
}

describe('session cookie', () => {
  it('is httpOnly, SameSite=Lax, path /, not Secure over plain HTTP', async () => {
    const res = await request(t.http)
      .post('/api/auth/login')
      .send({ username: w.admin.account.username, password: w.admin.password });
    const c = setCookie(res);
    expect(c).toMatch(/;\s*HttpOnly/i);
    expect(c).toMatch(/;\s*SameSite=Lax/i);
    expect(c).toMatch(/;\s*Path=\//i);
    expect(c).not.toMatch(/;\s*Secure/i);
    // The token itself never appears in the body: only the CSRF token does.
    const token = /^nb_session=([^;]+)/.exec(c)![1];
    expect(JSON.stringify(res.body)).not.toContain(token);
  });

  it('is Secure behind a trusted TLS proxy (X-Forwarded-Proto: https)', async () => {
    const res = await request(t.http)
      .post('/api/auth/login')
      .set('X-Forwarded-Proto', 'https')
      .send({ username: w.admin.account.username, password: w.admin.password });
    expect(setCookie(res)).toMatch(/;\s*Secure/i);
  });

  it('stops working after logout', async () => {
    const s = await loginAs(t.http, w.reporter);
    expect((await s.agent.post('/api/auth/logout').set('x-csrf-token', s.csrf)).status).toBe(204);
    expect((await s.agent.get('/api/auth/me')).status).toBe(401);
  });

  it('is stored hashed: the cookie value is not in the database', async () => {
    const res = await request(t.http)
      .post('/api/auth/login')
      .send({ username: w.admin.account.username, password: w.admin.password });
    const token = /^nb_session=([^;]+)/.exec(setCookie(res))![1];
    const rows: Array<{ token_hash: string }> = await t.dataSource.query(
      'SELECT token_hash FROM user_session',
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
  });
});

describe('CSRF', () => {
  it('refuses a write without the header, with a wrong one, or with another session’s token: 403, nothing stored', async () => {
    const s = await loginAs(t.http, w.reporter);
    const other = await loginAs(t.http, w.otherReporter);
    const url = `/api/units/${w.unit.id}/years/2023/submissions`;
    const body = { report: balancedReport(w.unit.name, 2023) };
    for (const header of [undefined, '', 'x'.repeat(32), other.csrf]) {
      const req = s.agent.post(url);
      const res = await (header === undefined ? req : req.set('x-csrf-token', header)).send(body);
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: 'CSRF_INVALID' });
      expect(res.body.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const [{ n }]: Array<{ n: string }> = await t.dataSource.query('SELECT COUNT(*) AS n FROM submission');
    expect(Number(n)).toBe(0);
    expect((await s.agent.post(url).set('x-csrf-token', s.csrf).send(body)).status).toBe(201);
  });

  it('does not accept the token as a query parameter or a body field', async () => {
    const s = await loginAs(t.http, w.reporter);
    const res = await s.agent
      .post(`/api/auth/logout?x-csrf-token=${s.csrf}`)
      .send({ csrfToken: s.csrf, _csrf: s.csrf });
    expect(res.status).toBe(403);
  });
});

describe('login throttling and lockout', () => {
  it('locks a username after 5 failures even for the right password, and says so in Chinese', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await request(t.http)
        .post('/api/auth/login')
        .send({ username: w.reporter.account.username, password: 'wrong' });
      expect(res.status).toBe(401);
    }
    const locked = await request(t.http)
      .post('/api/auth/login')
      .send({ username: w.reporter.account.username, password: w.reporter.password });
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect(locked.body.message).toMatch(/分钟后再试/);
    expect(locked.headers['set-cookie']).toBeUndefined();
    const [{ n }]: Array<{ n: string }> = await t.dataSource.query(
      `SELECT COUNT(*) AS n FROM audit_log WHERE action = 'auth.lockout'`,
    );
    expect(Number(n)).toBe(1);
  });

  it('locks a client address after 20 failures across usernames (password spraying)', async () => {
    // A fresh address per test via X-Forwarded-For (loopback is a trusted proxy in the test config).
    const ip = '10.9.8.7';
    for (let i = 0; i < 20; i++) {
      await request(t.http)
        .post('/api/auth/login')
        .set('X-Forwarded-For', ip)
        .send({ username: `spray${i}`, password: 'Passw0rd!' });
    }
    const res = await request(t.http)
      .post('/api/auth/login')
      .set('X-Forwarded-For', ip)
      .send({ username: w.admin.account.username, password: w.admin.password });
    expect(res.status).toBe(429);
    // Another address is not affected.
    const ok = await request(t.http)
      .post('/api/auth/login')
      .set('X-Forwarded-For', '10.9.8.8')
      .send({ username: w.admin.account.username, password: w.admin.password });
    expect(ok.status).toBe(200);
  });
});

describe('security headers', () => {
  it.each(['/api/health', '/api/auth/me', '/'])(
    '%s carries CSP, nosniff, frame protection, no X-Powered-By',
    async (url) => {
      const res = await request(t.http).get(url);
      expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'self'/);
      expect(res.headers['content-security-policy']).toMatch(/object-src 'none'/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-powered-by']).toBeUndefined();
    },
  );

  it('serves an uploaded file as a sandboxed attachment', async () => {
    const s = await loginAs(t.http, await createUser(t.dataSource, 'reporter', { unit: w.sampleUnit }));
    const up = await s.agent
      .post(`/api/units/${w.sampleUnit.id}/years/2023/submissions`)
      .set('x-csrf-token', s.csrf)
      .attach('file', sampleDocx(), { filename: '年度报告.docx', contentType: 'text/html' });
    expect(up.status).toBe(201);
    const res = await s.agent.get(`/api/submissions/${(up.body as { id: string }).id}/file`);
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);
    expect(res.headers['content-type']).not.toMatch(/html/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/sandbox/);
  });
});

describe('CORS is closed by default', () => {
  it('sends no Access-Control-Allow-Origin to a foreign origin, on requests and preflights', async () => {
    const s = await loginAs(t.http, w.admin);
    const get = await s.agent.get('/api/auth/me').set('Origin', 'https://evil.example');
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
    expect(get.headers['access-control-allow-credentials']).toBeUndefined();
    const pre = await request(t.http)
      .options('/api/units')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'x-csrf-token');
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    expect(pre.headers['access-control-allow-headers']).toBeUndefined();
  });
});

describe('secrets never reach the log', () => {
  let lines: string[];
  let spy: ReturnType<typeof jest.spyOn>;
  beforeEach(() => {
    lines = [];
    spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
      lines.push(String(chunk));
      return true;
    });
  });
  afterEach(() => spy.mockRestore());

  it('login (ok and failed), submit, a 500-free error path and logout log no password, cookie or CSRF token', async () => {
    const password = 'Sëcret-密码-' + Math.random().toString(36).slice(2);
    const user = await createUser(t.dataSource, 'reporter', { unit: w.unit, password });
    await request(t.http)
      .post('/api/auth/login')
      .send({ username: user.account.username, password: password + 'x' });
    const login = await request(t.http)
      .post('/api/auth/login')
      .send({ username: user.account.username, password });
    expect(login.status).toBe(200);
    const cookie = setCookie(login).split(';')[0];
    const token = cookie.split('=')[1];
    const csrf = (login.body as { csrfToken: string }).csrfToken;
    const submit = await request(t.http)
      .post(`/api/units/${w.unit.id}/years/2023/submissions`)
      .set('Cookie', cookie)
      .set('x-csrf-token', csrf)
      .send({ report: balancedReport(w.unit.name, 2023), notes: password });
    expect(submit.status).toBe(201);
    await request(t.http)
      .post('/api/auth/password')
      .set('Cookie', cookie)
      .set('x-csrf-token', csrf)
      .send({ currentPassword: password, newPassword: password });
    await request(t.http).post('/api/auth/logout').set('Cookie', cookie).set('x-csrf-token', csrf);
    spy.mockRestore();
    const log = lines.join('');
    expect(log).toContain('"msg":"request"');
    for (const secret of [password, encodeURIComponent(password), token, csrf])
      expect(log).not.toContain(secret);
    // Nor in the audit trail.
    const audit: Array<{ details: unknown }> = await t.dataSource.query('SELECT details FROM audit_log');
    const auditText = JSON.stringify(audit);
    for (const secret of [password, token, csrf]) expect(auditText).not.toContain(secret);
  });
});

describe('the audit log cannot be changed through the API', () => {
  it('has only a GET route', () => {
    const audit = registeredRoutes(t.app).filter((r) => r.path.startsWith('/api/audit'));
    expect(audit).toEqual([{ method: 'GET', path: '/api/audit' }]);
  });

  it.each(['put', 'patch', 'delete', 'post'] as const)(
    '%s /api/audit… → 404, rows unchanged',
    async (method) => {
      const s = await loginAs(t.http, w.admin);
      const before: unknown[] = await t.dataSource.query('SELECT * FROM audit_log ORDER BY id');
      expect(before.length).toBeGreaterThan(0);
      const id = (before[0] as { id: string }).id;
      for (const url of ['/api/audit', `/api/audit/${id}`, '/api/audit/all']) {
        const res = await s.agent[method](url).set('x-csrf-token', s.csrf).send({ action: 'x', details: {} });
        expect([404, 405]).toContain(res.status);
      }
      const after: unknown[] = await t.dataSource.query('SELECT * FROM audit_log ORDER BY id');
      expect(after.slice(0, before.length)).toEqual(before);
    },
  );
});
