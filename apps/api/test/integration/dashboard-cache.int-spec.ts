import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createZeroReport, type AnnualReport } from '@nianbao/report-format';

import { DashboardService } from '../../src/dashboard/dashboard.service.js';
import type { OrgNode } from '../../src/org/org-node.entity.js';
import type { Unit } from '../../src/org/unit.entity.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import {
  createOrgNode,
  createPeriod,
  createUnit,
  createUser,
  loginAs,
  type LoggedIn,
} from '../support/factories.js';
import { resetDb } from '../support/reset-db.js';

// The dashboard response cache is keyed by dashboard_generation: every write (submit, review) and every
// change of units, tree or periods must show up in the very next dashboard response, at every level.

let t: TestApp;
let city: OrgNode;
let districtA: OrgNode;
let districtB: OrgNode;
let a1: Unit;
let a2: Unit;
let b1: Unit;
let admin: LoggedIn;
let cityView: LoggedIn;
let supA: LoggedIn;
let supB: LoggedIn;
let reporterA1: LoggedIn;
let reporterA2: LoggedIn;
let reporterB1: LoggedIn;
let service: DashboardService;

function report(unitName: string, requests: number, seed: number): AnnualReport {
  const r = createZeroReport();
  r.unitName = unitName;
  r.year = 2024;
  r.applications.newReceived = [requests, 0, 0, 0, 0, 0, requests];
  r.applications.outcomes.disclosed = [requests, 0, 0, 0, 0, 0, requests];
  r.applications.outcomes.total = [requests, 0, 0, 0, 0, 0, requests];
  r.other.proposals.npc = { total: seed, lead: seed, assist: 0 };
  r.other.processingFeesYuan = 0;
  let x = seed * 7919 + 13;
  const text = (len: number): string => {
    let s = '';
    for (let k = 0; k < len; k++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      s += String.fromCharCode(0x4e00 + (x % 3000));
    }
    return s;
  };
  r.narrative = { overview: text(200), problems: `存在的问题：${text(60)}`, other: text(40) };
  return r;
}

async function submit(who: LoggedIn, unit: Unit, body: AnnualReport): Promise<string> {
  const res = await who.agent
    .post(`/api/units/${unit.id}/years/2024/submissions`)
    .set('x-csrf-token', who.csrf)
    .send({ report: body });
  expect(res.status).toBe(201);
  return (res.body as { id: string }).id;
}

interface Overview {
  submitted: number;
  expected: number;
  requestsReceived: number | null;
  pendingReview: number;
  accepted: number;
}
async function overview(who: LoggedIn, orgNodeId?: string): Promise<Overview> {
  const res = await who.agent
    .get('/api/dashboard/overview')
    .query({ year: 2024, ...(orgNodeId ? { orgNodeId } : {}) });
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  return res.body as Overview;
}

beforeAll(async () => {
  t = await createTestApp();
  await resetDb(t.dataSource);
  const ds = t.dataSource;
  service = t.app.get(DashboardService);
  city = await createOrgNode(ds, { level: 'city', name: '缓存市' });
  districtA = await createOrgNode(ds, { parent: city, level: 'district', name: '缓存甲区' });
  districtB = await createOrgNode(ds, { parent: city, level: 'district', name: '缓存乙区' });
  a1 = await createUnit(ds, { orgNode: districtA, code: 'CA1', name: '缓存甲区教育局' });
  a2 = await createUnit(ds, { orgNode: districtA, code: 'CA2', name: '缓存甲区财政局' });
  b1 = await createUnit(ds, { orgNode: districtB, code: 'CB1', name: '缓存乙区民政局' });
  await createPeriod(ds, { year: 2024, isOpen: true, statutoryDeadline: '2099-01-31' });
  admin = await loginAs(t.http, await createUser(ds, 'admin'));
  cityView = await loginAs(t.http, await createUser(ds, 'supervisor', { orgNode: city }));
  supA = await loginAs(t.http, await createUser(ds, 'supervisor', { orgNode: districtA }));
  supB = await loginAs(t.http, await createUser(ds, 'supervisor', { orgNode: districtB }));
  reporterA1 = await loginAs(t.http, await createUser(ds, 'reporter', { unit: a1 }));
  reporterA2 = await loginAs(t.http, await createUser(ds, 'reporter', { unit: a2 }));
  reporterB1 = await loginAs(t.http, await createUser(ds, 'reporter', { unit: b1 }));
});

afterAll(async () => {
  await t.close();
});

