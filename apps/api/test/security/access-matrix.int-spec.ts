import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { METRIC_KEYS } from '@nianbao/contracts';
import request from 'supertest';

import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { createUser, loginAs, type LoggedIn, type TestUser } from '../support/factories.js';
import { resetDb } from '../support/reset-db.js';
import { balancedReport, createWorld, sampleDocx, type World } from '../support/submission-fixtures.js';
import { registeredRoutes } from './route-table.js';

// Every route × every kind of caller. The rule table is keyed by the routes Express actually registered,
// so a new route without a rule here fails `every registered route has a rule`.
//
// Callers, in this order: no session, reporter of the target unit, reporter of another unit, supervisor
// whose subtree holds the target unit, supervisor of another district, admin.
// Expectations, one letter per caller:
//   A allowed  — passes the guard and the scope check (2xx, or a 4xx that is not 401/403/404, e.g. a
//                validation error on a deliberately empty body or a 409 from an earlier caller's change)
//   D denied   — 401 without a session, otherwise 403 (role or scope) or 404 (the unit is hidden)
//   P public   — no session needed: never 401/403
const ACTORS = ['anon', 'reporterOwn', 'reporterOther', 'supervisorIn', 'supervisorOut', 'admin'] as const;
type Actor = (typeof ACTORS)[number];
type Expect = 'A' | 'D' | 'P';

interface Ctx {
  w: World;
  /** The target unit (甲区企业服务中心) and its submissions. */
  submissionId: string;
  otherSubmissionId: string;
  jobId: string;
  itemId: string;
}
interface Call {
  url: string;
  body?: unknown;
  attach?: { bytes: Buffer; name: string };
}
interface Rule {
  expect: string;
  call?: (c: Ctx) => Call;
  /** Log in anew before the call (the route ends the session). */
  freshSession?: boolean;
  /** Send without the caller's cookie jar (logging in would replace the caller's session). */
  noCookies?: boolean;
}

const FOREIGN_ID = '00000000-0000-4000-8000-000000000000';
const dq = (c: Ctx): string => `year=2023&orgNodeId=${c.w.district.id}`;

