import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { SeedService } from '../../src/database/seed/seed.service.js';
import { DEMO_UNITS } from '../../src/database/seed/demo-units.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { loginAs } from '../support/factories.js';
import { resetDb } from '../support/reset-db.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await resetDb(t.dataSource);
});
afterAll(async () => {
  await t.close();
});

const count = async (sql: string): Promise<number> => Number((await t.dataSource.query(sql))[0].n);

describe('demo district seed', () => {
  it('creates 示例区 with ~40 units, four years of submissions and the real sample, all flagged demo', async () => {
    const seed = t.app.get(SeedService);
    const result = await seed.seed();
    expect(result.seeded).toBe(true);
    expect(result.units).toBe(DEMO_UNITS.length);
    expect(await count(`SELECT COUNT(*) AS n FROM unit WHERE is_demo`)).toBeGreaterThanOrEqual(38);
    expect(await count(`SELECT COUNT(*) AS n FROM org_node WHERE is_demo AND name = '示例区'`)).toBe(1);

    const perYear: Array<{ year: number; n: string }> = await t.dataSource.query(
      'SELECT year, COUNT(*) AS n FROM unit_year_report GROUP BY year ORDER BY year',
    );
    expect(perYear.map((r) => r.year)).toEqual([2022, 2023, 2024, 2025]);
    for (const r of perYear) expect(Number(r.n)).toBeLessThan(DEMO_UNITS.length);
    expect(Number(perYear[3].n)).toBeLessThan(Number(perYear[2].n));

    expect(await count(`SELECT COUNT(*) AS n FROM submission WHERE NOT is_demo`)).toBe(0);
    expect(await count(`SELECT COUNT(*) AS n FROM submission WHERE is_late`)).toBeGreaterThan(5);
    expect(
      await count(`SELECT COUNT(*) AS n FROM submission WHERE review_status = 'returned'`),
    ).toBeGreaterThan(2);
    expect(await count(`SELECT COUNT(*) AS n FROM submission WHERE version = 2`)).toBeGreaterThan(2);
    expect(
      await count(`SELECT COUNT(*) AS n FROM unit_year_report WHERE status = 'accepted'`),
    ).toBeGreaterThan(60);
    expect(
      await count(`SELECT COUNT(*) AS n FROM submission_finding WHERE check_id IN ('T3-BAL', 'T3-COL')`),
    ).toBeGreaterThan(2);
    expect(
      await count(`SELECT COUNT(*) AS n FROM submission_finding WHERE check_id = 'TX-DUP'`),
    ).toBeGreaterThan(0);

    const [sample] = await t.dataSource.query(
      `SELECT s.source_format, s.report -> 'other' -> 'proposals' -> 'cppcc' ->> 'total' AS cppcc, f.sha256 IS NOT NULL AS has_file
         FROM submission s JOIN unit u ON u.id = s.unit_id LEFT JOIN stored_file f ON f.id = s.file_id
        WHERE u.name = '硚口区企业服务中心' AND s.year = 2023`,
    );
    expect(sample).toEqual({ source_format: 'docx', cppcc: '13', has_file: true });

    // The demo accounts work, each in its role.
    for (const [username, password] of [
      ['demo-admin', 'Admin12345!'],
      ['demo-supervisor', 'Super12345!'],
      ['demo-reporter', 'Report12345!'],
    ]) {
      const account = await t.dataSource.query(
        'SELECT id FROM user_account WHERE username = $1 AND is_demo',
        [username],
      );
      expect(account).toHaveLength(1);
      await loginAs(t.http, { account: { username } as never, password });
    }
  }, 180_000);

  it('adds nothing when run again', async () => {
    const before = await count('SELECT COUNT(*) AS n FROM submission');
    const units = await count('SELECT COUNT(*) AS n FROM unit');
    const again = await t.app.get(SeedService).seed();
    expect(again.seeded).toBe(false);
    expect(await count('SELECT COUNT(*) AS n FROM submission')).toBe(before);
    expect(await count('SELECT COUNT(*) AS n FROM unit')).toBe(units);
  }, 30_000);
});
