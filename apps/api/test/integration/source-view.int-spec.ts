import { readFileSync } from 'node:fs';
import path from 'node:path';

import { beforeEach, describe, expect, it } from '@jest/globals';
import type { PreviewDto, SourceViewDto, SubmissionSourceResponse } from '@nianbao/contracts';
import request from 'supertest';

import type { TestApp } from '../support/create-test-app.js';
import { loginAs, type LoggedIn } from '../support/factories.js';
import { balancedReport, sampleDocx, SAMPLE_DIR, type World } from '../support/submission-fixtures.js';
import { useWorld } from '../support/use-world.js';

// The source view: the original document as read, beside the parsed figures (preview and stored versions).

// t: the API of this file; w: the standard world, created afresh before every test.
const ctx = useWorld();
let t: TestApp;
let w: World;
beforeEach(() => {
  ({ t, w } = ctx);
});

const texts = (view: SourceViewDto): string[] =>
  view.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.rows.flat().map((c) => c.text)));

function upload(s: LoggedIn, route: 'preview' | 'submissions', bytes: Buffer, name: string) {
  return s.agent
    .post(`/api/units/${w.sampleUnit.id}/years/2023/${route}`)
    .set('x-csrf-token', s.csrf)
    .attach('file', bytes, { filename: name, contentType: 'application/octet-stream' });
}

describe('preview', () => {
  it('returns the uploaded docx as paragraphs and tables with merged cells as spans', async () => {
    const s = await loginAs(t.http, w.supervisor);
    const res = await upload(s, 'preview', sampleDocx(), '年度报告.docx');
    expect(res.status).toBe(200);
    const body = res.body as PreviewDto;
    expect(body.source?.format).toBe('docx');
    expect(body.source?.truncated).toBe(false);
    const all = texts(body.source!);
    expect(all.some((x) => x.includes('硚口区企业服务中心'))).toBe(true);
    const cells = body.source!.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat() : []));
    expect(cells.some((c) => c.text.includes('本年新收'))).toBe(true);
    expect(cells.some((c) => (c.rowSpan ?? 1) > 1)).toBe(true);
  });

  it('keeps the page numbers of a PDF', async () => {
    const s = await loginAs(t.http, w.supervisor);
    const pdf = readFileSync(path.join(SAMPLE_DIR, 'input.pdf'));
    const res = await upload(s, 'preview', pdf, '年度报告.pdf');
    expect(res.status).toBe(200);
    const pages = new Set((res.body as PreviewDto).source?.blocks.map((b) => b.page));
    expect(pages.has(1)).toBe(true);
    expect(pages.has(2)).toBe(true);
  });

  it('has no source for the web form', async () => {
    const s = await loginAs(t.http, w.reporter);
    const res = await s.agent
      .post(`/api/units/${w.unit.id}/years/2023/preview`)
      .set('x-csrf-token', s.csrf)
      .send({ report: balancedReport(w.unit.name, 2023) });
    expect(res.status).toBe(200);
    expect((res.body as PreviewDto).source).toBeNull();
  });
});

describe('GET /api/submissions/:id/source', () => {
  it('reads the stored file again for whoever may download it, and refuses exactly like the file route', async () => {
    const supervisor = await loginAs(t.http, w.supervisor);
    const stored = await upload(supervisor, 'submissions', sampleDocx(), '硚口区年报.docx');
    expect(stored.status).toBe(201);
    const id = (stored.body as { id: string }).id;

    const res = await supervisor.agent.get(`/api/submissions/${id}/source`);
    expect(res.status).toBe(200);
    const body = res.body as SubmissionSourceResponse;
    expect(body).toMatchObject({ submissionId: id, fileName: '硚口区年报.docx' });
    expect(texts(body.source).some((x) => x.includes('硚口区企业服务中心'))).toBe(true);
    expect(body.source.blocks.some((b) => b.kind === 'table')).toBe(true);
    const admin = await loginAs(t.http, w.admin);
    expect((await admin.agent.get(`/api/submissions/${id}/source`)).status).toBe(200);

    // Another unit's reporter and a supervisor of another district: the same answer as for the file.
    for (const user of [w.reporter, w.otherReporter, w.foreignSupervisor]) {
      const s = await loginAs(t.http, user);
      const file = await s.agent.get(`/api/submissions/${id}/file`);
      const source = await s.agent.get(`/api/submissions/${id}/source`);
      expect([403, 404]).toContain(source.status);
      expect(source.status).toBe(file.status);
      expect(source.body.code).toBe(file.body.code);
      expect(JSON.stringify(source.body)).not.toContain('硚口');
    }
    expect((await request(t.http).get(`/api/submissions/${id}/source`)).status).toBe(401);
    const missing = await admin.agent.get('/api/submissions/00000000-0000-4000-8000-000000000000/source');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('SUBMISSION_NOT_FOUND');
    expect((await admin.agent.get('/api/submissions/not-a-uuid/source')).status).toBe(404);
  });

  it('answers 404 with a Chinese reason for a web-form hand-in (no original file)', async () => {
    const reporter = await loginAs(t.http, w.reporter);
    const created = await reporter.agent
      .post(`/api/units/${w.unit.id}/years/2023/submissions`)
      .set('x-csrf-token', reporter.csrf)
      .send({ report: balancedReport(w.unit.name, 2023) });
    expect(created.status).toBe(201);
    const res = await reporter.agent.get(`/api/submissions/${created.body.id}/source`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('SUBMISSION_NOT_FOUND');
    expect(res.body.message).toMatch(/表单填报.*没有原始文件/);
  });
});
