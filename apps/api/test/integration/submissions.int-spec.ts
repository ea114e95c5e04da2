import { createHash } from 'node:crypto';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { parseReport } from '@nianbao/report-parser';
import type { AnnualReport } from '@nianbao/report-format';
import request from 'supertest';

import { refreshFiguresSql } from '../../src/dashboard/unit-year-figures.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { getBytes, loginAs, type LoggedIn } from '../support/factories.js';
import { balancedReport, countRows, sampleDocx, type World } from '../support/submission-fixtures.js';
import { useWorld } from '../support/use-world.js';

// t: the API of this file; w: the standard world, created afresh before every test.
const ctx = useWorld();
let t: TestApp;
let w: World;
beforeEach(() => {
  ({ t, w } = ctx);
});

// Logins write audit rows too: count only the submission ones.
const STORED_TABLES = [
  'submission',
  'submission_finding',
  'stored_file',
  'unit_year_report',
  "audit_log WHERE action LIKE 'submission%'",
];
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

function submitJson(s: LoggedIn, unitId: string, year: number, body: Record<string, unknown>) {
  return s.agent
    .post(`/api/units/${unitId}/years/${year}/submissions`)
    .set('x-csrf-token', s.csrf)
    .send(body);
}
function submitFile(s: LoggedIn, unitId: string, year: number, bytes: Buffer, name = '年度报告.docx') {
  return s.agent
    .post(`/api/units/${unitId}/years/${year}/submissions`)
    .set('x-csrf-token', s.csrf)
    .attach('file', bytes, { filename: name, contentType: 'application/octet-stream' });
}

describe('no session', () => {
  it.each([
    ['post', '/api/units/00000000-0000-4000-8000-000000000000/years/2023/preview'],
    ['post', '/api/units/00000000-0000-4000-8000-000000000000/years/2023/submissions'],
    ['get', '/api/units/00000000-0000-4000-8000-000000000000/submissions'],
    ['get', '/api/units/00000000-0000-4000-8000-000000000000/template.xlsx?year=2023'],
    ['get', '/api/submissions/00000000-0000-4000-8000-000000000000'],
    ['get', '/api/submissions/00000000-0000-4000-8000-000000000000/file'],
    [
      'get',
      '/api/submissions/00000000-0000-4000-8000-000000000000/diff?against=00000000-0000-4000-8000-000000000001',
    ],
  ] as const)('%s %s → 401', async (method, url) => {
    const res = await request(t.http)[method](url);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });
});