const RULES: Record<string, Rule> = {
  // API documentation: public by design (intranet; it describes routes, never data).
  'GET /api/docs': { expect: 'PPPPPP' },
  'GET /api/docs/': { expect: 'PPPPPP' },
  'GET /api/docs/index.html': { expect: 'PPPPPP' },
  'GET /api/docs/LICENSE': { expect: 'PPPPPP' },
  'GET /api/docs/swagger-ui-init.js': { expect: 'PPPPPP' },
  'GET /api/docs/docs/swagger-ui-init.js': { expect: 'PPPPPP' },
  'GET /api/docs-json': { expect: 'PPPPPP' },
  'GET /api/docs-yaml': { expect: 'PPPPPP' },
  'GET /api/health': { expect: 'PPPPPP' },

  'POST /api/auth/login': {
    expect: 'PPPPPP',
    noCookies: true,
    call: (c) => ({
      url: '/api/auth/login',
      body: { username: c.w.admin.account.username, password: c.w.admin.password },
    }),
  },
  'GET /api/auth/me': { expect: 'DAAAAA' },
  'POST /api/auth/logout': { expect: 'DAAAAA', freshSession: true },
  // A wrong current password: 400 proves the caller got through the guard, and nothing changes.
  'POST /api/auth/password': {
    expect: 'DAAAAA',
    call: () => ({
      url: '/api/auth/password',
      body: { currentPassword: 'wrong-password', newPassword: 'another-long-password' },
    }),
  },

  'GET /api/audit': { expect: 'DDDDDA' },

  'GET /api/org/nodes': { expect: 'DDDAAA' },
  'POST /api/org/nodes': { expect: 'DDDDDA', call: () => ({ url: '/api/org/nodes', body: {} }) },
  'PATCH /api/org/nodes/:id': {
    expect: 'DDDDDA',
    call: (c) => ({ url: `/api/org/nodes/${c.w.district.id}`, body: {} }),
  },

  'GET /api/units': { expect: 'DAAAAA' },
  'GET /api/units/:id': { expect: 'DADADA', call: (c) => ({ url: `/api/units/${c.w.sampleUnit.id}` }) },
  'POST /api/units': { expect: 'DDDDDA', call: () => ({ url: '/api/units', body: {} }) },
  'PATCH /api/units/:id': {
    expect: 'DDDDDA',
    call: (c) => ({ url: `/api/units/${c.w.sampleUnit.id}`, body: {} }),
  },
  'POST /api/units/import': { expect: 'DDDDDA', call: () => ({ url: '/api/units/import', body: {} }) },

  'GET /api/periods': { expect: 'DAAAAA' },
  'POST /api/periods': { expect: 'DDDDDA', call: () => ({ url: '/api/periods', body: {} }) },
  'PATCH /api/periods/:year': { expect: 'DDDDDA', call: () => ({ url: '/api/periods/2023', body: {} }) },

  'GET /api/accounts': { expect: 'DDDDDA' },
  'POST /api/accounts': { expect: 'DDDDDA', call: () => ({ url: '/api/accounts', body: {} }) },
  'PATCH /api/accounts/:id': {
    expect: 'DDDDDA',
    call: (c) => ({ url: `/api/accounts/${c.w.reporter.account.id}`, body: {} }),
  },
  'POST /api/accounts/:id/password': {
    expect: 'DDDDDA',
    call: (c) => ({ url: `/api/accounts/${c.w.reporter.account.id}/password`, body: {} }),
  },

  'POST /api/units/:unitId/years/:year/preview': {
    expect: 'DADADA',
    call: (c) => ({
      url: `/api/units/${c.w.sampleUnit.id}/years/2023/preview`,
      body: { report: balancedReport(c.w.sampleUnit.name, 2023) },
    }),
  },
  'POST /api/units/:unitId/years/:year/submissions': {
    expect: 'DADADA',
    call: (c) => ({
      url: `/api/units/${c.w.sampleUnit.id}/years/2023/submissions`,
      body: { report: balancedReport(c.w.sampleUnit.name, 2023) },
    }),
  },
  'GET /api/units/:unitId/submissions': {
    expect: 'DADADA',
    call: (c) => ({ url: `/api/units/${c.w.sampleUnit.id}/submissions` }),
  },
  'GET /api/units/:unitId/template.xlsx': {
    expect: 'DADADA',
    call: (c) => ({ url: `/api/units/${c.w.sampleUnit.id}/template.xlsx?year=2023` }),
  },
  'GET /api/submissions/:id': {
    expect: 'DADADA',
    call: (c) => ({ url: `/api/submissions/${c.submissionId}` }),
  },
  'GET /api/submissions/:id/file': {
    expect: 'DADADA',
    call: (c) => ({ url: `/api/submissions/${c.submissionId}/file` }),
  },
  'GET /api/submissions/:id/source': {
    expect: 'DADADA',
    call: (c) => ({ url: `/api/submissions/${c.submissionId}/source` }),
  },
  'GET /api/submissions/:id/diff': {
    expect: 'DADADA',
    call: (c) => ({ url: `/api/submissions/${c.submissionId}/diff?against=${c.submissionId}` }),
  },
  'POST /api/submissions/:id/accept': {
    expect: 'DDDADA',
    call: (c) => ({
      url: `/api/submissions/${c.submissionId}/accept`,
      body: { overrideReason: '访问矩阵测试' },
    }),
  },
  'POST /api/submissions/:id/return': {
    expect: 'DDDADA',
    call: (c) => ({ url: `/api/submissions/${c.submissionId}/return`, body: { comment: '请补充说明' } }),
  },
  'POST /api/submissions/:id/findings/decisions': {
    expect: 'DDDADA',
    call: (c) => ({
      url: `/api/submissions/${c.submissionId}/findings/decisions`,
      body: { decisions: [{ checkId: 'X', cells: [], decision: 'confirmed' }] },
    }),
  },

  // Creating a job is scoped later (confirm picks a unit); a supervisor of any district may upload.
  'POST /api/backfill/jobs': {
    expect: 'DDDAAA',
    call: () => ({ url: '/api/backfill/jobs', attach: { bytes: Buffer.from('不是报告'), name: 'x.txt' } }),
  },
  'GET /api/backfill/jobs': { expect: 'DDDAAA' },
  'GET /api/backfill/jobs/:id': { expect: 'DDDADA', call: (c) => ({ url: `/api/backfill/jobs/${c.jobId}` }) },
  'POST /api/backfill/jobs/:id/items/:itemId/confirm': {
    expect: 'DDDADA',
    call: (c) => ({
      url: `/api/backfill/jobs/${c.jobId}/items/${c.itemId}/confirm`,
      body: { unitId: c.w.sampleUnit.id, year: 2022 },
    }),
  },

  'GET /api/dashboard/overview': {
    expect: 'DDDADA',
    call: (c) => ({ url: `/api/dashboard/overview?${dq(c)}` }),
  },
  'GET /api/dashboard/indicator': {
    expect: 'DDDADA',
    call: (c) => ({ url: `/api/dashboard/indicator?indicator=${METRIC_KEYS[0]}&${dq(c)}` }),
  },
  'GET /api/dashboard/indicator.xlsx': {
    expect: 'DDDADA',
    call: (c) => ({ url: `/api/dashboard/indicator.xlsx?indicator=${METRIC_KEYS[0]}&${dq(c)}` }),
  },
  'GET /api/dashboard/completeness': {
    expect: 'DDDADA',
    call: (c) => ({ url: `/api/dashboard/completeness?${dq(c)}` }),
  },
  'GET /api/dashboard/completeness/missing.xlsx': {
    expect: 'DDDADA',
    call: (c) => ({ url: `/api/dashboard/completeness/missing.xlsx?${dq(c)}` }),
  },
  'GET /api/dashboard/proposals': {
    expect: 'DDDADA',
    call: (c) => ({ url: `/api/dashboard/proposals?${dq(c)}` }),
  },
  'GET /api/dashboard/units/:unitId/history': {
    expect: 'DADADA',
    call: (c) => ({ url: `/api/dashboard/units/${c.w.sampleUnit.id}/history` }),
  },
  'GET /api/dashboard/rollup': { expect: 'DDDADA', call: (c) => ({ url: `/api/dashboard/rollup?${dq(c)}` }) },
  'GET /api/dashboard/rollup.xlsx': {
    expect: 'DDDADA',
    call: (c) => ({ url: `/api/dashboard/rollup.xlsx?${dq(c)}` }),
  },
  'GET /api/dashboard/rollup.docx': {
    expect: 'DDDADA',
    call: (c) => ({ url: `/api/dashboard/rollup.docx?${dq(c)}` }),
  },
  // Takes no node: always the caller's own subtree (checked below).
  'GET /api/dashboard/org-nodes': { expect: 'DDDAAA' },
  'GET /api/metrics': { expect: 'DAAAAA' },
};

