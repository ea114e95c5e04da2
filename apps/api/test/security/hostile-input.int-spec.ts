import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';

import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { createUnit, createUser, loginAs, type LoggedIn } from '../support/factories.js';
import { resetDb } from '../support/reset-db.js';
import {
  balancedReport,
  countRows,
  createWorld,
  sampleDocx,
  type World,
} from '../support/submission-fixtures.js';
import {
  docxBillionLaughs,
  docxLyingSizeBomb,
  fixture,
  GAJ_UNIT,
  gaj2024Text,
  htmlReportWithScripts,
  pdfWithJavaScript,
  xlsxZipBomb,
} from './hostile-files.js';

// Hostile and odd input through the HTTP API. Every case has one defined outcome: a 4xx with a Chinese
// message and nothing stored, or a documented successful read. Never a 500.
const STORED = [
  'submission',
  'submission_finding',
  'stored_file',
  'unit_year_report',
  "audit_log WHERE action LIKE 'submission%'",
];

let t: TestApp;
let w: World;
let gajUnitId: string;
let sample: LoggedIn; // reporter of 甲区企业服务中心 (the sample docx)
let gaj: LoggedIn; // reporter of 平潭综合实验区公安局 (the real 2024 text report)
let wrongUnit: LoggedIn; // reporter of 甲区教育局

// One world for the whole file (logins hash passwords: slow); refusals compare row counts before/after.
beforeAll(async () => {
  t = await createTestApp({ MAX_UPLOAD_MB: '2' });
  await resetDb(t.dataSource);
  w = await createWorld(t.dataSource);
  const gajUnit = await createUnit(t.dataSource, { orgNode: w.district, name: GAJ_UNIT });
  gajUnitId = gajUnit.id;
  [sample, gaj, wrongUnit] = await Promise.all([
    createUser(t.dataSource, 'reporter', { unit: w.sampleUnit }).then((u) => loginAs(t.http, u)),
    createUser(t.dataSource, 'reporter', { unit: gajUnit }).then((u) => loginAs(t.http, u)),
    loginAs(t.http, w.reporter),
  ]);
});
afterAll(async () => {
  await t.close();
});

function upload(s: LoggedIn, unitId: string, year: number, bytes: Buffer, name: string) {
  return s.agent
    .post(`/api/units/${unitId}/years/${year}/submissions`)
    .set('x-csrf-token', s.csrf)
    .attach('file', bytes, { filename: name, contentType: 'application/octet-stream' });
}

async function expectRefused(
  send: () => Promise<{ status: number; body: unknown }>,
  status: number,
  code: string,
): Promise<void> {
  const before = await countRows(t.dataSource, ...STORED);
  const res = await send();
  expect({ status: res.status, code: (res.body as { code?: string }).code }).toEqual({ status, code });
  expect((res.body as { message: string }).message).toMatch(/[\u4e00-\u9fff]/);
  expect(await countRows(t.dataSource, ...STORED)).toEqual(before);
}