describe('dashboard response cache', () => {
  it('is used: a repeated request is a hit', async () => {
    expect(service.responses.enabled).toBe(true);
    await overview(supA);
    const before = service.responses.hits;
    await overview(supA);
    expect(service.responses.hits).toBe(before + 1);
  });

  it('a submit shows in the next response of the district, its city and the admin; not elsewhere', async () => {
    const seen = {
      a: await overview(supA),
      b: await overview(supB),
      city: await overview(cityView),
      all: await overview(admin),
      viaNode: await overview(admin, districtA.id),
    };
    expect(seen.a.submitted).toBe(0);
    const hitsBefore = service.responses.hits;
    await overview(supB);
    expect(service.responses.hits).toBe(hitsBefore + 1);

    await submit(reporterA1, a1, report(a1.name, 12, 1));

    expect(await overview(supA)).toMatchObject({ submitted: 1, expected: 2, requestsReceived: 12 });
    expect(await overview(cityView)).toMatchObject({ submitted: 1, expected: 3, requestsReceived: 12 });
    expect(await overview(admin)).toMatchObject({ submitted: 1, requestsReceived: 12 });
    expect(await overview(admin, districtA.id)).toMatchObject({ submitted: 1, requestsReceived: 12 });
    // 乙区's entry stays valid: nothing under it changed.
    const hits = service.responses.hits;
    expect(await overview(supB)).toMatchObject({ submitted: 0 });
    expect(service.responses.hits).toBe(hits + 1);
  });

  it('a new version, a review decision and other endpoints all follow', async () => {
    const ind = async () =>
      (
        await supA.agent
          .get('/api/dashboard/indicator')
          .query({ indicator: 'requests', year: 2024, orgNodeId: districtA.id })
      ).body as { total: number | null; rows: Array<{ unitId: string; value: number | null }> };
    const completeness = async () =>
      (await supA.agent.get('/api/dashboard/completeness').query({ year: 2024 })).body as {
        summary: { submitted: number; pending: number; accepted: number };
      };
    const proposals = async () =>
      (await supA.agent.get('/api/dashboard/proposals').query({ year: 2024 })).body as {
        totals: { npcTotal: number | null };
      };
    const history = async () =>
      (await supA.agent.get(`/api/dashboard/units/${a2.id}/history`)).body as {
        years: Array<{
          year: number;
          status: string;
          submissionId: string | null;
          metrics: Record<string, number | null>;
        }>;
      };
    const byCity = async () =>
      (
        await cityView.agent
          .get('/api/dashboard/indicator')
          .query({ indicator: 'requests', year: 2024, groupBy: 'orgNode' })
      ).body as { rows: Array<{ unitId: string; value: number | null }> };

    expect((await ind()).total).toBe(12);
    expect((await completeness()).summary.submitted).toBe(1);
    expect((await proposals()).totals.npcTotal).toBe(1);
    expect((await history()).years.find((y) => y.year === 2024)?.status).toBe('missing');
    expect((await byCity()).rows.find((r) => r.unitId === districtA.id)?.value).toBe(12);

    const id = await submit(reporterA2, a2, report(a2.name, 30, 2));
    expect((await ind()).total).toBe(42);
    expect((await completeness()).summary).toMatchObject({ submitted: 2, pending: 2 });
    expect((await proposals()).totals.npcTotal).toBe(3);
    const h = (await history()).years.find((y) => y.year === 2024);
    expect(h?.status).toBe('pending');
    expect(h?.metrics.requests).toBe(30);
    expect((await byCity()).rows.find((r) => r.unitId === districtA.id)?.value).toBe(42);

    // A new version replaces the figures.
    await submit(reporterA2, a2, report(a2.name, 31, 2));
    expect((await ind()).total).toBe(43);
    // A review decision (through refreshUnitYearReport) changes the status counts.
    const latest = (await history()).years.find((y) => y.year === 2024);
    const acc = await supA.agent
      .post(`/api/submissions/${latest?.submissionId ?? id}/accept`)
      .set('x-csrf-token', supA.csrf)
      .send({});
    expect(acc.status).toBe(200);
    expect((await completeness()).summary).toMatchObject({ accepted: 1, pending: 1 });
    expect(await overview(supA)).toMatchObject({ accepted: 1, pendingReview: 1 });
    expect((await history()).years.find((y) => y.year === 2024)?.status).toBe('accepted');
  });

  it('changes of units, the tree and periods (any code path) show too', async () => {
    expect((await overview(supB)).expected).toBe(1);
    // Straight SQL, as another module or an operator might: the triggers bump the '*' generation.
    await t.dataSource.query(`UPDATE unit SET is_active = false WHERE id = $1`, [b1.id]);
    expect((await overview(supB)).expected).toBe(0);
    await t.dataSource.query(`UPDATE unit SET is_active = true WHERE id = $1`, [b1.id]);
    expect((await overview(supB)).expected).toBe(1);

    // Moving a unit to another district moves it in every view.
    await t.dataSource.query(`UPDATE unit SET org_node_id = $2 WHERE id = $1`, [b1.id, districtA.id]);
    expect((await overview(supA)).expected).toBe(3);
    expect((await overview(supB)).expected).toBe(0);
    await t.dataSource.query(`UPDATE unit SET org_node_id = $2 WHERE id = $1`, [b1.id, districtB.id]);

    // A period's deadline moves the completeness rows' deadlines.
    await t.dataSource.query(
      `UPDATE reporting_period SET statutory_deadline = '2098-12-31' WHERE year = 2024`,
    );
    const c = (await supB.agent.get('/api/dashboard/completeness').query({ year: 2024 })).body as {
      statutoryDeadline: string;
    };
    expect(c.statutoryDeadline).toBe('2098-12-31');
    await submit(reporterB1, b1, report(b1.name, 5, 3));
    expect(await overview(supB)).toMatchObject({ submitted: 1, requestsReceived: 5 });
  });

  it('keeps the scope rules on a cache hit', async () => {
    await overview(supA, districtA.id);
    const res = await supB.agent
      .get('/api/dashboard/overview')
      .query({ year: 2024, orgNodeId: districtA.id });
    expect(res.status).toBe(403);
    const hist = await reporterB1.agent.get(`/api/dashboard/units/${a1.id}/history`);
    expect(hist.status).toBe(403);
    const own = await reporterA1.agent.get(`/api/dashboard/units/${a1.id}/history`);
    expect(own.status).toBe(200);
    const reporterOverview = await reporterA1.agent.get('/api/dashboard/overview').query({ year: 2024 });
    expect(reporterOverview.status).toBe(403);
    const bad = await supA.agent.get('/api/dashboard/units/not-a-uuid/history');
    expect(bad.status).toBe(404);
  });
});

