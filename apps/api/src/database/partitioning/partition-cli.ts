// `npm run db:partition -w @nianbao/api [-- --status | --add-year <year>]`
//   (no option)        converts unit_year_report into a table partitioned by year (once; a second run says
//                      "already partitioned" and changes nothing): a partition per year of the data and of
//                      reporting_period, plus DEFAULT
//   --years <a>-<b>    with the conversion: partitions for these years too (e.g. the coming ones)
//   --add-year <year>  adds that year's partition, moving its rows out of the DEFAULT partition
//   --status           lists the partitions and their rows
// On DATABASE_URL, or, without it, on the embedded database in DATA_DIR (stop the app first: PGlite
// cannot be opened twice). Run the migrations first (the API does at start).
import pg from 'pg';

import { loadConfig } from '../../config/app-config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../embedded-postgres.js';
import {
  addYearPartition,
  partitionStatus,
  partitionUnitYearReport,
  type PartitionStatus,
} from './partitioning.js';

function printStatus(s: PartitionStatus): void {
  if (!s.exists) console.log(`${s.table}: 表不存在 (table does not exist)`);
  else if (!s.partitioned) console.log(`${s.table}: 未分区 (not partitioned)`);
  else {
    console.log(`${s.table}: 按年度分区 (partitioned by year, LIST), ${s.partitions.length} partitions`);
    for (const p of s.partitions)
      console.log(`  ${p.name.padEnd(32)} ${p.year === null ? 'DEFAULT' : String(p.year)}  ${p.rows} rows`);
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const addIdx = args.indexOf('--add-year');
  const yearsIdx = args.indexOf('--years');
  const known = new Set(['--status', '--add-year', '--years']);
  const unknown = args.filter(
    (a, i) => !known.has(a) && !(addIdx >= 0 && i === addIdx + 1) && !(yearsIdx >= 0 && i === yearsIdx + 1),
  );
  const range = yearsIdx >= 0 ? /^(\d{4})(?:-(\d{4}))?$/.exec(args[yearsIdx + 1] ?? '') : null;
  if (unknown.length || (addIdx >= 0 && !args[addIdx + 1]) || (yearsIdx >= 0 && !range)) {
    console.error(
      '用法 usage: npm run db:partition -w @nianbao/api [-- --status | --add-year <year> | --years <from>-<to>]',
    );
    return 2;
  }
  const extraYears: number[] = [];
  if (range) for (let y = Number(range[1]); y <= Number(range[2] ?? range[1]); y++) extraYears.push(y);
  const config = loadConfig();
  let embedded: EmbeddedPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres(config.dataDir);
    url = embedded.url;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (args.includes('--status')) {
      printStatus(await partitionStatus(client));
    } else if (addIdx >= 0) {
      const year = Number(args[addIdx + 1]);
      const r = await addYearPartition(client, year);
      console.log(
        r.created
          ? `已新增分区 added partition ${r.partition} for ${year}; ${r.moved} row(s) moved from DEFAULT`
          : `分区已存在 partition of ${year} exists already (${r.partition}): nothing done`,
      );
    } else {
      const r = await partitionUnitYearReport(client, { years: extraYears });
      if (!r.converted) console.log('已分区 already partitioned: nothing done');
      else
        console.log(
          `已转换 converted: ${r.rows} rows into ${r.years.length} year partition(s) (${r.years.join(', ') || 'none'}) + DEFAULT, ${r.statements.length} statements in one transaction`,
        );
      printStatus(r.status);
    }
    return 0;
  } finally {
    await client.end();
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`分区失败 partitioning failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
