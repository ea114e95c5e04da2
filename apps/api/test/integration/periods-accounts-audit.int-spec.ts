import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import request from 'supertest';

import { UserAccount } from '../../src/accounts/user-account.entity.js';
import { AuditLog } from '../../src/audit/audit-log.entity.js';
import { createTestApp, TestApp } from '../support/create-test-app.js';
import { createOrgNode, createUnit, createUser, LoggedIn, loginAs } from '../support/factories.js';
import { resetDb } from '../support/reset-db.js';

describe('periods, accounts, audit', () => {
  let t: TestApp;
  let admin: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await resetDb(t.dataSource);
    admin = await loginAs(t.http, await createUser(t.dataSource, 'admin', { username: 'root' }));
  });

  describe('periods', () => {
    it('creates with the statutory default deadline, opens and closes; everyone may read', async () => {
      const created = await admin.agent
        .post('/api/periods')
        .set('x-csrf-token', admin.csrf)
        .send({ year: 2024, internalDeadlines: { street: '2025-01-20' } });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        year: 2024,
        statutoryDeadline: '2025-01-31',
        internalDeadlines: { street: '2025-01-20' },
        isOpen: false,
      });
      const again = await admin.agent
        .post('/api/periods')
        .set('x-csrf-token', admin.csrf)
        .send({ year: 2024 });
      expect(again.status).toBe(409);
      const opened = await admin.agent
        .patch('/api/periods/2024')
        .set('x-csrf-token', admin.csrf)
        .send({ isOpen: true });
      expect(opened.body.isOpen).toBe(true);
      const badDate = await admin.agent
        .patch('/api/periods/2024')
        .set('x-csrf-token', admin.csrf)
        .send({ statutoryDeadline: '2024-06-30' });
      expect(badDate.status).toBe(400);
      expect(
        (await admin.agent.patch('/api/periods/abc').set('x-csrf-token', admin.csrf).send({ isOpen: true }))
          .status,
      ).toBe(400);
      expect(
        (await admin.agent.patch('/api/periods/2030').set('x-csrf-token', admin.csrf).send({ isOpen: true }))
          .status,
      ).toBe(404);

      const unit = await createUnit(t.dataSource, { orgNode: await createOrgNode(t.dataSource) });
      const rep = await loginAs(t.http, await createUser(t.dataSource, 'reporter', { unit }));
      expect((await rep.agent.get('/api/periods')).body).toHaveLength(1);
      expect(
        (await rep.agent.post('/api/periods').set('x-csrf-token', rep.csrf).send({ year: 2025 })).status,
      ).toBe(403);
    });
  });

  describe('accounts', () => {
    it('admin creates users with a scope, resets passwords, changes roles, disables', async () => {
      const node = await createOrgNode(t.dataSource);
      const unit = await createUnit(t.dataSource, { orgNode: node });
      const noScope = await admin.agent
        .post('/api/accounts')
        .set('x-csrf-token', admin.csrf)
        .send({ username: 'sup1', displayName: '监督员', password: 'long-enough-pw', role: 'supervisor' });
      expect(noScope.status).toBe(400);
      const sup = await admin.agent.post('/api/accounts').set('x-csrf-token', admin.csrf).send({
        username: 'sup1',
        displayName: '监督员',
        password: 'long-enough-pw',
        role: 'supervisor',
        orgNodeId: node.id,
      });
      expect(sup.status).toBe(201);
      expect(sup.body).toMatchObject({
        username: 'sup1',
        role: 'supervisor',
        orgNodeId: node.id,
        isActive: true,
      });
      expect(sup.body).not.toHaveProperty('passwordHash');
      const dup = await admin.agent
        .post('/api/accounts')
        .set('x-csrf-token', admin.csrf)
        .send({ username: 'sup1', displayName: 'x', password: 'long-enough-pw', role: 'admin' });
      expect(dup.status).toBe(409);

      const account = await t.dataSource.getRepository(UserAccount).findOneByOrFail({ username: 'sup1' });
      const session = await loginAs(t.http, { account, password: 'long-enough-pw' });
      const reset = await admin.agent
        .post(`/api/accounts/${sup.body.id}/password`)
        .set('x-csrf-token', admin.csrf)
        .send({ newPassword: 'another-long-pw' });
      expect(reset.status).toBe(204);
      expect((await session.agent.get('/api/auth/me')).status).toBe(401);

      const toReporter = await admin.agent
        .patch(`/api/accounts/${sup.body.id}`)
        .set('x-csrf-token', admin.csrf)
        .send({ role: 'reporter', unitId: unit.id });
      expect(toReporter.body).toMatchObject({ role: 'reporter', unitId: unit.id, orgNodeId: null });
      const disabled = await admin.agent
        .patch(`/api/accounts/${sup.body.id}`)
        .set('x-csrf-token', admin.csrf)
        .send({ isActive: false });
      expect(disabled.body.isActive).toBe(false);
      expect(
        (
          await request(t.http)
            .post('/api/auth/login')
            .send({ username: 'sup1', password: 'another-long-pw' })
        ).status,
      ).toBe(401);

      const list = await admin.agent.get('/api/accounts?role=reporter');
      expect(list.body.map((a: { username: string }) => a.username)).toEqual(['sup1']);
    });

    it('an admin cannot disable itself; non-admins cannot manage accounts', async () => {
      const me: string = (await admin.agent.get('/api/auth/me')).body.user.id;
      expect(
        (
          await admin.agent
            .patch(`/api/accounts/${me}`)
            .set('x-csrf-token', admin.csrf)
            .send({ isActive: false })
        ).status,
      ).toBe(409);
      const sup = await loginAs(
        t.http,
        await createUser(t.dataSource, 'supervisor', { orgNode: await createOrgNode(t.dataSource) }),
      );
      expect((await sup.agent.get('/api/accounts')).status).toBe(403);
    });
  });

  describe('audit', () => {
    it('records writes with actor and ip, searchable by admins only, with no way to change them', async () => {
      await admin.agent
        .post('/api/org/nodes')
        .set('x-csrf-token', admin.csrf)
        .send({ code: 'D1', name: '示范区', level: 'district' });
      await request(t.http).post('/api/auth/login').send({ username: 'root', password: 'wrong-password!' });
      const rows = await t.dataSource.getRepository(AuditLog).find({ order: { id: 'ASC' } });
      expect(rows.map((r) => r.action)).toEqual(['auth.login', 'org_node.create', 'auth.login_failed']);
      expect(rows[1]).toMatchObject({ actorUsername: 'root', entityType: 'org_node' });
      expect(rows[1].ip).toBeTruthy();

      const page = await admin.agent.get('/api/audit?action=org_node&actor=roo&pageSize=10');
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({ total: 1, page: 1, pageSize: 10 });
      expect(page.body.items[0]).toMatchObject({ action: 'org_node.create', details: { code: 'D1' } });
      const future = await admin.agent.get(`/api/audit?from=${encodeURIComponent('2999-01-01T00:00:00Z')}`);
      expect(future.body.total).toBe(0);

      const id = page.body.items[0].id as string;
      expect(
        (await admin.agent.patch(`/api/audit/${id}`).set('x-csrf-token', admin.csrf).send({ action: 'x' }))
          .status,
      ).toBe(404);
      expect((await admin.agent.delete(`/api/audit/${id}`).set('x-csrf-token', admin.csrf)).status).toBe(404);

      const sup = await loginAs(
        t.http,
        await createUser(t.dataSource, 'supervisor', { orgNode: await createOrgNode(t.dataSource) }),
      );
      expect((await sup.agent.get('/api/audit')).status).toBe(403);
    });

    it('rolls the audit entry back with a failed change', async () => {
      const before = await t.dataSource.getRepository(AuditLog).count();
      const res = await admin.agent.post('/api/units').set('x-csrf-token', admin.csrf).send({
        orgNodeId: '00000000-0000-4000-8000-000000000000',
        code: 'Z',
        name: 'z',
        kind: 'other',
        reportsFromYear: 2020,
      });
      expect(res.status).toBe(404);
      expect(await t.dataSource.getRepository(AuditLog).count()).toBe(before);
    });
  });
});
