import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createZeroReport, type AnnualReport } from '@nianbao/report-format';
import ExcelJS from 'exceljs';
import request from 'supertest';

import type { OrgNode } from '../../src/org/org-node.entity.js';
import type { Unit } from '../../src/org/unit.entity.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import {
  createOrgNode,
  createPeriod,
  createUnit,
  createUser,
  getBytes,
  loginAs,
  type LoggedIn,
} from '../support/factories.js';
import { resetDb } from '../support/reset-db.js';

// Fixed submissions made over HTTP, and every aggregate checked against figures worked out by hand below.
//
// 甲区 2024 (5 expected units):
//   U1 教育局 department  new [10,2]  disclosed [6,1] partial [2,0] withheld.stateSecret [1,0] unable.notHeld [1,1]
//      → total 12; review 1/1/0/1 = 3; litDirect upheld 1 = 1; npc 4 (1 lead, 3 assist), cppcc 2 (2 lead);
//      completion 1, satisfaction 0.9; licensing 100. Accepted.
//   U2 财政局 department  new [20,0]  disclosed 10 partial 5 notProcessed.duplicate 3 → total 18, carriedForward 2;
//      review corrected 2 = 2; litAfter upheld 1 corrected 1 = 2; npc 6 (6 assist), cppcc 0; completion 0.5,
//      satisfaction 1. Returned.
//   U3 某街道 street (internal deadline 2025-01-20, past) new 4, disclosed 4; licensing not stated;
//      narrative copied from U1 → late, copy. Pending.
//   U4 卫健委 department  new 8, disclosed 5, total 5, carriedForward 0 → T3-BAL error. Pending.
//   U5 民政局 street: missing (overdue: 2025-01-20 has passed).
// 乙区: U6 with a report that must never appear in 甲区's figures.
// 2023: U1 v1 (new 7, disclosed 7) accepted, then v2 (new 70) pending → the effective report stays v1.

/** 甲区's 2024 completeness counts, from the list above (U5 missing and overdue, U3 late and copied, …). */
const DISTRICT_A_2024 = {
  expected: 5,
  submitted: 4,
  missing: 1,
  overdue: 1,
  onTime: 3,
  late: 1,
  pending: 2,
  returned: 1,
  accepted: 1,
  failing: 1,
  copy: 1,
};

let t: TestApp;
let city: OrgNode;
let districtA: OrgNode;
let districtB: OrgNode;
let u: Unit[];
let foreign: Unit;
let admin: LoggedIn;
let supervisor: LoggedIn;
let foreignSupervisor: LoggedIn;
let reporter1: LoggedIn;
const submissionIds: Record<string, string> = {};

const row = (nat: number, com = 0): number[] => [nat, com, 0, 0, 0, 0, nat + com];

// Deterministic, mutually dissimilar narratives so that only the deliberate copy trips TX-DUP.
function narrative(seed: number): AnnualReport['narrative'] {
  let x = seed * 7919 + 13;
  const text = (len: number): string => {
    let s = '';
    for (let k = 0; k < len; k++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      s += String.fromCharCode(0x4e00 + (x % 3000));
      if (k % 20 === 19) s += '。';
    }
    return s;
  };
  return {
    overview: text(200),
    problems: `存在的问题：${text(60)}`,
    other: `本年度未收取政府信息处理费。${text(40)}`,
  };
}

interface Figures {
  newReceived: number[];
  disclosed?: number[];
  partial?: number[];
  withheld?: number[];
  unable?: number[];
  duplicate?: number[];
  total: number[];
  carriedForward?: number[];
  review?: [number, number, number, number, number];
  litDirect?: [number, number, number, number, number];
  litAfter?: [number, number, number, number, number];
  npc?: [number, number, number];
  cppcc?: [number, number, number];
  rates?: [number, number];
  licensing?: number | null;
  seed: number;
}

