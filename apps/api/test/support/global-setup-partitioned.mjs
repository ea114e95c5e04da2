// Global setup of `npm run test:int:partitioned -w @nianbao/api`: the run's throwaway database as usual,
// then the migrations and the conversion of unit_year_report into a table partitioned by year (the
// operator tool, apps/api/src/database/partitioning), so the integration specs run on the partitioned
// schema with the API's SQL unchanged. Plain ESM over the compiled app (the npm script builds it first).
// Partitions for 2020–2025; rows of other years land in the DEFAULT partition.
import pg from 'pg';

import globalSetup from './global-setup.mjs';
import { TEST_DB_ENV } from './test-database.mjs';

const dist = (p) => import(new URL(`../../dist/${p}`, import.meta.url).href);

export default async function globalSetupPartitioned() {
  await globalSetup();
  const url = process.env[TEST_DB_ENV];
  const { createDataSource } = await dist('database/data-source.js');
  const ds = createDataSource({ url, migrationsRun: false, poolSize: 2 });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
  const { partitionUnitYearReport } = await dist('database/partitioning/partitioning.js');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await partitionUnitYearReport(client, { years: [2020, 2021, 2022, 2023, 2024, 2025] });
    if (!r.converted) throw new Error('the fresh test database was already partitioned?');
    process.stdout.write(
      `\n[test] unit_year_report 已按年度分区 partitioned: ${r.status.partitions.map((p) => p.name).join(', ')}\n`,
    );
  } finally {
    await client.end();
  }
}
