import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import {
  adminQuery,
  API_DIR,
  call,
  createThrowawayDb,
  ensureBuilt,
  login,
  REPORTER_PASSWORD,
  seedUnits,
  startApi,
  stopAll,
  type ThrowawayDb,
} from './server-process.js';

// scripts/backup.sh → scripts/restore.sh into a fresh database → same rows and the same file bytes;
// scripts/export.mjs → a folder whose manifest and files match the database.
const REPO = path.resolve(API_DIR, '../..');
const GAJ = readFileSync(
  path.join(REPO, 'libs/report-parser/fixtures/real/fujian-pingtan-gaj-2024/input.txt'),
  'utf8',
);
const TABLES = [
  'org_node',
  'unit',
  'user_account',
  'reporting_period',
  'submission',
  'submission_finding',
  'stored_file',
  'unit_year_report',
  'audit_log',
];

let source: ThrowawayDb;
let target: ThrowawayDb;
let work: string;

beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(path.join(tmpdir(), 'nianbao-backup-'));
}, 120_000);
afterAll(async () => {
  stopAll();
  await source?.drop();
  await target?.drop();
  rmSync(work, { recursive: true, force: true });
});

async function snapshot(url: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const t of TABLES)
    out[t] = Number((await adminQuery<{ n: string }>(url, `SELECT COUNT(*) AS n FROM ${t}`))[0].n);
  out.files = await adminQuery(
    url,
    `SELECT id, sha256, encode(sha256(bytes), 'hex') AS actual FROM stored_file ORDER BY id`,
  );
  out.submissions = await adminQuery(
    url,
    'SELECT id, unit_id, year, version, report FROM submission ORDER BY id',
  );
  return out;
}

describe('backup and restore', () => {
  it('backs up with pg_dump, restores into a fresh database, and every row and file byte is the same', async () => {
    source = await createThrowawayDb('backup_src');
    const api = await startApi({ DATABASE_URL: source.url });
    try {
      const { units } = await seedUnits(api.base, 3, 2024);
      for (const u of units) {
        const c = await login(api.base, u.username, REPORTER_PASSWORD);
        for (let v = 0; v < 2; v++) {
          const form = new FormData();
          form.append(
            'file',
            new Blob([Buffer.from(GAJ.split('平潭综合实验区公安局').join(u.name) + '\n'.repeat(v))]),
            `${u.name}年报.txt`,
          );
          expect(
            (await call(api.base, c, 'POST', `/api/units/${u.id}/years/2024/submissions`, form)).status,
          ).toBe(201);
        }
      }
      // The dump is taken while the API runs (pg_dump is a consistent snapshot).
      const dump = path.join(work, 'nianbao.dump');
      execFileSync('bash', [path.join(REPO, 'scripts/backup.sh'), dump], {
        cwd: work,
        env: { ...process.env, DATABASE_URL: source.url },
      });

      target = await createThrowawayDb('backup_dst');
      execFileSync('bash', [path.join(REPO, 'scripts/restore.sh'), dump], {
        cwd: work,
        env: { ...process.env, DATABASE_URL: target.url },
      });

      const before = await snapshot(source.url);
      const after = await snapshot(target.url);
      expect(before.submission).toBe(6);
      expect(after).toEqual(before);
      for (const f of after.files as Array<{ sha256: string; actual: string }>)
        expect(f.actual).toBe(f.sha256);
    } finally {
      await api.kill('SIGTERM');
    }
    // The restored database serves as a live one: the API starts on it (migrations already applied).
    const restored = await startApi({ DATABASE_URL: target.url });
    await restored.kill('SIGTERM');
  }, 180_000);

  it('exports every submission and original file with a manifest whose hashes match', () => {
    const out = path.join(work, 'export');
    execFileSync(process.execPath, [path.join(REPO, 'scripts/export.mjs'), out], {
      cwd: REPO,
      env: { ...process.env, DATABASE_URL: target.url },
    });
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
      submissions: number;
      items: Array<{ id: string; file: { sha256: string; path: string } | null; record: string }>;
    };
    expect(manifest.submissions).toBe(6);
    for (const item of manifest.items) {
      expect(item.file).not.toBeNull();
      const bytes = readFileSync(path.join(out, item.file!.path));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(item.file!.sha256);
      const record = JSON.parse(readFileSync(path.join(out, item.record), 'utf8')) as {
        id: string;
        report: unknown;
      };
      expect(record.id).toBe(item.id);
      expect(record.report).toBeTruthy();
    }
  }, 60_000);
});
