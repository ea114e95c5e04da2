#!/usr/bin/env node
// Full export of every submission and its original file, for handing over or archiving (docs/backup.md).
//   DATABASE_URL=postgres://… node scripts/export.mjs <out-dir>
// Writes <out-dir>/manifest.json (one entry per submission: unit, year, version, review state, file name,
// size and sha256), <out-dir>/submissions/<id>.json (the report as stored, with findings) and
// <out-dir>/files/<sha256>/<original file name> (bytes as uploaded). Read-only: one REPEATABLE READ
// snapshot, so an export taken while units hand in is consistent.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import pg from 'pg';

const out = process.argv[2];
const url = process.env.DATABASE_URL;
if (!out || !url) {
  console.error('usage: DATABASE_URL=postgres://… node scripts/export.mjs <out-dir>');
  process.exit(2);
}
if (existsSync(out) && readdirSync(out).length) {
  console.error(`export: ${out} is not empty`);
  process.exit(1);
}
mkdirSync(path.join(out, 'submissions'), { recursive: true });
mkdirSync(path.join(out, 'files'), { recursive: true });

const safeName = (n) => (n || 'report').replace(/[\\/\u0000-\u001f:*?"<>|]/g, '_').slice(0, 200);

const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  const { rows: subs } = await client.query(
    `SELECT s.*, u.code AS unit_code, u.name AS unit_name
       FROM submission s JOIN unit u ON u.id = s.unit_id
      ORDER BY u.code, s.year, s.version`,
  );
  const manifest = [];
  for (const s of subs) {
    const { rows: findings } = await client.query(
      'SELECT check_id, severity, cells, expected, actual, message, explanation, decision, decision_note FROM submission_finding WHERE submission_id = $1 ORDER BY position',
      [s.id],
    );
    let file = null;
    if (s.file_id) {
      const { rows } = await client.query(
        'SELECT id, file_name, content_type, size_bytes, sha256, bytes FROM stored_file WHERE id = $1',
        [s.file_id],
      );
      const f = rows[0];
      const actual = createHash('sha256').update(f.bytes).digest('hex');
      if (actual !== f.sha256)
        throw new Error(`stored file ${f.id}: sha256 mismatch (${actual} ≠ ${f.sha256})`);
      const rel = path.join('files', f.sha256, safeName(f.file_name));
      mkdirSync(path.join(out, 'files', f.sha256), { recursive: true });
      writeFileSync(path.join(out, rel), f.bytes);
      file = {
        id: f.id,
        fileName: f.file_name,
        contentType: f.content_type,
        sizeBytes: Number(f.size_bytes),
        sha256: f.sha256,
        path: rel,
      };
    }
    const { bytes: _omit, ...row } = s;
    writeFileSync(
      path.join(out, 'submissions', `${s.id}.json`),
      JSON.stringify({ ...row, findings }, null, 2),
    );
    manifest.push({
      id: s.id,
      unitCode: s.unit_code,
      unitName: s.unit_name,
      year: s.year,
      version: s.version,
      submittedAt: s.submitted_at,
      reviewStatus: s.review_status,
      sourceFormat: s.source_format,
      file,
      record: path.join('submissions', `${s.id}.json`),
    });
  }
  await client.query('COMMIT');
  writeFileSync(
    path.join(out, 'manifest.json'),
    JSON.stringify(
      {
        exportedAt: new Date().toISOString(),
        submissions: manifest.length,
        files: manifest.filter((m) => m.file).length,
        items: manifest,
      },
      null,
      2,
    ),
  );
  console.log(`exported ${manifest.length} submissions to ${out}`);
} finally {
  await client.end();
}