describe('rows above district level', () => {
  it('are child nodes (units of the node itself as one row), drill down gives units', async () => {
    const own = await createUnit(t.dataSource, { orgNode: city, code: 'CC1', name: '缓存市本级局' });
    const ownReporter = await loginAs(t.http, await createUser(t.dataSource, 'reporter', { unit: own }));
    await submit(ownReporter, own, report(own.name, 7, 4));

    const o = (await cityView.agent.get('/api/dashboard/overview').query({ year: 2024 })).body as {
      rowsBy: string;
      requestsByUnit: Array<{ unitId: string; unitName: string; value: number | null }>;
      outcomeBreakdown: Array<{ unitId: string; disclosed: number | null }>;
    };
    expect(o.rowsBy).toBe('orgNode');
    expect(o.requestsByUnit).toEqual([
      { unitId: districtA.id, unitName: '缓存甲区', value: 43 },
      { unitId: city.id, unitName: '缓存市（本级）', value: 7 },
      { unitId: districtB.id, unitName: '缓存乙区', value: 5 },
    ]);
    expect(o.outcomeBreakdown.find((r) => r.unitId === districtA.id)?.disclosed).toBe(43);

    const p = (await cityView.agent.get('/api/dashboard/proposals').query({ year: 2024 })).body as {
      rowsBy: string;
      rows: Array<{ unitId: string; npcTotal: number | null }>;
      totals: { npcTotal: number | null };
    };
    expect(p.rowsBy).toBe('orgNode');
    expect(p.rows.map((r) => [r.unitId, r.npcTotal])).toEqual([
      [city.id, 4],
      [districtA.id, 3],
      [districtB.id, 3],
    ]);
    expect(p.totals.npcTotal).toBe(10);

    const all = (await admin.agent.get('/api/dashboard/overview').query({ year: 2024 })).body as {
      rowsBy: string;
      requestsByUnit: Array<{ unitId: string; value: number | null }>;
    };
    expect(all.rowsBy).toBe('orgNode');
    expect(all.requestsByUnit).toEqual([{ unitId: city.id, unitName: '缓存市', value: 55 }]);

    const drill = (
      await cityView.agent.get('/api/dashboard/overview').query({ year: 2024, orgNodeId: districtA.id })
    ).body as { rowsBy: string; requestsByUnit: Array<{ unitId: string; value: number | null }> };
    expect(drill.rowsBy).toBe('unit');
    expect(drill.requestsByUnit.map((r) => [r.unitId, r.value])).toEqual([
      [a2.id, 31],
      [a1.id, 12],
    ]);
  });
});