function report(unitName: string, year: number, f: Figures): AnnualReport {
  const r = createZeroReport();
  r.unitName = unitName;
  r.year = year;
  r.applications.newReceived = f.newReceived;
  if (f.disclosed) r.applications.outcomes.disclosed = f.disclosed;
  if (f.partial) r.applications.outcomes.partiallyDisclosed = f.partial;
  if (f.withheld) r.applications.outcomes.withheld.stateSecret = f.withheld;
  if (f.unable) r.applications.outcomes.unableToProvide.notHeld = f.unable;
  if (f.duplicate) r.applications.outcomes.notProcessed.duplicate = f.duplicate;
  r.applications.outcomes.total = f.total;
  if (f.carriedForward) r.applications.carriedForward = f.carriedForward;
  const group = (v: [number, number, number, number, number]) => ({
    upheld: v[0],
    corrected: v[1],
    other: v[2],
    pending: v[3],
    total: v[4],
  });
  if (f.review) r.reviewLitigation.review = group(f.review);
  if (f.litDirect) r.reviewLitigation.litigationDirect = group(f.litDirect);
  if (f.litAfter) r.reviewLitigation.litigationAfterReview = group(f.litAfter);
  if (f.npc) r.other.proposals.npc = { total: f.npc[0], lead: f.npc[1], assist: f.npc[2] };
  if (f.cppcc) r.other.proposals.cppcc = { total: f.cppcc[0], lead: f.cppcc[1], assist: f.cppcc[2] };
  if (f.rates) {
    r.other.proposals.completionRate = f.rates[0];
    r.other.proposals.satisfactionRate = f.rates[1];
  }
  if (f.licensing !== undefined) r.activeDisclosure.licensing = f.licensing;
  r.other.processingFeesYuan = 0;
  r.narrative = narrative(f.seed);
  return r;
}

async function submit(who: LoggedIn, unit: Unit, year: number, body: AnnualReport): Promise<string> {
  const res = await who.agent
    .post(`/api/units/${unit.id}/years/${year}/submissions`)
    .set('x-csrf-token', who.csrf)
    .send({ report: body });
  expect(res.status).toBe(201);
  return (res.body as { id: string }).id;
}

async function review(action: 'accept' | 'return', id: string): Promise<void> {
  const res = await supervisor.agent
    .post(`/api/submissions/${id}/${action}`)
    .set('x-csrf-token', supervisor.csrf)
    .send(action === 'return' ? { comment: '数据有误，请核对后重新报送' } : {});
  expect(res.status).toBe(200);
}

/** Calendar days from an instant's Beijing day to a deadline day, worked out independently of the lib. */
function daysUntil(deadline: string, at: Date): number {
  const beijing = new Date(at.getTime() + 8 * 3600_000);
  const day = Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth(), beijing.getUTCDate());
  const [y, m, d] = deadline.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - day) / 86_400_000);
}

