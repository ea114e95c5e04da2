import { beforeEach, describe, expect, it } from '@jest/globals';
import request from 'supertest';

import type { TestApp } from '../support/create-test-app.js';
import { loginAs, type LoggedIn } from '../support/factories.js';
import { balancedReport, type World } from '../support/submission-fixtures.js';
import { useWorld } from '../support/use-world.js';

// t: the API of this file; w: the standard world, created afresh before every test.
const ctx = useWorld();
let t: TestApp;
let w: World;
beforeEach(() => {
  ({ t, w } = ctx);
});

function post(s: LoggedIn, url: string, body: Record<string, unknown> = {}) {
  return s.agent.post(url).set('x-csrf-token', s.csrf).send(body);
}

/** T3-BAL and T3-COL fail: two error findings. */
function unbalanced(name: string, year: number) {
  const r = balancedReport(name, year, 5);
  r.applications.newReceived = [6, 0, 0, 0, 0, 0, 5];
  return r;
}

describe('review', () => {
  it('blocks acceptance on error findings unless an override reason is given', async () => {
    const reporter = await loginAs(t.http, w.reporter);
    const sub = await post(reporter, `/api/units/${w.unit.id}/years/2023/submissions`, {
      report: unbalanced('甲区教育局', 2023),
    });
    expect(sub.status).toBe(201);
    expect(sub.body.errorCount).toBeGreaterThan(0);

    const sup = await loginAs(t.http, w.supervisor);
    const blocked = await post(sup, `/api/submissions/${sub.body.id}/accept`);
    expect(blocked.status).toBe(409);
    expect(blocked.body.code).toBe('ERRORS_BLOCK_ACCEPTANCE');

    const ok = await post(sup, `/api/submissions/${sub.body.id}/accept`, {
      overrideReason: '经电话核实，系录入笔误',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.review).toMatchObject({
      status: 'accepted',
      overrideReason: '经电话核实，系录入笔误',
      reviewedBy: w.supervisor.account.username,
    });
    const again = await post(sup, `/api/submissions/${sub.body.id}/accept`, { overrideReason: 'x' });
    expect(again.status).toBe(409);
    const [row] = await t.dataSource.query(
      'SELECT status, accepted_submission_id FROM unit_year_report WHERE unit_id = $1',
      [w.unit.id],
    );
    expect(row).toEqual({ status: 'accepted', accepted_submission_id: sub.body.id });
  });

  it('return → reporter sees the comment → resubmits → only the latest version can be accepted', async () => {
    const reporter = await loginAs(t.http, w.reporter);
    const v1 = await post(reporter, `/api/units/${w.unit.id}/years/2023/submissions`, {
      report: unbalanced('甲区教育局', 2023),
    });
    const sup = await loginAs(t.http, w.supervisor);

    const noComment = await post(sup, `/api/submissions/${v1.body.id}/return`, {});
    expect(noComment.status).toBe(400);
    const returned = await post(sup, `/api/submissions/${v1.body.id}/return`, {
      comment: '表三第一行与总计不符，请核对',
    });
    expect(returned.status).toBe(200);

    const seen = await reporter.agent.get(`/api/submissions/${v1.body.id}`);
    expect(seen.body.review).toMatchObject({ status: 'returned', comment: '表三第一行与总计不符，请核对' });
    const list = await reporter.agent.get(`/api/units/${w.unit.id}/submissions`);
    expect(list.body[0].reviewStatus).toBe('returned');

    const v2 = await post(reporter, `/api/units/${w.unit.id}/years/2023/submissions`, {
      report: balancedReport('甲区教育局', 2023),
    });
    expect(v2.body).toMatchObject({ version: 2, errorCount: 0, reviewStatus: 'pending' });

    const stale = await post(sup, `/api/submissions/${v1.body.id}/accept`, { overrideReason: '旧版本' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('NOT_LATEST_VERSION');
    const accepted = await post(sup, `/api/submissions/${v2.body.id}/accept`);
    expect(accepted.status).toBe(200);

    const audit = await t.dataSource.query(
      `SELECT action FROM audit_log WHERE entity_type = 'submission' ORDER BY id`,
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'submission.submit',
      'submission.return',
      'submission.submit',
      'submission.accept',
    ]);
  });

  it('confirms or dismisses warnings, never errors', async () => {
    const reporter = await loginAs(t.http, w.reporter);
    const report = unbalanced('甲区教育局', 2023);
    // T2-VALID-GE-MADE (warning): fewer documents in force than issued this year.
    report.activeDisclosure.normativeDocuments = { issued: 3, repealed: 0, inForce: 1 };
    const sub = await post(reporter, `/api/units/${w.unit.id}/years/2023/submissions`, { report });
    const warning = sub.body.findings.find((f: { severity: string }) => f.severity === 'warning');
    const error = sub.body.findings.find((f: { severity: string }) => f.severity === 'error');
    expect(warning).toBeDefined();
    expect(error).toBeDefined();

    const sup = await loginAs(t.http, w.supervisor);
    const decided = await post(sup, `/api/submissions/${sub.body.id}/findings/decisions`, {
      decisions: [
        { checkId: warning.checkId, cells: warning.cells, decision: 'dismissed', note: '单位确认未收费' },
      ],
    });
    expect(decided.status).toBe(200);
    expect(decided.body.findings.find((f: { key: string }) => f.key === warning.key)).toMatchObject({
      decision: 'dismissed',
      decisionNote: '单位确认未收费',
    });
    // Stored: the submission read again (supervisor's review page, the unit's own view) carries it.
    for (const who of [sup, reporter]) {
      const seen = await who.agent.get(`/api/submissions/${sub.body.id}`);
      const finding = seen.body.findings.find((f: { key: string }) => f.key === warning.key);
      expect(finding).toMatchObject({ decision: 'dismissed', decisionNote: '单位确认未收费' });
      expect(typeof finding.decidedAt).toBe('string');
    }
    // A decision can be changed; the note goes with it.
    await post(sup, `/api/submissions/${sub.body.id}/findings/decisions`, {
      decisions: [{ checkId: warning.checkId, cells: warning.cells, decision: 'confirmed' }],
    });
    const changed = await sup.agent.get(`/api/submissions/${sub.body.id}`);
    expect(changed.body.findings.find((f: { key: string }) => f.key === warning.key)).toMatchObject({
      decision: 'confirmed',
      decisionNote: null,
    });

    const onError = await post(sup, `/api/submissions/${sub.body.id}/findings/decisions`, {
      decisions: [{ checkId: error.checkId, cells: error.cells, decision: 'dismissed' }],
    });
    expect(onError.status).toBe(422);
    expect(onError.body.code).toBe('FINDING_NOT_DECIDABLE');
    const unknown = await post(sup, `/api/submissions/${sub.body.id}/findings/decisions`, {
      decisions: [{ checkId: 'T9-NONE', cells: [], decision: 'confirmed' }],
    });
    expect(unknown.status).toBe(404);
    const badDecision = await post(sup, `/api/submissions/${sub.body.id}/findings/decisions`, {
      decisions: [{ checkId: warning.checkId, cells: warning.cells, decision: 'maybe' }],
    });
    expect(badDecision.status).toBe(400);
  });

  it('refuses reporters (403), supervisors outside the subtree (403), no session (401)', async () => {
    const reporter = await loginAs(t.http, w.reporter);
    const sub = await post(reporter, `/api/units/${w.unit.id}/years/2023/submissions`, {
      report: balancedReport('甲区教育局', 2023),
    });
    for (const action of ['accept', 'return', 'findings/decisions']) {
      const body =
        action === 'return'
          ? { comment: '退回' }
          : action === 'accept'
            ? {}
            : { decisions: [{ checkId: 'C-INT', cells: [], decision: 'confirmed' }] };
      const asReporter = await post(reporter, `/api/submissions/${sub.body.id}/${action}`, body);
      expect(asReporter.status).toBe(403);
      expect(asReporter.body.code).toBe('FORBIDDEN_ROLE');
      const foreign = await loginAs(t.http, w.foreignSupervisor);
      const asForeign = await post(foreign, `/api/submissions/${sub.body.id}/${action}`, body);
      expect(asForeign.status).toBe(403);
      expect(asForeign.body.code).toBe('FORBIDDEN_SCOPE');
      expect(
        (await request(t.http).post(`/api/submissions/${sub.body.id}/${action}`).send(body)).status,
      ).toBe(401);
    }
    const admin = await loginAs(t.http, w.admin);
    expect((await post(admin, `/api/submissions/${sub.body.id}/accept`)).status).toBe(200);
    expect((await post(admin, '/api/submissions/00000000-0000-4000-8000-000000000000/accept')).status).toBe(
      404,
    );
  });
});
