import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';

import {
  addYearPartition,
  partitionStatus,
  partitionUnitYearReport,
} from '../../src/database/partitioning/partitioning.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { createTestDatabase, TEST_DB_ENV } from '../support/test-database.mjs';
import { createPeriod, createUser, loginAs, type LoggedIn } from '../support/factories.js';
import { balancedReport, createWorld, type World } from '../support/submission-fixtures.js';

// The API on a database whose unit_year_report has been converted to a table partitioned by year: its
// own throwaway database (the run's shared one stays unpartitioned for the other specs), the app's own
// migrations, then the operator tool; submissions and dashboards through HTTP, unchanged SQL.

let db: { url: string; drop(): Promise<void> };
let t: TestApp;
let sql: pg.Client;
let w: World;
let reporter: LoggedIn;
let supervisor: LoggedIn;

async function where(unitId: string, year: number): Promise<string[]> {
  const r = await sql.query<{ part: string }>(
    'SELECT tableoid::regclass::text AS part FROM unit_year_report WHERE unit_id = $1 AND year = $2',
    [unitId, year],
  );
  return r.rows.map((x) => x.part);
}

/** Columns, constraints, indexes and triggers of unit_year_report, as the catalog describes them. */
async function shape(): Promise<Record<string, unknown>> {
  const q = async (text: string): Promise<unknown[]> => (await sql.query(text)).rows;
  return {
    columns: await q(`SELECT attname, format_type(atttypid, atttypmod) AS type, attnotnull,
        pg_get_expr(d.adbin, d.adrelid) AS def
      FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attrelid = 'unit_year_report'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`),
    constraints: await q(`SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conrelid = 'unit_year_report'::regclass ORDER BY conname`),
    // A partitioned table's index is defined "ON ONLY" the parent (each partition has its own).
    indexes:
      await q(`SELECT i.relname, replace(pg_get_indexdef(x.indexrelid), ' ON ONLY ', ' ON ') AS def FROM pg_index x
      JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = 'unit_year_report'::regclass ORDER BY 1`),
    triggers: await q(`SELECT tgname, pg_get_triggerdef(oid) AS def FROM pg_trigger
      WHERE tgrelid = 'unit_year_report'::regclass AND NOT tgisinternal ORDER BY 1`),
    acl: await q(`SELECT relacl::text AS acl, pg_get_userbyid(relowner) AS owner FROM pg_class
      WHERE oid = 'unit_year_report'::regclass`),
  };
}

function submit(s: LoggedIn, unitId: string, year: number, n: number) {
  return s.agent
    .post(`/api/units/${unitId}/years/${year}/submissions`)
    .set('x-csrf-token', s.csrf)
    .send({ report: balancedReport('甲区教育局', year, n) });
}

async function overview(year: number): Promise<{ submitted: number; requestsReceived: number }> {
  const res = await supervisor.agent.get(`/api/dashboard/overview?year=${year}`);
  expect(res.status).toBe(200);
  return res.body as { submitted: number; requestsReceived: number };
}

beforeAll(async () => {
  db = await createTestDatabase();
  const runDatabase = process.env[TEST_DB_ENV];
  process.env[TEST_DB_ENV] = db.url;
  try {
    t = await createTestApp(); // runs the migrations on this database
  } finally {
    if (runDatabase === undefined) delete process.env[TEST_DB_ENV];
    else process.env[TEST_DB_ENV] = runDatabase;
  }
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  w = await createWorld(t.dataSource); // periods 2022–2024
  reporter = await loginAs(t.http, w.reporter);
  supervisor = await loginAs(t.http, w.supervisor);
}, 60_000);

afterAll(async () => {
  await sql?.end();
  await t?.close();
  await db?.drop();
});

