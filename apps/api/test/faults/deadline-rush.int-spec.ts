import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { balancedReport } from '../support/submission-fixtures.js';
import {
  adminQuery,
  call,
  createThrowawayDb,
  ensureBuilt,
  login,
  p95,
  REPORTER_PASSWORD,
  seedUnits,
  startApi,
  stopAll,
  type ApiProcess,
  type ThrowawayDb,
} from './server-process.js';

// 31 January: every unit hands in within the hour. RUSH_UNITS units (CI: 100; the target is 400 within a
// minute) submit at once through the HTTP API of a real server process on a throwaway database; every
// tenth unit sends two versions at the same moment. Loopback only, bounded by RUSH_UNITS.
const N = Number(process.env.RUSH_UNITS ?? 100);
const YEAR = 2024;

let db: ThrowawayDb;
let api: ApiProcess;

beforeAll(async () => {
  ensureBuilt();
  db = await createThrowawayDb('rush');
  api = await startApi({ DATABASE_URL: db.url });
}, 120_000);

afterAll(async () => {
  stopAll();
  await api?.kill('SIGTERM');
  await db?.drop();
});

describe('deadline rush', () => {
  it(`${N} units submit at once: every acknowledged submission stored once, versions consecutive, no 5xx`, async () => {
    const { units } = await seedUnits(api.base, N, YEAR);
    const clients = await Promise.all(units.map((u) => login(api.base, u.username, REPORTER_PASSWORD)));

    const latencies: number[] = [];
    const acked: Array<{ unitId: string; id: string; version: number }> = [];
    const statuses: Record<number, number> = {};
    const started = Date.now();
    await Promise.all(
      units.flatMap((u, i) => {
        const times = i % 10 === 0 ? 2 : 1;
        return Array.from({ length: times }, async (_, k) => {
          const report = balancedReport(u.name, YEAR, 3 + k);
          const t0 = performance.now();
          const res = await call(
            api.base,
            clients[i],
            'POST',
            `/api/units/${u.id}/years/${YEAR}/submissions`,
            { report },
          );
          latencies.push(performance.now() - t0);
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          if (res.status === 201) {
            const b = res.body as { id: string; version: number };
            acked.push({ unitId: u.id, id: b.id, version: b.version });
          }
        });
      }),
    );
    const wallMs = Date.now() - started;
    const expected = units.length + Math.ceil(units.length / 10);
    process.stdout.write(
      `\n[rush] ${expected} submissions from ${N} units in ${wallMs} ms; p95 ${Math.round(p95(latencies))} ms, ` +
        `max ${Math.round(Math.max(...latencies))} ms; statuses ${JSON.stringify(statuses)}\n`,
    );

    expect(statuses).toEqual({ 201: expected });
    const rows = await adminQuery<{ id: string; unit_id: string; version: number }>(
      db.url,
      'SELECT id, unit_id, version FROM submission WHERE year = $1',
      [YEAR],
    );
    // Exactly once: as many rows as acknowledgements, and the same ids.
    expect(rows.length).toBe(acked.length);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(acked.map((a) => a.id)));
    // Versions 1..k per unit, no gap, no duplicate.
    const byUnit = new Map<string, number[]>();
    for (const r of rows) byUnit.set(r.unit_id, [...(byUnit.get(r.unit_id) ?? []), Number(r.version)]);
    for (const [unitId, versions] of byUnit) {
      const want = units.findIndex((u) => u.id === unitId) % 10 === 0 ? [1, 2] : [1];
      expect(versions.sort()).toEqual(want);
    }
    // The roll-up row of every unit points at its latest version.
    const uyr = await adminQuery<{ n: string }>(
      db.url,
      `SELECT COUNT(*) AS n FROM unit_year_report r
         JOIN submission s ON s.id = r.latest_submission_id AND s.version = r.latest_version
        WHERE r.year = $1`,
      [YEAR],
    );
    expect(Number(uyr[0].n)).toBe(N);
    // No deadlock was reported by the server.
    expect(api.output()).not.toMatch(/deadlock|INTERNAL_ERROR|"level":"error"/i);
  }, 240_000);
});