let t: TestApp;
let ctx: Ctx;
let users: Record<Exclude<Actor, 'anon'>, TestUser>;
const sessions = new Map<Actor, LoggedIn>();
let routes: Array<{ method: string; path: string }>;

beforeAll(async () => {
  t = await createTestApp();
  await resetDb(t.dataSource);
  const w = await createWorld(t.dataSource);
  users = {
    reporterOwn: await createUser(t.dataSource, 'reporter', { unit: w.sampleUnit }),
    reporterOther: w.reporter,
    supervisorIn: w.supervisor,
    supervisorOut: w.foreignSupervisor,
    admin: w.admin,
  };
  for (const a of ACTORS) if (a !== 'anon') sessions.set(a, await loginAs(t.http, users[a]));
  const own = sessions.get('reporterOwn')!;
  const up = await own.agent
    .post(`/api/units/${w.sampleUnit.id}/years/2023/submissions`)
    .set('x-csrf-token', own.csrf)
    .attach('file', sampleDocx(), { filename: '年度报告.docx', contentType: 'application/octet-stream' });
  expect(up.status).toBe(201);
  const other = sessions.get('reporterOther')!;
  const otherUp = await other.agent
    .post(`/api/units/${w.unit.id}/years/2023/submissions`)
    .set('x-csrf-token', other.csrf)
    .send({ report: balancedReport(w.unit.name, 2023) });
  expect(otherUp.status).toBe(201);
  const sup = sessions.get('supervisorIn')!;
  const job = await sup.agent
    .post('/api/backfill/jobs')
    .set('x-csrf-token', sup.csrf)
    .attach('files', sampleDocx(), {
      filename: '2023年度报告.docx',
      contentType: 'application/octet-stream',
    });
  expect(job.status).toBeLessThan(300);
  const jobId = (job.body as { id: string }).id;
  let itemId = '';
  for (let i = 0; i < 100 && !itemId; i++) {
    const j = await sup.agent.get(`/api/backfill/jobs/${jobId}`);
    const items = (j.body as { items?: Array<{ id: string; status: string }> }).items ?? [];
    if (items[0] && items[0].status !== 'queued') itemId = items[0].id;
    else await new Promise((r) => setTimeout(r, 100));
  }
  expect(itemId).not.toBe('');
  ctx = {
    w,
    submissionId: (up.body as { id: string }).id,
    otherSubmissionId: (otherUp.body as { id: string }).id,
    jobId,
    itemId,
  };
  routes = registeredRoutes(t.app).filter((r) => r.path.startsWith('/api'));
}, 60_000);

afterAll(async () => {
  await t.close();
});

async function call(actor: Actor, method: string, rule: Rule, path: string): Promise<request.Response> {
  const c = rule.call?.(ctx) ?? { url: path };
  let s = rule.noCookies ? undefined : sessions.get(actor);
  if (s && rule.freshSession) s = await loginAs(t.http, users[actor as Exclude<Actor, 'anon'>]);
  const base = s ? s.agent : request(t.http);
  let req = (base as unknown as Record<string, (u: string) => request.Test>)[method.toLowerCase()](c.url);
  if (s && method !== 'GET') req = req.set('x-csrf-token', s.csrf);
  if (c.attach)
    return req.attach('file', c.attach.bytes, {
      filename: c.attach.name,
      contentType: 'application/octet-stream',
    });
  return c.body !== undefined ? req.send(c.body as object) : req;
}