beforeAll(async () => {
  t = await createTestApp();
  await resetDb(t.dataSource);
  const ds = t.dataSource;
  city = await createOrgNode(ds, { level: 'city', name: '测试市' });
  districtA = await createOrgNode(ds, { parent: city, level: 'district', name: '甲区' });
  districtB = await createOrgNode(ds, { parent: city, level: 'district', name: '乙区' });
  u = [
    await createUnit(ds, { orgNode: districtA, code: 'A1', name: '甲区教育局', kind: 'department' }),
    await createUnit(ds, { orgNode: districtA, code: 'A2', name: '甲区财政局', kind: 'department' }),
    await createUnit(ds, { orgNode: districtA, code: 'A3', name: '甲区某街道办事处', kind: 'street' }),
    await createUnit(ds, { orgNode: districtA, code: 'A4', name: '甲区卫健委', kind: 'department' }),
    await createUnit(ds, {
      orgNode: districtA,
      code: 'A5',
      name: '甲区民政局',
      kind: 'street',
      contactPerson: '张三',
      contactPhone: '027-12345678',
    }),
  ];
  foreign = await createUnit(ds, { orgNode: districtB, code: 'B1', name: '乙区民政局', kind: 'department' });
  // Far-off statutory deadlines keep departments on time whenever the test runs; streets are already late.
  await createPeriod(ds, { year: 2023, isOpen: true, statutoryDeadline: '2099-01-31' });
  await createPeriod(ds, {
    year: 2024,
    isOpen: true,
    statutoryDeadline: '2099-01-31',
    internalDeadlines: { street: '2025-01-20' },
  });

  admin = await loginAs(t.http, await createUser(ds, 'admin'));
  supervisor = await loginAs(t.http, await createUser(ds, 'supervisor', { orgNode: districtA }));
  foreignSupervisor = await loginAs(t.http, await createUser(ds, 'supervisor', { orgNode: districtB }));
  reporter1 = await loginAs(t.http, await createUser(ds, 'reporter', { unit: u[0] }));
  const reporters = [reporter1];
  for (const unit of u.slice(1, 4))
    reporters.push(await loginAs(t.http, await createUser(ds, 'reporter', { unit })));
  const foreignReporter = await loginAs(t.http, await createUser(ds, 'reporter', { unit: foreign }));

  // 2023
  submissionIds.u1y23v1 = await submit(
    reporter1,
    u[0],
    2023,
    report(u[0].name, 2023, { newReceived: row(7), disclosed: row(7), total: row(7), seed: 101 }),
  );
  await review('accept', submissionIds.u1y23v1);
  submissionIds.u1y23v2 = await submit(
    reporter1,
    u[0],
    2023,
    report(u[0].name, 2023, { newReceived: row(70), disclosed: row(70), total: row(70), seed: 102 }),
  );

  // 2024
  const u1 = report(u[0].name, 2024, {
    newReceived: row(10, 2),
    disclosed: row(6, 1),
    partial: row(2),
    withheld: row(1),
    unable: row(1, 1),
    total: row(10, 2),
    review: [1, 1, 0, 1, 3],
    litDirect: [1, 0, 0, 0, 1],
    npc: [4, 1, 3],
    cppcc: [2, 2, 0],
    rates: [1, 0.9],
    licensing: 100,
    seed: 1,
  });
  submissionIds.u1 = await submit(reporter1, u[0], 2024, u1);
  await review('accept', submissionIds.u1);
  submissionIds.u2 = await submit(
    reporters[1],
    u[1],
    2024,
    report(u[1].name, 2024, {
      newReceived: row(20),
      disclosed: row(10),
      partial: row(5),
      duplicate: row(3),
      total: row(18),
      carriedForward: row(2),
      review: [0, 2, 0, 0, 2],
      litAfter: [1, 1, 0, 0, 2],
      npc: [6, 0, 6],
      cppcc: [0, 0, 0],
      rates: [0.5, 1],
      seed: 2,
    }),
  );
  await review('return', submissionIds.u2);
  const copied = report(u[2].name, 2024, {
    newReceived: row(4),
    disclosed: row(4),
    total: row(4),
    licensing: null,
    seed: 3,
  });
  copied.narrative = u1.narrative;
  submissionIds.u3 = await submit(reporters[2], u[2], 2024, copied);
  submissionIds.u4 = await submit(
    reporters[3],
    u[3],
    2024,
    report(u[3].name, 2024, { newReceived: row(8), disclosed: row(5), total: row(5), seed: 4 }),
  );
  await submit(
    foreignReporter,
    foreign,
    2024,
    report(foreign.name, 2024, { newReceived: row(1000), disclosed: row(1000), total: row(1000), seed: 9 }),
  );
}, 120_000);

afterAll(async () => {
  await t.close();
});

const get = (who: LoggedIn, path: string) => who.agent.get(path);

/** The first sheet of an .xlsx download (status 200 and the spreadsheet type checked). */
async function missingSheet(who: LoggedIn, path: string): Promise<ExcelJS.Worksheet> {
  const res = await getBytes(who, path);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.body);
  return wb.worksheets[0];
}