describe('hostile files are refused with a Chinese 4xx and nothing stored', () => {
  it.each([
    [
      'zip bomb .docx (fixture)',
      () => fixture('rejected/zip-bomb-docx/input.docx'),
      '年报.docx',
      422,
      'ARCHIVE_TOO_LARGE',
    ],
    ['zip bomb .xlsx (110 MB sheet)', () => xlsxZipBomb(110), '年报.xlsx', 422, 'ARCHIVE_TOO_LARGE'],
    [
      '.docx whose headers lie about the inflated size',
      () => docxLyingSizeBomb(60),
      '年报.docx',
      422,
      'CORRUPT_FILE',
    ],
    [
      'XXE .docx (external entity)',
      () => fixture('rejected/xxe-docx/input.docx'),
      '年报.docx',
      422,
      'NOT_A_REPORT',
    ],
    [
      'truncated .docx',
      () => fixture('rejected/truncated-docx/input.docx'),
      '年报.docx',
      422,
      'CORRUPT_FILE',
    ],
    ['truncated .pdf', () => fixture('pdf/corrupt-truncated.pdf'), '年报.pdf', 422, 'CORRUPT_FILE'],
    [
      'random bytes as .docx',
      () => fixture('rejected/random-bytes/input.docx'),
      '年报.docx',
      422,
      'CORRUPT_FILE',
    ],
    ['PDF with /OpenAction JavaScript', () => pdfWithJavaScript(), '年报.pdf', 422, 'NOT_A_REPORT'],
    ['a .docx named .pdf (extension lies)', () => sampleDocx(), '年报.pdf', 415, 'EXTENSION_MISMATCH'],
    ['a PDF named .docx (extension lies)', () => pdfWithJavaScript(), '年报.docx', 415, 'EXTENSION_MISMATCH'],
    [
      'a Windows executable named .docx',
      () => Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(4096, 1)]),
      '年报.docx',
      422,
      'CORRUPT_FILE',
    ],
    ['an executable', () => Buffer.from('MZ\x90\x00'), 'setup.exe', 415, 'UNSUPPORTED_FORMAT'],
    [
      'over the upload limit (2 MB here)',
      () => Buffer.alloc(2 * 1024 * 1024 + 10, 0x41),
      '年报.txt',
      413,
      'FILE_TOO_LARGE',
    ],
    ['empty file', () => Buffer.alloc(0), '年报.docx', 400, 'EMPTY_FILE'],
  ] as const)(
    '%s',
    async (_name, bytes, fileName, status, code) => {
      await expectRefused(() => upload(sample, w.sampleUnit.id, 2023, bytes(), fileName), status, code);
    },
    20_000,
  );

  it('answers the preview route the same way', async () => {
    await expectRefused(
      () =>
        sample.agent
          .post(`/api/units/${w.sampleUnit.id}/years/2023/preview`)
          .set('x-csrf-token', sample.csrf)
          .attach('file', docxLyingSizeBomb(60), {
            filename: 'x.docx',
            contentType: 'application/octet-stream',
          }),
      422,
      'CORRUPT_FILE',
    );
  });

  it('a report for another year or another unit is refused', async () => {
    const bytes = Buffer.from(gaj2024Text(), 'utf8');
    await expectRefused(() => upload(gaj, gajUnitId, 2023, bytes, '年报.txt'), 422, 'YEAR_MISMATCH');
    await expectRefused(() => upload(wrongUnit, w.unit.id, 2024, bytes, '年报.txt'), 422, 'UNIT_MISMATCH');
  });

  it('a billion-laughs DTD is never expanded: the sample reads as usual and the entity stays text', async () => {
    const started = Date.now();
    const res = await upload(sample, w.sampleUnit.id, 2023, docxBillionLaughs(sampleDocx()), '年报.docx');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(res.status).toBe(201);
    expect(JSON.stringify(res.body)).not.toContain('lollollol');
  });
});

describe('HTML with scripts', () => {
  it('is read as a report, scripts dropped, and served back only as a sandboxed download', async () => {
    const html = htmlReportWithScripts(gaj2024Text());
    const res = await upload(gaj, gajUnitId, 2024, html, '年报.html');
    expect(res.status).toBe(201);
    const body = res.body as { id: string; report: { activeDisclosure: { licensing: number } } };
    expect(body.report.activeDisclosure.licensing).toBe(52);
    expect(JSON.stringify(body.report)).not.toMatch(/alert\(|evil\.example|onerror|javascript:/);
    const file = await gaj.agent.get(`/api/submissions/${body.id}/file`).buffer(true);
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expect(file.headers['content-type']).toBe('application/octet-stream');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-security-policy']).toMatch(/sandbox/);
    // Stored byte for byte (the original is evidence), never rewritten.
    expect(Buffer.compare(file.body as Buffer, html)).toBe(0);
  });
});

describe('text encodings', () => {
  const text = gaj2024Text();
  it.each([
    ['GBK', () => iconv.encode(text, 'gbk')],
    ['GB18030', () => iconv.encode(text, 'gb18030')],
    ['UTF-16LE with BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    [
      'UTF-16BE with BOM',
      () => Buffer.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]).swap16()),
    ],
    ['UTF-8 with BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
  ] as const)('%s parses to the same figures', async (_name, bytes) => {
    const res = await upload(gaj, gajUnitId, 2024, bytes(), '年报.txt');
    expect(res.status).toBe(201);
    const r = (
      res.body as { report: { unitName: string; year: number; activeDisclosure: Record<string, unknown> } }
    ).report;
    expect({
      unitName: r.unitName,
      year: r.year,
      licensing: r.activeDisclosure.licensing,
      penalties: r.activeDisclosure.penalties,
    }).toEqual({
      unitName: GAJ_UNIT,
      year: 2024,
      licensing: 52,
      penalties: 19,
    });
  });
});