describe('unit_year_report partitioned by year', () => {
  let before: Record<string, unknown>;

  it('converts a table with rows: same columns, keys, indexes and grants; one partition per year + DEFAULT', async () => {
    expect((await submit(reporter, w.unit.id, 2023, 7)).status).toBe(201);
    await sql.query('GRANT SELECT ON unit_year_report TO PUBLIC');
    before = await shape();
    expect(await where(w.unit.id, 2023)).toEqual(['unit_year_report']);

    const r = await partitionUnitYearReport(sql);
    expect(r.converted).toBe(true);
    if (!r.converted) return;
    expect(r.rows).toBe(1);
    expect(r.years).toEqual([2022, 2023, 2024]);
    expect(r.status.partitions.map((p) => [p.name, p.year, p.rows])).toEqual([
      ['unit_year_report_y2022', 2022, 0],
      ['unit_year_report_y2023', 2023, 1],
      ['unit_year_report_y2024', 2024, 0],
      ['unit_year_report_default', null, 0],
    ]);
    const [{ relkind }] = (
      await sql.query<{ relkind: string }>(
        `SELECT relkind::text FROM pg_class WHERE oid = 'unit_year_report'::regclass`,
      )
    ).rows;
    expect(relkind).toBe('p');
    expect(await shape()).toEqual(before);
    expect(await where(w.unit.id, 2023)).toEqual(['unit_year_report_y2023']);
    // The copied row is the same row the dashboard read before.
    expect(await overview(2023)).toMatchObject({ submitted: 1, requestsReceived: 7 });
  });

  it('a second run says "already partitioned" and changes nothing', async () => {
    const status = await partitionStatus(sql);
    const r = await partitionUnitYearReport(sql);
    expect(r).toMatchObject({ converted: false, reason: 'already partitioned' });
    expect(r.status).toEqual(status);
    expect(await shape()).toEqual(before);
  });

  it('submit and resubmit (ON CONFLICT (unit_id, year) upsert) land in the year partition; dashboards read them', async () => {
    expect((await submit(reporter, w.unit.id, 2024, 5)).status).toBe(201);
    expect(await overview(2024)).toMatchObject({ submitted: 1, requestsReceived: 5 });
    expect((await submit(reporter, w.unit.id, 2024, 9)).status).toBe(201);
    expect(await where(w.unit.id, 2024)).toEqual(['unit_year_report_y2024']);
    const [row] = (
      await sql.query<{ latest_version: number; new_received_6: number }>(
        'SELECT latest_version, new_received_6 FROM unit_year_report WHERE unit_id = $1 AND year = 2024',
        [w.unit.id],
      )
    ).rows;
    expect(row).toEqual({ latest_version: 2, new_received_6: 9 });
    expect(await overview(2024)).toMatchObject({ submitted: 1, requestsReceived: 9 });
    const history = await supervisor.agent.get(`/api/dashboard/units/${w.unit.id}/history`);
    expect(history.status).toBe(200);
    expect(JSON.stringify(history.body)).toContain('2024');
  });

  it('a year without a partition goes to DEFAULT; adding its partition moves the rows and writes go on', async () => {
    await createPeriod(t.dataSource, { year: 2025, isOpen: true });
    expect((await submit(reporter, w.unit.id, 2025, 11)).status).toBe(201);
    expect(await where(w.unit.id, 2025)).toEqual(['unit_year_report_default']);
    expect(await overview(2025)).toMatchObject({ submitted: 1, requestsReceived: 11 });

    expect(await addYearPartition(sql, 2025)).toEqual({
      created: true,
      partition: 'unit_year_report_y2025',
      moved: 1,
    });
    expect(await where(w.unit.id, 2025)).toEqual(['unit_year_report_y2025']);
    const status = await partitionStatus(sql);
    expect(status.partitions.find((p) => p.year === null)).toMatchObject({ rows: 0 });
    expect(status.partitions.find((p) => p.year === 2025)).toMatchObject({ rows: 1 });
    // The new partition has the parent's indexes (ATTACH built them).
    const idx = await sql.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_index WHERE indrelid = 'unit_year_report_y2025'::regclass`,
    );
    expect(Number(idx.rows[0].n)).toBe(3);

    // A new version updates the moved row in its new partition.
    expect((await submit(reporter, w.unit.id, 2025, 13)).status).toBe(201);
    expect(await where(w.unit.id, 2025)).toEqual(['unit_year_report_y2025']);
    expect(await overview(2025)).toMatchObject({ submitted: 1, requestsReceived: 13 });

    expect(await addYearPartition(sql, 2025)).toEqual({
      created: false,
      partition: 'unit_year_report_y2025',
      moved: 0,
    });
    await expect(addYearPartition(sql, 20_250)).rejects.toThrow(/invalid year/);
  });

  it("opening a reporting period adds that year's partition", async () => {
    const admin = await loginAs(t.http, await createUser(t.dataSource, 'admin'));
    const res = await admin.agent
      .post('/api/periods')
      .set('x-csrf-token', admin.csrf)
      .send({ year: 2031, isOpen: true });
    expect(res.status).toBe(201);
    expect((await partitionStatus(sql)).partitions.map((p) => p.name)).toContain('unit_year_report_y2031');
  });

  it('a query at one year reads that year only (partition pruning)', async () => {
    const plan = (
      await sql.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT count(*) FROM unit_year_report r WHERE r.year = 2024 AND r.org_path LIKE '${w.district.path}%'`,
      )
    ).rows
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    expect(plan).toContain('unit_year_report_y2024');
    expect(plan).not.toMatch(/unit_year_report_(y2023|y2025|default)/);
  });
});