describe('dashboard aggregates (甲区, 2024)', () => {
  it('overview: counts, pooled figures, per-unit series and the trend', async () => {
    const res = await get(supervisor, '/api/dashboard/overview?year=2024');
    expect(res.status).toBe(200);
    const o = res.body;
    expect(o).toMatchObject({
      year: 2024,
      orgNode: { id: districtA.id, name: '甲区' },
      isDemo: false,
      expected: 5,
      submitted: 4,
      onTime: 3,
      late: 1,
      missing: 1,
      returned: 1,
      accepted: 1,
      pendingReview: 2,
      failingChecks: 1,
      suspectedCopy: 1,
      requestsReceived: 44, // 12 + 20 + 4 + 8
      reviews: 5, // 3 + 2
      lawsuits: 3, // U1 direct 1 + U2 after review 2
    });
    expect(o.onTimeRate).toBeCloseTo(3 / 5);
    // (9 + 15 + 4 + 5) / (12 + 18 + 4 + 5)
    expect(o.disclosureRate).toBeCloseTo(33 / 39);
    expect(o.proposals.npcTotal).toBe(10);
    expect(o.proposals.cppccTotal).toBe(2);
    // weighted by proposals handled: (1×6 + 0.5×6) / 12 and (0.9×6 + 1×6) / 12
    expect(o.proposals.completionRate).toBeCloseTo(0.75);
    expect(o.proposals.satisfactionRate).toBeCloseTo(0.95);
    expect(o.requestsByUnit).toEqual([
      { unitId: u[1].id, unitName: '甲区财政局', value: 20 },
      { unitId: u[0].id, unitName: '甲区教育局', value: 12 },
      { unitId: u[3].id, unitName: '甲区卫健委', value: 8 },
      { unitId: u[2].id, unitName: '甲区某街道办事处', value: 4 },
    ]);
    expect(o.outcomeBreakdown.find((b: { unitId: string }) => b.unitId === u[0].id)).toEqual({
      unitId: u[0].id,
      unitName: '甲区教育局',
      disclosed: 7,
      partiallyDisclosed: 2,
      withheld: 1,
      unableToProvide: 2,
      notProcessed: 0,
      otherHandling: 0,
    });
    expect(o.applicantMix.map((a: { key: string; value: number }) => [a.key, a.value])).toEqual([
      ['naturalPerson', 42],
      ['commercial', 2],
      ['research', 0],
      ['publicInterest', 0],
      ['legalService', 0],
      ['otherOrg', 0],
    ]);
    expect(o.trend).toEqual([
      // 2023: only U1, effective = accepted v1 (7 requests), not the pending v2 (70)
      { year: 2023, requests: 7, disclosureRate: 1, reviews: 0, lawsuits: 0, submitted: 1, expected: 5 },
      {
        year: 2024,
        requests: 44,
        disclosureRate: expect.closeTo(33 / 39, 6),
        reviews: 5,
        lawsuits: 3,
        submitted: 4,
        expected: 5,
      },
    ]);
  });

  it('indicator: per unit values, the median and the pooled value; year ranges', async () => {
    const res = await get(supervisor, '/api/dashboard/indicator?indicator=disclosureRate&year=2024');
    expect(res.status).toBe(200);
    const values = Object.fromEntries(
      res.body.rows.map((r: { unitId: string; value: number | null }) => [r.unitId, r.value]),
    );
    expect(values[u[0].id]).toBeCloseTo(9 / 12);
    expect(values[u[1].id]).toBeCloseTo(15 / 18);
    expect(values[u[2].id]).toBe(1);
    expect(values[u[3].id]).toBe(1);
    expect(values[u[4].id]).toBeNull(); // missing, still listed
    expect(Object.keys(values)).not.toContain(foreign.id);
    // median of 0.75, 0.8333, 1, 1
    expect(res.body.median).toBeCloseTo((15 / 18 + 1) / 2);
    expect(res.body.total).toBeCloseTo(33 / 39);
    expect(res.body.rows.at(-1).unitId).toBe(u[4].id); // nulls last
    expect(res.body.metric).toEqual({
      key: 'disclosureRate',
      zh: '公开率',
      en: 'Disclosure rate',
      unit: '%',
    });

    // 复议纠错率 = corrected / (total − pending): U1 1/(3−1), U2 2/2; U3, U4 have 0 − 0 → null
    const rc = await get(supervisor, '/api/dashboard/indicator?indicator=reviewCorrectionRate&year=2024');
    const rcValues = Object.fromEntries(
      rc.body.rows.map((r: { unitId: string; value: number | null }) => [r.unitId, r.value]),
    );
    expect(rcValues[u[0].id]).toBeCloseTo(0.5);
    expect(rcValues[u[1].id]).toBeCloseTo(1);
    expect(rcValues[u[2].id]).toBeNull();
    expect(rc.body.median).toBeCloseTo(0.75);
    expect(rc.body.total).toBeCloseTo(3 / 4);

    const range = await get(
      supervisor,
      '/api/dashboard/indicator?indicator=requests&fromYear=2023&toYear=2024',
    );
    expect(range.status).toBe(200);
    expect(range.body.years).toEqual([2023, 2024]);
    const u1 = range.body.rows.find((r: { unitId: string }) => r.unitId === u[0].id);
    expect(u1.values).toEqual({ 2023: 7, 2024: 12 });
    expect(range.body.medians).toEqual({ 2023: 7, 2024: 10 }); // median of 20, 12, 8, 4

    const byNode = await get(
      admin,
      `/api/dashboard/indicator?indicator=requests&year=2024&orgNodeId=${city.id}&groupBy=orgNode`,
    );
    expect(byNode.status).toBe(200);
    expect(byNode.body.rows.map((r: { unitName: string; value: number }) => [r.unitName, r.value])).toEqual([
      ['乙区', 1000],
      ['甲区', 44],
    ]);
    expect(byNode.body.median).toBe(522);

    const unknown = await get(supervisor, '/api/dashboard/indicator?indicator=nope');
    expect(unknown.status).toBe(400);
  });

  it('completeness: every expected unit with its flags, days and deadline', async () => {
    const before = new Date();
    const res = await get(supervisor, '/api/dashboard/completeness?year=2024');
    expect(res.status).toBe(200);
    const rows = Object.fromEntries(res.body.rows.map((r: { unitId: string }) => [r.unitId, r]));
    expect(res.body.rows).toHaveLength(5);
    expect(rows[u[0].id]).toMatchObject({
      flags: ['accepted'],
      status: 'accepted',
      latestVersion: 1,
      deadline: '2099-01-31',
      isOverdue: false,
    });
    expect(rows[u[1].id]).toMatchObject({ flags: ['returned'], status: 'returned' });
    expect(rows[u[2].id]).toMatchObject({ flags: ['pending', 'late', 'copy'], deadline: '2025-01-20' });
    expect(rows[u[3].id].flags).toEqual(['pending', 'failing']);
    expect(rows[u[3].id].errorCount).toBeGreaterThanOrEqual(1);
    expect(rows[u[4].id]).toMatchObject({
      flags: ['missing'],
      status: 'missing',
      isOverdue: true,
      latestVersion: null,
      firstSubmittedAt: null,
      contactPerson: '张三',
      contactPhone: '027-12345678',
      deadline: '2025-01-20',
    });
    expect(rows[u[4].id].daysFromDeadline).toBe(daysUntil('2025-01-20', before));
    expect(rows[u[4].id].daysFromDeadline).toBeLessThan(0);
    expect(rows[u[2].id].daysFromDeadline).toBe(
      daysUntil('2025-01-20', new Date(rows[u[2].id].firstSubmittedAt)),
    );
    expect(rows[u[0].id].daysFromDeadline).toBe(
      daysUntil('2099-01-31', new Date(rows[u[0].id].firstSubmittedAt)),
    );
    expect(res.body.summary).toEqual(DISTRICT_A_2024);
  });

  it('completeness above district level: one row per child node, drill-down ids, the same counts', async () => {
    const res = await get(admin, `/api/dashboard/completeness?year=2024&orgNodeId=${city.id}`);
    expect(res.status).toBe(200);
    expect(res.body.rowsBy).toBe('orgNode');
    expect(res.body.rows).toEqual([]);
    const byName = Object.fromEntries(
      res.body.nodeRows.map((r: { orgNodeName: string }) => [r.orgNodeName, r]),
    );
    expect(Object.keys(byName).sort()).toEqual(['乙区', '甲区']);
    // 甲区: the district's own summary, worked out in the test above.
    expect(byName['甲区']).toEqual({ orgNodeId: districtA.id, orgNodeName: '甲区', ...DISTRICT_A_2024 });
    expect(byName['乙区']).toMatchObject({ orgNodeId: districtB.id, expected: 1, submitted: 1, missing: 0 });
    for (const k of Object.keys(res.body.summary))
      expect(res.body.summary[k]).toBe(byName['甲区'][k] + byName['乙区'][k]);

    const district = await get(admin, `/api/dashboard/completeness?year=2024&orgNodeId=${districtA.id}`);
    expect(district.body.rowsBy).toBe('unit');
    expect(district.body.rows).toHaveLength(5);
    expect(district.body.summary).toEqual(DISTRICT_A_2024);

    // The 催报 export still lists the missing units themselves.
    const sheet = await missingSheet(
      admin,
      `/api/dashboard/completeness/missing.xlsx?year=2024&orgNodeId=${city.id}`,
    );
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe('甲区民政局');
  });

  it('missing.xlsx lists the missing units with their contacts', async () => {
    const ws = await missingSheet(supervisor, '/api/dashboard/completeness/missing.xlsx?year=2024');
    const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(ws.rowCount).toBe(2);
    expect(values(2).slice(0, 6)).toEqual([
      '甲区民政局',
      '街道办事处',
      '甲区',
      '张三',
      '027-12345678',
      '2025-01-20',
    ]);
    expect(values(2)[7]).toBe('已逾期');
  });

  it('proposals: per unit and totals', async () => {
    const res = await get(supervisor, '/api/dashboard/proposals?year=2024');
    expect(res.status).toBe(200);
    const byUnit = Object.fromEntries(res.body.rows.map((r: { unitId: string }) => [r.unitId, r]));
    expect(byUnit[u[0].id]).toEqual({
      unitId: u[0].id,
      unitName: '甲区教育局',
      npcTotal: 4,
      npcLead: 1,
      npcAssist: 3,
      cppccTotal: 2,
      cppccLead: 2,
      cppccAssist: 0,
      completionRate: 1,
      satisfactionRate: 0.9,
    });
    expect(byUnit[u[2].id].npcTotal).toBeNull(); // not stated, never 0
    expect(res.body.totals).toEqual({
      npcTotal: 10,
      npcLead: 1,
      npcAssist: 9,
      cppccTotal: 2,
      cppccLead: 2,
      cppccAssist: 0,
      completionRate: expect.closeTo(0.75, 6),
      satisfactionRate: expect.closeTo(0.95, 6),
    });
  });

  it('history: every year of a unit with status, flags and metrics', async () => {
    const res = await get(reporter1, `/api/dashboard/units/${u[0].id}/history`);
    expect(res.status).toBe(200);
    expect(res.body.unit).toMatchObject({ id: u[0].id, name: '甲区教育局', kind: 'department' });
    expect(res.body.years.map((y: { year: number }) => y.year)).toEqual([2023, 2024]);
    const [y23, y24] = res.body.years;
    expect(y23).toMatchObject({
      status: 'pending',
      flags: ['pending'],
      version: 2,
      submissionId: submissionIds.u1y23v1,
    });
    expect(y23.metrics.requests).toBe(7);
    expect(y24).toMatchObject({ status: 'accepted', version: 1, submissionId: submissionIds.u1 });
    expect(y24.metrics).toMatchObject({
      requests: 12,
      reviews: 3,
      lawsuits: 1,
      npcTotal: 4,
      licensing: 100,
      withheld: 1,
      unableToProvide: 2,
    });
    expect(y24.metrics.disclosureRate).toBeCloseTo(0.75);
    expect(y24.metrics.reviewCorrectionRate).toBeCloseTo(0.5);
    expect(y24.metrics.completionRate).toBe(1);

    const missing = await get(supervisor, `/api/dashboard/units/${u[4].id}/history`);
    expect(missing.body.years.map((y: { status: string }) => y.status)).toEqual(['missing', 'missing']);
    expect(missing.body.years[1].metrics.requests).toBeNull();
  });

  it('roll-up: sums of every cell of the effective reports, with who is in and out', async () => {
    const res = await get(supervisor, '/api/dashboard/rollup?year=2024');
    expect(res.status).toBe(200);
    const r = res.body;
    expect(r.cells['applications.newReceived[6]']).toBe(44);
    expect(r.cells['applications.newReceived[0]']).toBe(42);
    expect(r.cells['applications.newReceived[1]']).toBe(2);
    expect(r.cells['applications.outcomes.disclosed[6]']).toBe(7 + 10 + 4 + 5);
    expect(r.cells['applications.outcomes.unableToProvide.notHeld[1]']).toBe(1);
    expect(r.cells['applications.outcomes.total[6]']).toBe(39);
    expect(r.cells['applications.carriedForward[6]']).toBe(2);
    expect(r.cells['reviewLitigation.review.total']).toBe(5);
    expect(r.cells['reviewLitigation.review.pending']).toBe(1);
    expect(r.cells['reviewLitigation.litigationAfterReview.corrected']).toBe(1);
    expect(r.cells['activeDisclosure.licensing']).toBe(100);
    expect(r.cells['other.proposals.npc.assist']).toBe(9);
    expect(r.cells['other.proposals.completionRate']).toBeCloseTo(0.75);
    expect(r.report.applications.newReceived).toEqual([42, 2, 0, 0, 0, 0, 44]);
    expect(r.report.reviewLitigation.litigationDirect.total).toBe(1);
    expect(r.report.unitName).toBe('甲区');
    expect([...r.included].sort()).toEqual([u[0].id, u[1].id, u[2].id, u[3].id].sort());
    expect(r.missing).toEqual([{ unitId: u[4].id, unitName: '甲区民政局' }]);
    expect(r.unitsWithMissingFigures).toEqual([
      { unitId: u[2].id, unitName: '甲区某街道办事处', missingCells: 1 },
    ]);

    for (const ext of ['xlsx', 'docx']) {
      const file = await get(supervisor, `/api/dashboard/rollup.${ext}?year=2024`);
      expect(file.status).toBe(200);
      expect(file.headers['content-disposition']).toContain('attachment');
    }
    const ind = await get(supervisor, '/api/dashboard/indicator.xlsx?indicator=requests&year=2024');
    expect(ind.status).toBe(200);
  });

  it('org-nodes and the metric catalogue', async () => {
    const nodes = await get(supervisor, '/api/dashboard/org-nodes');
    expect(nodes.status).toBe(200);
    expect(nodes.body.rootId).toBe(districtA.id);
    expect(nodes.body.nodes).toEqual([
      { id: districtA.id, parentId: city.id, name: '甲区', level: 'district', depth: 0, unitCount: 5 },
    ]);
    expect(nodes.body.defaultYear).toBe(2024);
    const all = await get(admin, '/api/dashboard/org-nodes');
    expect(all.body.nodes.map((n: { name: string; depth: number }) => [n.name, n.depth])).toEqual(
      expect.arrayContaining([
        ['测试市', 0],
        ['甲区', 1],
        ['乙区', 1],
      ]),
    );
    const metrics = await get(reporter1, '/api/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.body.metrics).toContainEqual(
      expect.objectContaining({ key: 'disclosureRate', zh: '公开率', unit: '%' }),
    );
  });
});