describe('submitting', () => {
  it('stores the sample docx with its figures, file, findings and audit entry', async () => {
    const s = await loginAs(t.http, w.supervisor);
    const bytes = sampleDocx();
    const res = await submitFile(s, w.sampleUnit.id, 2023, bytes, '硚口区企业服务中心2023年报.docx');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      unitId: w.sampleUnit.id,
      year: 2023,
      version: 1,
      isLatest: true,
      sourceFormat: 'docx',
      reviewStatus: 'pending',
      submittedBy: w.supervisor.account.username,
      isLate: true,
      deadline: '2024-01-31',
      file: { fileName: '硚口区企业服务中心2023年报.docx', sizeBytes: bytes.length, sha256: sha256(bytes) },
    });
    expect(res.body.report.unitName).toBe('硚口区企业服务中心');
    expect(res.body.report.applications.newReceived).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(res.body.report.other.proposals.npc).toEqual({ total: 6, lead: 0, assist: 6 });
    expect(res.body.report.other.proposals.cppcc).toEqual({ total: 13, lead: 1, assist: 12 });
    expect(res.body.meta.sections.map((x: { number: number }) => x.number)).toEqual([1, 2, 3, 4, 5, 6]);

    const file = await getBytes(s, `/api/submissions/${res.body.id}/file`);
    expect(file.status).toBe(200);
    expect(sha256(file.body)).toBe(sha256(bytes));
    expect(file.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('硚口区企业服务中心2023年报.docx')}`,
    );

    const audit = await t.dataSource.query(
      `SELECT action, entity_id FROM audit_log WHERE action = 'submission.submit'`,
    );
    expect(audit).toEqual([{ action: 'submission.submit', entity_id: res.body.id }]);
    const [uyr] = await t.dataSource.query('SELECT * FROM unit_year_report WHERE unit_id = $1', [
      w.sampleUnit.id,
    ]);
    expect(uyr).toMatchObject({
      year: 2023,
      latest_version: 1,
      latest_submission_id: res.body.id,
      status: 'pending',
    });
  });

  it('lets a reporter submit its own unit by JSON and measures lateness against the unit kind deadline', async () => {
    const s = await loginAs(t.http, w.reporter);
    const res = await submitJson(s, w.unit.id, 2023, {
      report: balancedReport('甲区教育局', 2023),
      notes: '首次报送',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      version: 1,
      sourceFormat: 'json',
      errorCount: 0,
      notes: '首次报送',
      file: null,
    });

    const sup = await loginAs(t.http, w.supervisor);
    const inst = await submitJson(sup, w.sampleUnit.id, 2024, {
      report: balancedReport('甲区企业服务中心', 2024),
    });
    expect(inst.status).toBe(201);
    expect(inst.body.deadline).toBe('2025-01-20');
  });

  it('refuses another unit (reporter), a unit outside the subtree (supervisor), with nothing stored', async () => {
    const before = await countRows(t.dataSource, ...STORED_TABLES);
    const reporter = await loginAs(t.http, w.reporter);
    const r1 = await submitJson(reporter, w.otherUnit.id, 2023, {
      report: balancedReport('甲区财政局', 2023),
    });
    expect(r1.status).toBe(403);
    expect(r1.body.code).toBe('FORBIDDEN_SCOPE');
    const foreign = await loginAs(t.http, w.foreignSupervisor);
    const r2 = await submitJson(foreign, w.unit.id, 2023, { report: balancedReport('甲区教育局', 2023) });
    expect(r2.status).toBe(403);
    const r3 = await foreign.agent
      .post(`/api/units/${w.unit.id}/years/2023/preview`)
      .set('x-csrf-token', foreign.csrf)
      .send({ report: balancedReport('甲区教育局', 2023) });
    expect(r3.status).toBe(403);
    expect(await countRows(t.dataSource, ...STORED_TABLES)).toEqual(before);
  });

  it('refuses a truncated docx with a Chinese reason and stores nothing', async () => {
    const s = await loginAs(t.http, w.supervisor);
    const before = await countRows(t.dataSource, ...STORED_TABLES);
    const bytes = sampleDocx();
    const res = await submitFile(s, w.sampleUnit.id, 2023, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('CORRUPT_FILE');
    expect(res.body.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await countRows(t.dataSource, ...STORED_TABLES)).toEqual(before);
  });

  it('refuses an empty upload, a missing body and a file whose extension lies', async () => {
    const s = await loginAs(t.http, w.supervisor);
    const before = await countRows(t.dataSource, ...STORED_TABLES);
    const empty = await submitFile(s, w.sampleUnit.id, 2023, Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('EMPTY_FILE');
    const nothing = await s.agent
      .post(`/api/units/${w.sampleUnit.id}/years/2023/submissions`)
      .set('x-csrf-token', s.csrf);
    expect(nothing.status).toBe(400);
    const lying = await submitFile(
      s,
      w.sampleUnit.id,
      2023,
      Buffer.from('%PDF-1.4 not really'),
      'report.docx',
    );
    expect([415, 422]).toContain(lying.status);
    expect(lying.body.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await countRows(t.dataSource, ...STORED_TABLES)).toEqual(before);
  });

  it('refuses a report of another year or another unit, and invalid JSON reports', async () => {
    const s = await loginAs(t.http, w.supervisor);
    const before = await countRows(t.dataSource, ...STORED_TABLES);
    const wrongYear = await submitFile(s, w.sampleUnit.id, 2024, sampleDocx());
    expect(wrongYear.status).toBe(422);
    expect(wrongYear.body).toEqual({
      code: 'YEAR_MISMATCH',
      message: '报告年度为2023年，与报送年度2024年不一致',
    });
    const wrongUnit = await submitFile(s, w.unit.id, 2023, sampleDocx());
    expect(wrongUnit.status).toBe(422);
    expect(wrongUnit.body.code).toBe('UNIT_MISMATCH');
    const bad = balancedReport('甲区教育局', 2023) as unknown as { applications: { newReceived: unknown } };
    bad.applications.newReceived = [1, 2];
    const invalid = await submitJson(s, w.unit.id, 2023, { report: bad });
    expect(invalid.status).toBe(422);
    expect(invalid.body.code).toBe('INVALID_REPORT');
    expect(invalid.body.issues[0].message).toContain('7列');
    expect(await countRows(t.dataSource, ...STORED_TABLES)).toEqual(before);
  });

  it('refuses a closed period (409) and a missing one (404)', async () => {
    const s = await loginAs(t.http, w.reporter);
    const closed = await submitJson(s, w.unit.id, 2022, { report: balancedReport('甲区教育局', 2022) });
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('PERIOD_CLOSED');
    const missing = await submitJson(s, w.unit.id, 2019, { report: balancedReport('甲区教育局', 2019) });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('PERIOD_NOT_FOUND');
    expect((await countRows(t.dataSource, 'submission')).submission).toBe(0);
  });

  it('stores two concurrent submissions as versions 1 and 2', async () => {
    const s = await loginAs(t.http, w.reporter);
    const [a, b] = await Promise.all([
      submitJson(s, w.unit.id, 2023, { report: balancedReport('甲区教育局', 2023, 5) }),
      submitJson(s, w.unit.id, 2023, { report: balancedReport('甲区教育局', 2023, 7) }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect([a.body.version, b.body.version].sort()).toEqual([1, 2]);
    const list = await s.agent.get(`/api/units/${w.unit.id}/submissions?year=2023`);
    expect(list.status).toBe(200);
    expect(list.body.map((x: { version: number; isLatest: boolean }) => [x.version, x.isLatest])).toEqual([
      [2, true],
      [1, false],
    ]);
  });

  it('applies corrections over the parsed file, keeps explanations, and diffs versions', async () => {
    const s = await loginAs(t.http, w.supervisor);
    const corrections = { 'applications.newReceived[0]': 2, 'applications.newReceived[6]': 2 };
    const preview = await s.agent
      .post(`/api/units/${w.sampleUnit.id}/years/2023/preview`)
      .set('x-csrf-token', s.csrf)
      .field('corrections', JSON.stringify(corrections))
      .attach('file', sampleDocx(), '报告.docx');
    expect(preview.status).toBe(200);
    expect(preview.body.report.applications.newReceived).toEqual([2, 0, 0, 0, 0, 0, 2]);
    const bal = preview.body.findings.find((f: { checkId: string }) => f.checkId === 'T3-BAL');
    expect(bal).toBeDefined();
    expect((await countRows(t.dataSource, 'submission')).submission).toBe(0);

    const v1 = await submitFile(s, w.sampleUnit.id, 2023, sampleDocx());
    const v2 = await s.agent
      .post(`/api/units/${w.sampleUnit.id}/years/2023/submissions`)
      .set('x-csrf-token', s.csrf)
      .field('corrections', JSON.stringify(corrections))
      .field('explanations', JSON.stringify({ [bal.key]: '年底新收两件，次年办理' }))
      .attach('file', sampleDocx(), '报告.docx');
    expect(v2.status).toBe(201);
    expect(v2.body.corrections).toEqual(corrections);
    expect(v2.body.findings.find((f: { key: string }) => f.key === bal.key).explanation).toBe(
      '年底新收两件，次年办理',
    );

    const diff = await s.agent.get(`/api/submissions/${v2.body.id}/diff?against=${v1.body.id}`);
    expect(diff.status).toBe(200);
    expect(diff.body.differences).toEqual([
      {
        address: 'applications.newReceived[0]',
        label: '一、本年新收政府信息公开申请数量 · 自然人',
        before: 0,
        after: 2,
      },
      {
        address: 'applications.newReceived[6]',
        label: '一、本年新收政府信息公开申请数量 · 总计',
        before: 0,
        after: 2,
      },
    ]);
    const badCorrection = await s.agent
      .post(`/api/units/${w.sampleUnit.id}/years/2023/preview`)
      .set('x-csrf-token', s.csrf)
      .send({ report: balancedReport('甲区企业服务中心', 2023), corrections: { 'no.such.cell': 1 } });
    expect(badCorrection.status).toBe(422);
    expect(badCorrection.body.code).toBe('INVALID_CORRECTION');
  });

  it('lets readers in scope see detail and lists; others get 403', async () => {
    const reporter = await loginAs(t.http, w.reporter);
    const created = await submitJson(reporter, w.unit.id, 2023, {
      report: balancedReport('甲区教育局', 2023),
    });
    const other = await loginAs(t.http, w.otherReporter);
    expect((await other.agent.get(`/api/submissions/${created.body.id}`)).status).toBe(403);
    expect((await other.agent.get(`/api/units/${w.unit.id}/submissions`)).status).toBe(403);
    const foreign = await loginAs(t.http, w.foreignSupervisor);
    expect((await foreign.agent.get(`/api/submissions/${created.body.id}`)).status).toBe(403);
    expect((await foreign.agent.get(`/api/submissions/${created.body.id}/file`)).status).toBe(403);
    const admin = await loginAs(t.http, w.admin);
    expect((await admin.agent.get(`/api/submissions/${created.body.id}`)).status).toBe(200);
    expect((await admin.agent.get(`/api/submissions/${created.body.id}/file`)).status).toBe(404);
    expect((await admin.agent.get('/api/submissions/not-a-uuid')).status).toBe(404);
  });

  it('serves the xlsx template with 上年结转 taken from last year', async () => {
    const s = await loginAs(t.http, w.supervisor);
    const last = balancedReport('甲区教育局', 2023, 5);
    last.applications.outcomes.disclosed = [2, 0, 0, 0, 0, 0, 2];
    last.applications.outcomes.total = [3, 0, 0, 0, 0, 0, 3];
    last.applications.carriedForward = [2, 0, 0, 0, 0, 0, 2];
    expect((await submitJson(s, w.unit.id, 2023, { report: last })).status).toBe(201);
    const res = await getBytes(s, `/api/units/${w.unit.id}/template.xlsx?year=2024`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const parsed = await parseReport(new Uint8Array(res.body), 'template.xlsx');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.document.report.unitName).toBe('甲区教育局');
      expect(parsed.document.report.applications.carriedOver).toEqual([2, 0, 0, 0, 0, 0, 2]);
    }
    const other = await loginAs(t.http, w.otherReporter);
    expect((await other.agent.get(`/api/units/${w.unit.id}/template.xlsx?year=2024`)).status).toBe(403);
  });
});

describe('upload limit', () => {
  let small: TestApp;
  beforeAll(async () => {
    small = await createTestApp({ MAX_UPLOAD_MB: '0.01' });
  });
  afterAll(async () => {
    await small.close();
  });

  it('refuses a file over MAX_UPLOAD_MB with 413 FILE_TOO_LARGE and stores nothing', async () => {
    const s = await loginAs(small.http, w.supervisor);
    const res = await submitFile(s, w.sampleUnit.id, 2023, sampleDocx());
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('FILE_TOO_LARGE');
    expect(res.body.message).toContain('上限');
    expect((await countRows(t.dataSource, 'submission', 'stored_file')).stored_file).toBe(0);
  });
});

describe('the store statement (file, version, findings, audit in one round trip)', () => {
  const longNarrative = (unit: string): AnnualReport['narrative'] => ({
    overview:
      `${unit}认真贯彻落实《中华人民共和国政府信息公开条例》，围绕中心工作深入推进政务公开，` +
      '主动公开政府信息，及时公开规范性文件、行政许可、行政处罚等信息，依申请公开工作规范有序，' +
      '政府信息管理制度不断健全，平台建设持续加强，监督保障机制逐步完善，全年未发生行政复议和诉讼案件。',
    problems:
      '存在的问题：一是公开内容的深度和广度有待拓展；二是政策解读形式较为单一；三是工作人员业务能力仍需提升。' +
      '改进措施：加强业务培训，丰富解读形式，拓展公开内容，健全工作机制，提升政务公开工作质量和水平。',
    other: '本年度未收取政府信息处理费。本单位将继续做好政府信息公开工作，接受社会监督。',
  });

  it('answers with what GET reads back, and the audit entry, findings and figures match the stored rows', async () => {
    const s = await loginAs(t.http, w.supervisor);
    const report = balancedReport(w.unit.name, 2023, 7);
    report.narrative = longNarrative('本单位');
    const first = await submitJson(s, w.unit.id, 2023, { report });
    expect(first.status).toBe(201);
    const copy = balancedReport(w.otherUnit.name, 2023, 7);
    copy.narrative = longNarrative('本单位');
    const stored = await submitJson(s, w.otherUnit.id, 2023, { report: copy });
    expect(stored.status).toBe(201);
    const dup = stored.body.findings.filter((f: { checkId: string }) => f.checkId === 'TX-DUP');
    expect(dup).toHaveLength(1);
    expect(dup[0].message).toContain(`${w.unit.name}2023年度报告`);

    const again = await s.agent.get(`/api/submissions/${stored.body.id}`);
    expect(again.status).toBe(200);
    expect(stored.body).toEqual(again.body);

    const [audit] = await t.dataSource.query(
      `SELECT actor_username, entity_type, details FROM audit_log WHERE entity_id = $1`,
      [stored.body.id],
    );
    expect(audit).toMatchObject({
      actor_username: w.supervisor.account.username,
      entity_type: 'submission',
      details: { unitId: w.otherUnit.id, year: 2023, version: 1, errorCount: stored.body.errorCount },
    });
    const rows = await t.dataSource.query(
      `SELECT position, check_id, cells, expected, actual FROM submission_finding WHERE submission_id = $1 ORDER BY position`,
      [stored.body.id],
    );
    expect(rows.map((r: { check_id: string }) => r.check_id)).toEqual(
      stored.body.findings.map((f: { checkId: string }) => f.checkId),
    );

    // The refresh read the figures from the report passed in: the same as recomputed from the stored row.
    const figures = async (): Promise<unknown> =>
      (
        await t.dataSource.query(
          `SELECT new_received_6, disclosed_total, unable_total, outcomes_total, has_copy_flag, effective_report
             FROM unit_year_report WHERE unit_id = $1 AND year = 2023`,
          [w.otherUnit.id],
        )
      )[0];
    const before = await figures();
    expect(before).toMatchObject({
      new_received_6: 7,
      disclosed_total: 6,
      outcomes_total: 7,
      has_copy_flag: true,
    });
    await t.dataSource.query(refreshFiguresSql('r.unit_id = $1 AND r.year = $2'), [w.otherUnit.id, 2023]);
    expect(await figures()).toEqual(before);
  });

  it('gives consecutive versions and keeps every file under concurrent uploads of one unit', async () => {
    const s = await loginAs(t.http, w.supervisor);
    const bytes = sampleDocx();
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        submitFile(s, w.sampleUnit.id, 2023, bytes, '硚口区企业服务中心2023年报.docx'),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(results.map((r) => r.body.version).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const files = await t.dataSource.query(
      `SELECT f.sha256, length(f.bytes) AS n FROM submission s JOIN stored_file f ON f.id = s.file_id
        WHERE s.unit_id = $1 ORDER BY s.version`,
      [w.sampleUnit.id],
    );
    expect(files).toHaveLength(6);
    for (const f of files) expect(f).toEqual({ sha256: sha256(bytes), n: bytes.length });
    const versions = await t.dataSource.query(
      `SELECT details->>'version' AS v FROM audit_log WHERE action = 'submission.submit' ORDER BY 1`,
    );
    expect(versions.map((r: { v: string }) => r.v)).toEqual(['1', '2', '3', '4', '5', '6']);
  });
});