function classify(status: number): 'A' | 'D' | 'E' {
  if (status >= 500) return 'E';
  return status === 401 || status === 403 || status === 404 ? 'D' : 'A';
}

describe('access matrix', () => {
  it('every registered route has a rule, and every rule a route', () => {
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    expect(keys.length).toBeGreaterThan(40);
    expect(keys.filter((k) => !(k in RULES))).toEqual([]);
    expect(Object.keys(RULES).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('every route × caller gets its expected outcome, never a 500', async () => {
    const got: string[] = [];
    const want: string[] = [];
    const auditBefore: unknown[] = await t.dataSource.query('SELECT * FROM audit_log ORDER BY id');
    // Writes run after reads so a return or an accept does not change what a later read sees.
    const ordered = [...routes].sort((a, b) => Number(a.method !== 'GET') - Number(b.method !== 'GET'));
    for (const r of ordered) {
      const rule = RULES[`${r.method} ${r.path}`];
      if (!rule) continue;
      const line: string[] = [];
      for (const [i, actor] of ACTORS.entries()) {
        const res = await call(actor, r.method, rule, r.path);
        const cls = classify(res.status);
        const expected = rule.expect[i] as Expect;
        // Public routes: never refused for lack of a session or a role.
        const ok =
          expected === 'P' ? cls !== 'E' && res.status !== 401 && res.status !== 403 : cls === expected;
        // Without a session the refusal is always 401, before any lookup.
        const anonOk = actor !== 'anon' || expected === 'P' || res.status === 401;
        line.push(ok && anonOk ? expected : `${expected}!${res.status}`);
      }
      got.push(`${r.method} ${r.path} ${line.join(' ')}`);
      want.push(`${r.method} ${r.path} ${rule.expect.split('').join(' ')}`);
    }
    expect(got).toEqual(want);
    // No route, whoever calls it, changed or removed an audit row written before.
    const auditAfter: unknown[] = await t.dataSource.query('SELECT * FROM audit_log ORDER BY id');
    expect(auditAfter.slice(0, auditBefore.length)).toEqual(auditBefore);
  }, 120_000);
});

describe('identifiers in addresses cannot reach another unit', () => {
  it('a diff against another unit’s submission id is refused', async () => {
    const own = sessions.get('reporterOwn')!;
    const res = await own.agent.get(
      `/api/submissions/${ctx.submissionId}/diff?against=${ctx.otherSubmissionId}`,
    );
    expect([403, 404]).toContain(res.status);
    expect(JSON.stringify(res.body)).not.toContain(ctx.w.unit.name);
  });

  it('a supervisor cannot confirm a backfill item into a unit outside its district', async () => {
    const sup = sessions.get('supervisorIn')!;
    const res = await sup.agent
      .post(`/api/backfill/jobs/${ctx.jobId}/items/${ctx.itemId}/confirm`)
      .set('x-csrf-token', sup.csrf)
      .send({ unitId: ctx.w.foreignUnit.id, year: 2022 });
    expect(res.status).toBe(403);
    const [{ n }]: Array<{ n: string }> = await t.dataSource.query(
      'SELECT COUNT(*) AS n FROM submission WHERE unit_id = $1',
      [ctx.w.foreignUnit.id],
    );
    expect(Number(n)).toBe(0);
  });

  it('lists only show units and submissions in scope', async () => {
    const other = sessions.get('reporterOther')!;
    const units = await other.agent.get('/api/units');
    expect((units.body as Array<{ id: string }>).map((u) => u.id)).toEqual([ctx.w.unit.id]);
    const subs = await other.agent.get(`/api/units/${ctx.w.sampleUnit.id}/submissions`);
    expect(subs.status).toBe(403);
    const supOut = sessions.get('supervisorOut')!;
    const ids = ((await supOut.agent.get('/api/units')).body as Array<{ id: string }>).map((u) => u.id);
    expect(ids).toEqual([ctx.w.foreignUnit.id]);
  });

  it('a supervisor’s node tree holds only its own district', async () => {
    const res = await sessions.get('supervisorOut')!.agent.get('/api/dashboard/org-nodes');
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain(ctx.w.otherDistrict.id);
    expect(JSON.stringify(res.body)).not.toContain(ctx.w.district.id);
  });

  it('malformed and unknown ids are 404 or 400, never 500', async () => {
    const admin = sessions.get('admin')!;
    for (const url of [
      `/api/submissions/${FOREIGN_ID}`,
      '/api/submissions/not-a-uuid',
      "/api/units/1'%20OR%20'1'='1/submissions",
      `/api/dashboard/units/${FOREIGN_ID}/history`,
      `/api/backfill/jobs/${FOREIGN_ID}`,
    ]) {
      const res = await admin.agent.get(url);
      expect([400, 404]).toContain(res.status);
    }
  });
});
