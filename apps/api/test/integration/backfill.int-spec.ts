import { beforeEach, describe, expect, it } from '@jest/globals';
import { zipSync } from 'fflate';
import request from 'supertest';

import type { TestApp } from '../support/create-test-app.js';
import { loginAs, type LoggedIn } from '../support/factories.js';
import { sampleDocx, sampleTxt, type World } from '../support/submission-fixtures.js';
import { useWorld } from '../support/use-world.js';

// t: the API of this file; w: the standard world, created afresh before every test.
const ctx = useWorld();
let t: TestApp;
let w: World;
beforeEach(() => {
  ({ t, w } = ctx);
});

interface JobBody {
  id: string;
  status: string;
  total: number;
  done: number;
  items: Array<{
    id: string;
    fileName: string;
    status: string;
    statedYear: number | null;
    candidates: Array<{ unitId: string; score: number }>;
    failure: { code: string } | null;
  }>;
}

async function waitForJob(s: LoggedIn, id: string): Promise<JobBody> {
  for (let i = 0; i < 100; i++) {
    const res = await s.agent.get(`/api/backfill/jobs/${id}`);
    if (res.body.status === 'done') return res.body as JobBody;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('backfill job did not finish');
}

describe('backfill', () => {
  it('unpacks a zip, matches reports to units, and stores confirmed items as backfill submissions', async () => {
    // The 2023 period does not exist yet: confirming creates it, closed.
    await t.dataSource.query('DELETE FROM reporting_period WHERE year = 2023');
    const docx = sampleDocx();
    const zip = Buffer.from(
      zipSync({
        '2023/硚口区企业服务中心.docx': docx,
        '2023/硚口区企业服务中心.txt': sampleTxt(),
        '2023/坏文件.docx': docx.subarray(0, 500),
      }),
    );
    const sup = await loginAs(t.http, w.supervisor);
    const created = await sup.agent
      .post('/api/backfill/jobs')
      .set('x-csrf-token', sup.csrf)
      .attach('files', zip, '历年年报.zip');
    expect(created.status).toBe(201);
    expect(created.body.total).toBe(3);

    const job = await waitForJob(sup, created.body.id);
    expect(job.done).toBe(3);
    const byName = Object.fromEntries(job.items.map((i) => [i.fileName, i]));
    expect(byName['硚口区企业服务中心.docx']).toMatchObject({ status: 'matched', statedYear: 2023 });
    expect(byName['硚口区企业服务中心.docx'].candidates[0]).toMatchObject({
      unitId: w.sampleUnit.id,
      score: 1,
    });
    expect(byName['硚口区企业服务中心.docx'].candidates.length).toBeLessThanOrEqual(3);
    expect(byName['硚口区企业服务中心.txt'].status).toBe('matched');
    expect(byName['坏文件.docx']).toMatchObject({ status: 'failed', failure: { code: 'CORRUPT_FILE' } });

    const confirm = (itemId: string, body: Record<string, unknown>) =>
      sup.agent
        .post(`/api/backfill/jobs/${job.id}/items/${itemId}/confirm`)
        .set('x-csrf-token', sup.csrf)
        .send(body);
    const stored = await confirm(byName['硚口区企业服务中心.docx'].id, {
      unitId: w.sampleUnit.id,
      year: 2023,
    });
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({
      unitId: w.sampleUnit.id,
      year: 2023,
      version: 1,
      isBackfill: true,
      sourceFormat: 'docx',
    });
    expect(stored.body.report.other.proposals.cppcc.total).toBe(13);
    const [period] = await t.dataSource.query('SELECT is_open FROM reporting_period WHERE year = 2023');
    expect(period).toEqual({ is_open: false });

    expect(
      (await confirm(byName['硚口区企业服务中心.docx'].id, { unitId: w.sampleUnit.id, year: 2023 })).status,
    ).toBe(409);
    expect((await confirm(byName['坏文件.docx'].id, { unitId: w.sampleUnit.id, year: 2023 })).status).toBe(
      422,
    );
    const wrongYear = await confirm(byName['硚口区企业服务中心.txt'].id, {
      unitId: w.sampleUnit.id,
      year: 2022,
    });
    expect(wrongYear.status).toBe(422);
    expect(wrongYear.body.code).toBe('YEAR_MISMATCH');
    const outOfScope = await confirm(byName['硚口区企业服务中心.txt'].id, {
      unitId: w.foreignUnit.id,
      year: 2023,
    });
    expect(outOfScope.status).toBe(403);
    const second = await confirm(byName['硚口区企业服务中心.txt'].id, {
      unitId: w.sampleUnit.id,
      year: 2023,
    });
    expect(second.status).toBe(201);
    expect(second.body.version).toBe(2);

    const after = await sup.agent.get(`/api/backfill/jobs/${job.id}`);
    expect(after.body.items.filter((i: { status: string }) => i.status === 'stored')).toHaveLength(2);
    const list = await sup.agent.get('/api/backfill/jobs');
    expect(list.body.map((j: { id: string }) => j.id)).toEqual([job.id]);
  });

  it('accepts several plain files in one upload', async () => {
    const admin = await loginAs(t.http, w.admin);
    const res = await admin.agent
      .post('/api/backfill/jobs')
      .set('x-csrf-token', admin.csrf)
      .attach('files', sampleDocx(), 'a.docx')
      .attach('files', sampleTxt(), 'b.txt');
    expect(res.status).toBe(201);
    const job = await waitForJob(admin, res.body.id);
    expect(job.items.map((i) => i.status)).toEqual(['matched', 'matched']);
  });

  it('refuses reporters, other subtrees, no session, zip bombs and empty uploads', async () => {
    const sup = await loginAs(t.http, w.supervisor);
    const created = await sup.agent
      .post('/api/backfill/jobs')
      .set('x-csrf-token', sup.csrf)
      .attach('files', sampleTxt(), 'a.txt');
    const job = await waitForJob(sup, created.body.id);

    const reporter = await loginAs(t.http, w.reporter);
    expect((await reporter.agent.get(`/api/backfill/jobs/${job.id}`)).status).toBe(403);
    expect(
      (
        await reporter.agent
          .post('/api/backfill/jobs')
          .set('x-csrf-token', reporter.csrf)
          .attach('files', sampleTxt(), 'a.txt')
      ).status,
    ).toBe(403);
    const foreign = await loginAs(t.http, w.foreignSupervisor);
    expect((await foreign.agent.get(`/api/backfill/jobs/${job.id}`)).status).toBe(403);
    expect(
      (
        await foreign.agent
          .post(`/api/backfill/jobs/${job.id}/items/${job.items[0].id}/confirm`)
          .set('x-csrf-token', foreign.csrf)
          .send({ unitId: w.sampleUnit.id, year: 2023 })
      ).status,
    ).toBe(403);
    expect((await request(t.http).get(`/api/backfill/jobs/${job.id}`)).status).toBe(401);

    const bomb = Buffer.from(zipSync({ 'big.txt': new Uint8Array(30 * 1024 * 1024) }, { level: 9 }));
    const before = await t.dataSource.query('SELECT COUNT(*)::int AS n FROM stored_file');
    const refused = await sup.agent
      .post('/api/backfill/jobs')
      .set('x-csrf-token', sup.csrf)
      .attach('files', bomb, 'bomb.zip');
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('ARCHIVE_TOO_LARGE');
    expect(await t.dataSource.query('SELECT COUNT(*)::int AS n FROM stored_file')).toEqual(before);
    const empty = await sup.agent.post('/api/backfill/jobs').set('x-csrf-token', sup.csrf).send({});
    expect(empty.status).toBe(400);
  });
});