describe('odd numbers in a text report', () => {
  // Table 2 of the real report prints 行政许可52 行政处罚19 行政强制7; each case rewrites one figure.
  it.each([
    ['full-width digits', '行政许可52', '行政许可１２', 'licensing', 12],
    ['thousands separator', '行政处罚19', '行政处罚1,234', 'penalties', 1234],
    // In a flattened text dump a dash, a sign or an exponent cannot be told from the row label: the figure
    // stays unread (null) with a parse issue on it — never a negative or a made-up number.
    ['a dash', '行政强制7', '行政强制—', 'coercion', null],
    ['a negative number', '行政强制7', '行政强制-3', 'coercion', null],
    ['scientific notation', '行政强制7', '行政强制1e9', 'coercion', null],
  ] as const)('%s: %s → %s', async (_name, from, to, key, expected) => {
    const res = await upload(
      gaj,
      gajUnitId,
      2024,
      Buffer.from(gaj2024Text().replace(from, to), 'utf8'),
      '年报.txt',
    );
    expect(res.status).toBe(201);
    const b = res.body as {
      report: { activeDisclosure: Record<string, unknown> };
      parseIssues: Array<{ path?: string }>;
    };
    expect(b.report.activeDisclosure[key]).toBe(expected);
    if (expected === null) expect(b.parseIssues.some((i) => i.path === `activeDisclosure.${key}`)).toBe(true);
  });
});

describe('an implausibly large figure in a file', () => {
  it('行政许可12345678901 → 422 FIGURE_OUT_OF_RANGE naming the cell, nothing stored', async () => {
    const bytes = Buffer.from(gaj2024Text().replace('行政许可52', '行政许可12345678901'), 'utf8');
    await expectRefused(() => upload(gaj, gajUnitId, 2024, bytes, '年报.txt'), 422, 'FIGURE_OUT_OF_RANGE');
  });
});

describe('odd numbers in a web-form (JSON) submission', () => {
  // The form sends JSON numbers; anything else is refused as a whole (422 INVALID_REPORT) and nothing is stored.
  it.each([
    ['-3', -3],
    ['"１２"', '１２'],
    ['"1,234"', '1,234'],
    ['"—"', '—'],
    ['1.5', 1.5],
    ['1e300', 1e300],
  ] as const)('%s → 422 INVALID_REPORT, nothing stored', async (_name, value) => {
    const report = balancedReport(w.unit.name, 2023) as unknown as {
      activeDisclosure: Record<string, unknown>;
    };
    report.activeDisclosure.licensing = value;
    const s = wrongUnit; // the reporter of 甲区教育局 (w.unit)
    await expectRefused(
      () =>
        s.agent
          .post(`/api/units/${w.unit.id}/years/2023/submissions`)
          .set('x-csrf-token', s.csrf)
          .send({ report }),
      422,
      'INVALID_REPORT',
    );
  });

  // Over 1亿 no figure is plausible; above 2^31 the integer columns of unit_year_report once failed with 500.
  it.each([
    ['1e9', { licensing: 1e9 }, undefined],
    ['1e10', { licensing: 1e10 }, undefined],
    ['a correction of 1e10', {}, { 'activeDisclosure.licensing': 1e10 }],
  ] as const)('%s → 422 FIGURE_OUT_OF_RANGE, nothing stored', async (_name, figures, corrections) => {
    const report = balancedReport(w.unit.name, 2023);
    Object.assign(report.activeDisclosure, figures);
    await expectRefused(
      () =>
        wrongUnit.agent
          .post(`/api/units/${w.unit.id}/years/2023/submissions`)
          .set('x-csrf-token', wrongUnit.csrf)
          .send({ report, corrections }),
      422,
      'FIGURE_OUT_OF_RANGE',
    );
  });

  it('a figure of exactly 1亿 is stored', async () => {
    const report = balancedReport(w.unit.name, 2023);
    report.activeDisclosure.licensing = 100_000_000;
    const res = await wrongUnit.agent
      .post(`/api/units/${w.unit.id}/years/2023/submissions`)
      .set('x-csrf-token', wrongUnit.csrf)
      .send({ report });
    expect(res.status).toBe(201);
  });

  it('markup in text fields is stored as text, unchanged', async () => {
    const report = balancedReport(w.unit.name, 2023);
    report.narrative.overview = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const res = await wrongUnit.agent
      .post(`/api/units/${w.unit.id}/years/2023/submissions`)
      .set('x-csrf-token', wrongUnit.csrf)
      .send({ report, notes: '<b>备注</b>' });
    expect(res.status).toBe(201);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const b = res.body as { report: { narrative: { overview: string } }; notes: string };
    expect(b.report.narrative.overview).toBe('<script>alert(1)</script><img src=x onerror=alert(2)>');
    expect(b.notes).toBe('<b>备注</b>');
  });
});
