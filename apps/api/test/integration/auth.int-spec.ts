import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import request from 'supertest';

import { createTestApp, TestApp } from '../support/create-test-app.js';
import { createOrgNode, createUser, loginAs, TEST_PASSWORD } from '../support/factories.js';
import { resetDb } from '../support/reset-db.js';

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await resetDb(t.dataSource);
  });

  it('logs in with an httpOnly SameSite=Lax cookie and returns the user and a CSRF token', async () => {
    const admin = await createUser(t.dataSource, 'admin', { username: 'boss' });
    const res = await request(t.http)
      .post('/api/auth/login')
      .send({ username: 'boss', password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: admin.account.id, username: 'boss', role: 'admin' });
    expect(typeof res.body.csrfToken).toBe('string');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^nb_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('marks the cookie Secure behind a TLS-terminating proxy', async () => {
    await createUser(t.dataSource, 'admin', { username: 'boss' });
    const res = await request(t.http)
      .post('/api/auth/login')
      .set('x-forwarded-proto', 'https')
      .send({ username: 'boss', password: TEST_PASSWORD });
    expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
  });

  it('answers a wrong password and an unknown user with the same generic 401', async () => {
    await createUser(t.dataSource, 'admin', { username: 'boss' });
    const wrong = await request(t.http)
      .post('/api/auth/login')
      .send({ username: 'boss', password: 'nope-nope-nope' });
    const unknown = await request(t.http)
      .post('/api/auth/login')
      .send({ username: 'ghost', password: 'nope-nope-nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('locks a username after 5 failures (429, even with the right password)', async () => {
    await createUser(t.dataSource, 'admin', { username: 'locky' });
    for (let i = 0; i < 5; i++) {
      const r = await request(t.http)
        .post('/api/auth/login')
        .send({ username: 'locky', password: 'wrong-password' });
      expect(r.status).toBe(401);
    }
    const res = await request(t.http)
      .post('/api/auth/login')
      .send({ username: 'locky', password: TEST_PASSWORD });
    expect(res.status).toBe(429);
    expect(res.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(res.body.message).toMatch(/分钟后再试/);
  });

  it('refuses a disabled account with the generic 401', async () => {
    await createUser(t.dataSource, 'admin', { username: 'gone', isActive: false });
    const res = await request(t.http)
      .post('/api/auth/login')
      .send({ username: 'gone', password: TEST_PASSWORD });
    expect(res.status).toBe(401);
  });

  it('validates the login body in Chinese', async () => {
    const res = await request(t.http).post('/api/auth/login').send({ username: '' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['username', 'password']),
    );
  });

  it('answers malformed JSON with a Chinese 400', async () => {
    const res = await request(t.http)
      .post('/api/auth/login')
      .set('content-type', 'application/json')
      .send('{oops');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ code: 'INVALID_JSON', message: '请求体不是有效的 JSON' });
  });

  it('returns 401 without a session and /me with one', async () => {
    expect((await request(t.http).get('/api/auth/me')).status).toBe(401);
    const u = await createUser(t.dataSource, 'admin');
    const { agent, csrf } = await loginAs(t.http, u);
    const me = await agent.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { id: u.account.id, role: 'admin' }, csrfToken: csrf });
  });

  it('requires the CSRF header on state-changing requests', async () => {
    const u = await createUser(t.dataSource, 'admin');
    const { agent, csrf } = await loginAs(t.http, u);
    const missing = await agent.post('/api/auth/logout');
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('CSRF_INVALID');
    const wrong = await agent.post('/api/auth/logout').set('x-csrf-token', 'x'.repeat(csrf.length));
    expect(wrong.status).toBe(403);
    const ok = await agent.post('/api/auth/logout').set('x-csrf-token', csrf);
    expect(ok.status).toBe(204);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
  });

  it('changes the password: old one stops working, other sessions end', async () => {
    const u = await createUser(t.dataSource, 'admin');
    const first = await loginAs(t.http, u);
    const second = await loginAs(t.http, u);
    const short = await first.agent
      .post('/api/auth/password')
      .set('x-csrf-token', first.csrf)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);
    const badCurrent = await first.agent
      .post('/api/auth/password')
      .set('x-csrf-token', first.csrf)
      .send({ currentPassword: 'not-the-password', newPassword: 'a-brand-new-password' });
    expect(badCurrent.status).toBe(400);
    const ok = await first.agent
      .post('/api/auth/password')
      .set('x-csrf-token', first.csrf)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-password' });
    expect(ok.status).toBe(204);
    expect((await first.agent.get('/api/auth/me')).status).toBe(200);
    expect((await second.agent.get('/api/auth/me')).status).toBe(401);
    const oldLogin = await request(t.http)
      .post('/api/auth/login')
      .send({ username: u.account.username, password: TEST_PASSWORD });
    expect(oldLogin.status).toBe(401);
    await loginAs(t.http, { ...u, password: 'a-brand-new-password' });
  });
  it('ends a session at once although it was resolved a moment ago (the in-memory session cache is dropped)', async () => {
    const admin = await loginAs(t.http, await createUser(t.dataSource, 'admin', { username: 'root' }));
    const target = await createUser(t.dataSource, 'supervisor', {
      username: 'target',
      orgNode: await createOrgNode(t.dataSource),
    });

    // disable
    let s = await loginAs(t.http, target);
    expect((await s.agent.get('/api/auth/me')).status).toBe(200);
    const disabled = await admin.agent
      .patch(`/api/accounts/${target.account.id}`)
      .set('x-csrf-token', admin.csrf)
      .send({ isActive: false });
    expect(disabled.body).toMatchObject({ isActive: false });
    expect((await s.agent.get('/api/auth/me')).status).toBe(401);
    await admin.agent
      .patch(`/api/accounts/${target.account.id}`)
      .set('x-csrf-token', admin.csrf)
      .send({ isActive: true });

    // password reset by an administrator
    s = await loginAs(t.http, target);
    expect((await s.agent.get('/api/auth/me')).status).toBe(200);
    const reset = await admin.agent
      .post(`/api/accounts/${target.account.id}/password`)
      .set('x-csrf-token', admin.csrf)
      .send({ newPassword: 'another-long-pw' });
    expect(reset.status).toBe(204);
    expect((await s.agent.get('/api/auth/me')).status).toBe(401);

    // role change
    s = await loginAs(t.http, { account: target.account, password: 'another-long-pw' });
    expect((await s.agent.get('/api/auth/me')).status).toBe(200);
    await admin.agent
      .patch(`/api/accounts/${target.account.id}`)
      .set('x-csrf-token', admin.csrf)
      .send({ role: 'admin' });
    expect((await s.agent.get('/api/auth/me')).status).toBe(401);

    // logout: the old cookie, sent again, no longer works
    const login = await request(t.http)
      .post('/api/auth/login')
      .send({ username: 'target', password: 'another-long-pw' });
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const csrf = (login.body as { csrfToken: string }).csrfToken;
    expect((await request(t.http).get('/api/auth/me').set('cookie', cookie)).status).toBe(200);
    const out = await request(t.http)
      .post('/api/auth/logout')
      .set('cookie', cookie)
      .set('x-csrf-token', csrf);
    expect(out.status).toBe(204);
    expect((await request(t.http).get('/api/auth/me').set('cookie', cookie)).status).toBe(401);
  });
});