describe('dashboard scope', () => {
  it('401 without a session', async () => {
    expect((await request(t.http).get('/api/dashboard/overview')).status).toBe(401);
    expect((await request(t.http).get('/api/metrics')).status).toBe(401);
  });

  it('a supervisor of another district gets 403 on a node outside its scope and sees only its own', async () => {
    for (const path of ['overview', 'completeness', 'proposals', 'rollup', 'indicator?indicator=requests&']) {
      const sep = path.endsWith('&') ? '' : '?';
      const res = await get(foreignSupervisor, `/api/dashboard/${path}${sep}orgNodeId=${districtA.id}`);
      expect(res.status).toBe(403);
    }
    expect((await get(foreignSupervisor, `/api/dashboard/units/${u[0].id}/history`)).status).toBe(403);
    const own = await get(foreignSupervisor, '/api/dashboard/overview?year=2024');
    expect(own.body).toMatchObject({ expected: 1, submitted: 1, requestsReceived: 1000 });
  });

  it('reporters get 403 on district-wide views, and read only their own unit history', async () => {
    for (const path of [
      'overview',
      'completeness',
      'proposals',
      'rollup',
      'org-nodes',
      'indicator?indicator=requests',
    ]) {
      expect((await get(reporter1, `/api/dashboard/${path}`)).status).toBe(403);
    }
    expect((await get(reporter1, `/api/dashboard/units/${u[1].id}/history`)).status).toBe(403);
  });

  it('admins see everything, or one node', async () => {
    const all = await get(admin, '/api/dashboard/overview?year=2024');
    expect(all.body).toMatchObject({
      orgNode: { id: null },
      expected: 6,
      submitted: 5,
      requestsReceived: 1044,
    });
    const b = await get(admin, `/api/dashboard/overview?year=2024&orgNodeId=${districtB.id}`);
    expect(b.body).toMatchObject({
      orgNode: { id: districtB.id, name: '乙区' },
      expected: 1,
      requestsReceived: 1000,
    });
  });
});
