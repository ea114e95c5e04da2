import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import request from 'supertest';

import { Unit } from '../../src/org/unit.entity.js';
import { createTestApp, TestApp } from '../support/create-test-app.js';
import { createOrgNode, createUnit, createUser, LoggedIn, loginAs } from '../support/factories.js';
import { resetDb } from '../support/reset-db.js';

describe('org nodes and units', () => {
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

  async function tree() {
    const city = await createOrgNode(t.dataSource, { code: 'CITY', level: 'city', name: '某市' });
    const north = await createOrgNode(t.dataSource, { parent: city, code: 'NORTH', name: '北区' });
    const south = await createOrgNode(t.dataSource, { parent: city, code: 'SOUTH', name: '南区' });
    const northUnit = await createUnit(t.dataSource, { orgNode: north, code: 'N-EDU', name: '北区教育局' });
    const southUnit = await createUnit(t.dataSource, {
      orgNode: south,
      code: 'S-EDU',
      name: '南区教育局',
      kind: 'street',
    });
    return { city, north, south, northUnit, southUnit };
  }

  const as = async (
    role: 'admin' | 'supervisor' | 'reporter',
    o: Parameters<typeof createUser>[2] = {},
  ): Promise<LoggedIn> => loginAs(t.http, await createUser(t.dataSource, role, o));

  it('401 without a session', async () => {
    expect((await request(t.http).get('/api/units')).status).toBe(401);
    expect((await request(t.http).get('/api/org/nodes')).status).toBe(401);
  });

  it('admin creates, renames, moves and deactivates', async () => {
    const { city, north, south } = await tree();
    const admin = await as('admin');
    const created = await admin.agent
      .post('/api/org/nodes')
      .set('x-csrf-token', admin.csrf)
      .send({ parentId: north.id, code: 'N-STREET', name: '北区某街道', level: 'other' });
    expect(created.status).toBe(201);
    expect(created.body.path).toBe(`${north.path}${created.body.id}/`);

    const unit = await admin.agent.post('/api/units').set('x-csrf-token', admin.csrf).send({
      orgNodeId: created.body.id,
      code: 'N-ST-1',
      name: '某街道办事处',
      kind: 'street',
      reportsFromYear: 2021,
    });
    expect(unit.status).toBe(201);
    expect(unit.body).toMatchObject({
      code: 'N-ST-1',
      kind: 'street',
      isActive: true,
      reportsUntilYear: null,
    });

    const dup = await admin.agent.post('/api/units').set('x-csrf-token', admin.csrf).send({
      orgNodeId: north.id,
      code: 'N-ST-1',
      name: '重复',
      kind: 'street',
      reportsFromYear: 2021,
    });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('UNIT_CODE_TAKEN');

    // move the new node (with its unit) under SOUTH: the subtree's paths follow
    const moved = await admin.agent
      .patch(`/api/org/nodes/${created.body.id}`)
      .set('x-csrf-token', admin.csrf)
      .send({ parentId: south.id, name: '南区某街道' });
    expect(moved.status).toBe(200);
    expect(moved.body.path).toBe(`${south.path}${created.body.id}/`);

    const cycle = await admin.agent
      .patch(`/api/org/nodes/${city.id}`)
      .set('x-csrf-token', admin.csrf)
      .send({ parentId: south.id });
    expect(cycle.status).toBe(409);
    expect(cycle.body.code).toBe('ORG_NODE_CYCLE');

    const renamed = await admin.agent
      .patch(`/api/units/${unit.body.id}`)
      .set('x-csrf-token', admin.csrf)
      .send({ name: '新名称街道办事处', isActive: false, reportsUntilYear: 2023 });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: '新名称街道办事处', isActive: false, reportsUntilYear: 2023 });

    const badYears = await admin.agent
      .patch(`/api/units/${unit.body.id}`)
      .set('x-csrf-token', admin.csrf)
      .send({ reportsUntilYear: 2019 });
    expect(badYears.status).toBe(400);
  });

  it('supervisor sees only its subtree and may not write', async () => {
    const { north, northUnit, southUnit } = await tree();
    const sup = await as('supervisor', { orgNode: north });
    const list = await sup.agent.get('/api/units');
    expect(list.status).toBe(200);
    expect(list.body.map((u: { code: string }) => u.code)).toEqual(['N-EDU']);
    const nodes = await sup.agent.get('/api/org/nodes');
    expect(nodes.body.map((n: { code: string }) => n.code)).toEqual(['NORTH']);
    expect((await sup.agent.get(`/api/units/${northUnit.id}`)).status).toBe(200);
    const outside = await sup.agent.get(`/api/units/${southUnit.id}`);
    expect(outside.status).toBe(403);
    expect(outside.body.code).toBe('FORBIDDEN_SCOPE');
    const write = await sup.agent
      .patch(`/api/units/${northUnit.id}`)
      .set('x-csrf-token', sup.csrf)
      .send({ name: 'x' });
    expect(write.status).toBe(403);
  });

  it('reporter reads its own unit only and cannot write or list the tree', async () => {
    const { northUnit, southUnit } = await tree();
    const rep = await as('reporter', { unit: northUnit });
    expect((await rep.agent.get(`/api/units/${northUnit.id}`)).status).toBe(200);
    expect((await rep.agent.get(`/api/units/${southUnit.id}`)).status).toBe(403);
    expect((await rep.agent.get('/api/units')).body).toHaveLength(1);
    expect((await rep.agent.get('/api/org/nodes')).status).toBe(403);
    const write = await rep.agent.post('/api/units').set('x-csrf-token', rep.csrf).send({});
    expect(write.status).toBe(403);
    expect(write.body.code).toBe('FORBIDDEN_ROLE');
  });

  it('filters units by node subtree, kind, year and text', async () => {
    const { city, north } = await tree();
    await createUnit(t.dataSource, {
      orgNode: north,
      code: 'N-OLD',
      name: '已撤销单位',
      reportsFromYear: 2018,
      reportsUntilYear: 2020,
    });
    const admin = await as('admin');
    const codes = async (qs: string) =>
      ((await admin.agent.get(`/api/units?${qs}`)).body as Array<{ code: string }>).map((u) => u.code);
    expect(await codes(`orgNodeId=${city.id}`)).toEqual(['N-EDU', 'N-OLD', 'S-EDU']);
    expect(await codes(`orgNodeId=${north.id}&year=2024`)).toEqual(['N-EDU']);
    expect(await codes('kind=street')).toEqual(['S-EDU']);
    expect(await codes(`q=${encodeURIComponent('撤销')}`)).toEqual(['N-OLD']);
    expect((await admin.agent.get('/api/units?year=abc')).status).toBe(400);
  });

  describe('import', () => {
    const header = '代码,名称,类型,上级,联系人,电话,起始年度,终止年度';

    it('imports a CSV (creating and updating by code)', async () => {
      await tree();
      const admin = await as('admin');
      const csv = [
        header,
        'N-EDU,北区教育局（更名）,政府部门,NORTH,张三,010-1,2020,',
        'N-NEW,北区某镇,乡镇,北区,,,2022,2024',
      ].join('\n');
      const res = await admin.agent
        .post('/api/units/import')
        .set('x-csrf-token', admin.csrf)
        .attach('file', Buffer.from(csv), '单位.csv');
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ created: 1, updated: 1 });
      const edu = await t.dataSource.getRepository(Unit).findOneByOrFail({ code: 'N-EDU' });
      expect(edu).toMatchObject({ name: '北区教育局（更名）', contactPerson: '张三' });
      expect(await t.dataSource.getRepository(Unit).findOneByOrFail({ code: 'N-NEW' })).toMatchObject({
        kind: 'township',
        reportsUntilYear: 2024,
      });
    });

    it('rejects a CSV with a bad row: 400 with per-row Chinese errors, nothing stored', async () => {
      await tree();
      const admin = await as('admin');
      const csv = [
        header,
        'A-1,好单位,政府部门,NORTH,,,2020,',
        'A-2,坏单位,机关,NOWHERE,,,20x0,',
        'A-1,重复,其他,NORTH,,,2020,',
      ].join('\n');
      const res = await admin.agent
        .post('/api/units/import')
        .set('x-csrf-token', admin.csrf)
        .attach('file', Buffer.from(csv), 'u.csv');
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      const messages = (res.body.issues as Array<{ message: string }>).map((i) => i.message);
      expect(messages).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^第 3 行「类型」/),
          expect.stringMatching(/^第 3 行「起始年度」/),
          expect.stringMatching(/^第 4 行「代码」：与第 2 行重复/),
        ]),
      );
      expect(await t.dataSource.getRepository(Unit).countBy({ code: 'A-1' })).toBe(0);
    });

    it('reports an unknown parent node per row', async () => {
      await tree();
      const admin = await as('admin');
      const csv = [header, 'B-1,某单位,政府部门,NOWHERE,,,2020,'].join('\n');
      const res = await admin.agent
        .post('/api/units/import')
        .set('x-csrf-token', admin.csrf)
        .attach('file', Buffer.from(csv), 'u.csv');
      expect(res.status).toBe(400);
      expect(res.body.issues[0].message).toBe('第 2 行「上级」：找不到节点「NOWHERE」');
    });

    it('imports an .xlsx and rejects one with a bad row atomically', async () => {
      await tree();
      const admin = await as('admin');
      const build = async (rows: Array<Array<string | number>>): Promise<Buffer> => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('单位');
        ws.addRow(header.split(','));
        for (const r of rows) ws.addRow(r);
        return Buffer.from(await wb.xlsx.writeBuffer());
      };
      const bad = await build([
        ['X-1', '单位一', '事业单位', 'SOUTH', '', '', 2020, ''],
        ['X-2', '', '事业单位', 'SOUTH', '', '', 2020, ''],
      ]);
      const rejected = await admin.agent
        .post('/api/units/import')
        .set('x-csrf-token', admin.csrf)
        .attach('file', bad, 'units.xlsx');
      expect(rejected.status).toBe(400);
      expect(rejected.body.issues).toEqual([{ path: '3.名称', message: '第 3 行「名称」：不能为空' }]);
      expect(await t.dataSource.getRepository(Unit).countBy({ code: 'X-1' })).toBe(0);

      const good = await build([['X-1', '单位一', '事业单位', 'SOUTH', '李四', '123', 2020, 2025]]);
      const ok = await admin.agent
        .post('/api/units/import')
        .set('x-csrf-token', admin.csrf)
        .attach('file', good, 'units.xlsx');
      expect(ok.status).toBe(201);
      expect(await t.dataSource.getRepository(Unit).findOneByOrFail({ code: 'X-1' })).toMatchObject({
        kind: 'institution',
        reportsUntilYear: 2025,
      });
    });

    it('rejects files that are not xlsx/csv and refuses non-admins', async () => {
      const admin = await as('admin');
      const fake = await admin.agent
        .post('/api/units/import')
        .set('x-csrf-token', admin.csrf)
        .attach('file', Buffer.from('not a zip'), 'units.xlsx');
      expect(fake.status).toBe(400);
      expect(fake.body.message).toMatch(/xlsx/);
      const { north } = await tree();
      const sup = await as('supervisor', { orgNode: north });
      const refused = await sup.agent
        .post('/api/units/import')
        .set('x-csrf-token', sup.csrf)
        .attach('file', Buffer.from(header), 'u.csv');
      expect(refused.status).toBe(403);
    });
  });
});
