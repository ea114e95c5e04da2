#!/usr/bin/env node
// `npm run bench [-- --profile small|province|province-20] [--partitioned] [--path service|bulk] [--keep-db]`: synthetic data
// through the API's own storage code in a throwaway database nianbao_bench_<ts>, the built API started as
// in production, then dashboard endpoints (API vs the same SQL with plain pg), HTTP .docx submissions, the
// parser, the dashboard in headless chromium and the API's peak RSS. Prints figure / target / measured /
// pass and writes bench/results/latest.json (and <profile>.json). Never exits non-zero for a missed target.
// --partitioned: after the API's migrations and before generation, unit_year_report is converted into a
// table partitioned by year (apps/api/src/database/partitioning, one partition per profile year + DEFAULT);
// results are labelled "partitioned schema" and written to <profile>-partitioned.json (and latest.json).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import pg from 'pg';

import { generate, openContext, recordSql } from './lib/generate.mjs';
import { cpuReference, machineNote } from './lib/machine.mjs';
import { docxFor, firstChart, loadGet, loadSql, loadUploads, login, rssSampler } from './lib/measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const profileName = arg('profile', 'small');
const partitioned = args.includes('--partitioned');
const schemaLabel = partitioned ? 'partitioned schema' : 'unpartitioned schema';
const yearsTo = (from, to) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

const PROFILES = {
  // One district (CI): ~80 units × 4 years through SubmissionsService.submit.
  small: {
    cities: 1,
    districtsPerCity: 1,
    unitsPerDistrict: 80,
    years: yearsTo(2022, 2025),
    bigDistrictUnits: 500,
    path: 'service',
    seconds: 3,
    coldSeconds: 2,
    uploadSeconds: 10,
    uploadMax: 200,
  },
  // The issue's province: 100 districts × 80 units × 10 years = 80,000 submissions through
  // SubmissionsService.submit (`--path bulk`: the faster bulk insert + refresh).
  province: {
    cities: 10,
    districtsPerCity: 10,
    unitsPerDistrict: 80,
    years: yearsTo(2016, 2025),
    bigDistrictUnits: 500,
    path: 'service',
    seconds: 8,
    uploadSeconds: 20,
    uploadMax: 400,
  },
  // A reduced province (20 districts) when the full one cannot finish in time.
  'province-20': {
    cities: 4,
    districtsPerCity: 5,
    unitsPerDistrict: 80,
    years: yearsTo(2016, 2025),
    bigDistrictUnits: 500,
    path: 'service',
    seconds: 8,
    uploadSeconds: 20,
    uploadMax: 400,
  },
};
const pathArg = arg('path', null);
if (pathArg !== null && pathArg !== 'service' && pathArg !== 'bulk') {
  console.error(`unknown path ${pathArg} (service, bulk)`);
  process.exit(2);
}
// --path service: every regular report through SubmissionsService.submit (slower to generate, but the
// tables hold what the API writes: findings with the district's TX-DUP comparisons, audit rows).
const spec = PROFILES[profileName] && { ...PROFILES[profileName], ...(pathArg ? { path: pathArg } : {}) };
if (!spec) {
  console.error(`unknown profile ${profileName} (${Object.keys(PROFILES).join(', ')})`);
  process.exit(2);
}
const adminUrl = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `nianbao_bench_${Date.now()}`;
const dbUrl = adminUrl.replace(/\/[^/]*$/, `/${dbName}`);
const t0 = Date.now();
const log = (msg) => console.log(`[bench ${Math.round((Date.now() - t0) / 1000)}s] ${msg}`);
const rows = [];
const add = (figure, target, measured, unit, pass, note) =>
  rows.push({ figure, target, measured, unit, pass, ...(note ? { note } : {}) });

async function adminQuery(sql) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function startApi(port, extraEnv = {}) {
  const child = spawn(process.execPath, ['apps/api/dist/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      ...extraEnv,
      NODE_ENV: 'production',
      DATABASE_URL: dbUrl,
      SEED_DEMO: 'false',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      COOKIE_SECURE: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c) => (out = (out + c).slice(-4000)));
  child.stderr.on('data', (c) => (out = (out + c).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`API exited: ${out}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.status < 500) return { child, base, output: () => out };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`API did not start: ${out}`);
}

function printTable() {
  const w = [58, 14, 16];
  console.log(`\nprofile ${profileName}, ${schemaLabel}`);
  console.log(`\n${'figure'.padEnd(w[0])} ${'target'.padEnd(w[1])} ${'measured'.padEnd(w[2])} pass`);
  for (const r of rows)
    console.log(
      `${r.figure.padEnd(w[0])} ${r.target.padEnd(w[1])} ${`${r.measured ?? '—'} ${r.unit}`.padEnd(w[2])} ${r.pass === null ? 'n/a' : r.pass ? 'yes' : 'NO'}${r.note ? `  (${r.note})` : ''}`,
    );
}

let api;
let cold;
let created = false;
try {
  if (!existsSync(path.join(root, 'apps/api/dist/main.js')))
    throw new Error('apps/api/dist is missing: run `npm run build` first');
  log(`profile ${profileName}, ${schemaLabel}: database ${dbName}`);
  add(
    'machine CPU reference (not a target)',
    '—',
    cpuReference(),
    'ms',
    null,
    `fixed sha256 + JSON + Map workload, best of 5; lower = faster machine; ${machineNote()}`,
  );
  add(
    'schema',
    '—',
    schemaLabel,
    '',
    null,
    partitioned
      ? `unit_year_report partitioned by year (LIST): one partition per profile year (${spec.years[0]}–${spec.years[spec.years.length - 1]}) + DEFAULT`
      : 'unit_year_report as migrated (one table)',
  );
  await adminQuery(`CREATE DATABASE ${dbName}`);
  created = true;

  // ── 1. data, through the API's code in a Nest application context ──
  const app = await openContext(root, dbUrl); // runs the API's migrations
  if (partitioned) {
    const { partitionUnitYearReport } = await import(
      pathToFileURL(path.join(root, 'apps/api/dist/database/partitioning/partitioning.js')).href
    );
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    try {
      const r = await partitionUnitYearReport(c, { years: spec.years });
      log(`unit_year_report partitioned by year: ${r.status.partitions.map((p) => p.name).join(', ')}`);
    } finally {
      await c.end();
    }
  }
  log(
    `generating ${spec.cities * spec.districtsPerCity} district(s) × ${spec.unitsPerDistrict} units × ${spec.years.length} years + a ${spec.bigDistrictUnits}-unit district × 2 years (${spec.path} path)`,
  );
  const world = await generate(root, app, spec, log);
  add(
    'generation (not a target)',
    '—',
    Math.round(world.generationSeconds),
    's',
    null,
    `${world.stored} submissions, ${world.units} units, ${spec.path === 'service' ? 'SubmissionsService.submit' : 'bulk insert + refreshUnitYearReport'}${spec.path === 'service' ? ' (500-unit district: bulk)' : ''}`,
  );
  log(`${world.stored} submissions in ${Math.round(world.generationSeconds)} s`);

  // The SQL each dashboard call issues, recorded at the pg driver while the service answers once.
  const { DashboardService } = await import(
    pathToFileURL(path.join(root, 'apps/api/dist/dashboard/dashboard.service.js')).href
  );
  const dash = app.get(DashboardService);
  const sup = {
    id: world.supervisor.id,
    username: world.supervisor.username,
    role: 'supervisor',
    orgNodeId: world.provinceId,
    unitId: null,
  };
  const y = world.lastYear;
  const d = world.district.id;
  const endpoints = [
    [
      'overview',
      'district',
      `/api/dashboard/overview?year=${y}&orgNodeId=${d}`,
      () => dash.overview(sup, { year: y, orgNodeId: d }),
    ],
    [
      'indicator comparison',
      'district',
      `/api/dashboard/indicator?indicator=disclosureRate&fromYear=${y - 3}&toYear=${y}&orgNodeId=${d}`,
      () =>
        dash.indicator(sup, {
          indicator: 'disclosureRate',
          fromYear: y - 3,
          toYear: y,
          orgNodeId: d,
          groupBy: 'unit',
        }),
    ],
    [
      'completeness',
      'district',
      `/api/dashboard/completeness?year=${y}&orgNodeId=${d}`,
      () => dash.completeness(sup, { year: y, orgNodeId: d }),
    ],
    [
      'proposals',
      'district',
      `/api/dashboard/proposals?year=${y}&orgNodeId=${d}`,
      () => dash.proposals(sup, { year: y, orgNodeId: d }),
    ],
    [
      'unit history',
      'district',
      `/api/dashboard/units/${world.historyUnit.id}/history`,
      () => dash.history(sup, world.historyUnit.id),
    ],
    ['overview', 'province', `/api/dashboard/overview?year=${y}`, () => dash.overview(sup, { year: y })],
    [
      'indicator comparison (by district)',
      'province',
      `/api/dashboard/indicator?indicator=disclosureRate&fromYear=${y - 3}&toYear=${y}&groupBy=orgNode`,
      () =>
        dash.indicator(sup, { indicator: 'disclosureRate', fromYear: y - 3, toYear: y, groupBy: 'orgNode' }),
    ],
    [
      'completeness',
      'province',
      `/api/dashboard/completeness?year=${y}`,
      () => dash.completeness(sup, { year: y }),
    ],
    ['proposals', 'province', `/api/dashboard/proposals?year=${y}`, () => dash.proposals(sup, { year: y })],
  ];
  const recorded = [];
  for (const [name, scope, url, call] of endpoints)
    recorded.push({ name, scope, url, phases: await recordSql(root, app, call) });
  await app.close();

  // ── 2. the API as in production ──
  const port = await freePort();
  api = await startApi(port);
  const rss = rssSampler(api.child.pid);
  log(`API up on ${api.base} (pid ${api.child.pid})`);
  const session = await login(api.base, world.supervisor.username, world.supervisor.password);
  // The same build with the response cache off (DASHBOARD_CACHE_MB=0): every request computes, as the
  // first request after a submission does. Its own process, so the main API's RSS is not affected.
  cold = await startApi(await freePort(), { DASHBOARD_CACHE_MB: '0' });
  const coldSession = await login(cold.base, world.supervisor.username, world.supervisor.password);
  log(`cold API (no response cache) up on ${cold.base} (pid ${cold.child.pid})`);

  // ── 3. dashboard endpoints: cached API, uncached API and the plain SQL, 16 clients ──
  for (const e of recorded) {
    await loadGet(api.base, e.url, session, { connections: 4, seconds: 1 }); // warm-up (fills the cache)
    const a = await loadGet(api.base, e.url, session, { connections: 16, seconds: spec.seconds });
    await loadGet(cold.base, e.url, coldSession, { connections: 4, seconds: 1 });
    const c = await loadGet(cold.base, e.url, coldSession, {
      connections: 16,
      seconds: spec.coldSeconds ?? spec.seconds,
    });
    const s = await loadSql(dbUrl, e.phases, { connections: 16, seconds: spec.seconds });
    const target = e.scope === 'province' ? 300 : 30;
    const label = `${e.name}, ${e.scope} scope`;
    add(`${label}: p50 @16`, '—', a.p50, 'ms', null);
    add(
      `${label}: p95 @16`,
      `≤ ${target} ms`,
      a.p95,
      'ms',
      a.errors === 0 && a.p95 <= target,
      `cached; ${a.n} req, ${a.errors} errors, ~${Math.round(a.bytes / 1024)} KB/resp`,
    );
    add(
      `${label}: p95 @16 uncached (cold path)`,
      '—',
      c.p95,
      'ms',
      null,
      `p50 ${c.p50} ms, ${c.n} req, ${c.errors} errors; SQL p50 ${s.p50} / p95 ${s.p95} ms over ${e.phases.flat().length} queries`,
    );
    // Same work on both sides: the uncached API computes exactly what the replayed SQL computes.
    const ratio = s.p95 ? Math.round((c.p95 / s.p95) * 100) / 100 : null;
    add(
      `${label}: uncached API ÷ SQL (p95)`,
      e.scope === 'district' ? '≤ 1.5' : '—',
      ratio,
      '×',
      e.scope === 'district' ? ratio !== null && ratio <= 1.5 : null,
    );
    log(
      `${label}: cached p50 ${a.p50} p95 ${a.p95} ms (${a.n} req, ${a.errors} err) | uncached p50 ${c.p50} p95 ${c.p95} ms (${c.errors} err) | SQL p50 ${s.p50} p95 ${s.p95} ms`,
    );
  }
  cold.child.kill('SIGTERM');
  await new Promise((r) => (cold.child.exitCode !== null ? r() : cold.child.once('exit', r)));

  // ── 4. .docx submissions through HTTP, 8 clients ──
  const sample = readFileSync(path.join(root, 'libs/report-parser/fixtures/sample/input.docx'));
  const jobs = world.uploadUnits.map((u) => ({
    unitId: u.id,
    unitName: u.name,
    year: 2023,
    bytes: docxFor(sample, u.name),
  }));
  const up = await loadUploads(api.base, session, jobs, {
    clients: 8,
    seconds: spec.uploadSeconds,
    maxJobs: spec.uploadMax,
  });
  add(
    'submissions via HTTP (.docx → parse → check → store → audit), 8 clients',
    '≥ 50/s, 0 errors',
    up.perSecond,
    '/s',
    up.errors === 0 && up.perSecond >= 50,
    `${up.n} uploads, p50 ${up.p50} ms, p95 ${up.p95} ms, ${up.errors} errors${up.firstError ? `: ${up.firstError}` : ''}`,
  );
  add('submissions via HTTP: p95', '—', up.p95, 'ms', null);
  log(`uploads: ${up.n} in ${up.perSecond}/s, p95 ${up.p95} ms, ${up.errors} errors ${up.firstError ?? ''}`);

  // ── 4b. dashboards while submissions arrive: every upload lands in the measured district (and the
  // province), so the cached entries are invalidated continuously. New versions of the same units, for
  // the whole window (the job list repeated): were the uploads to stop early, the hits after them would
  // outnumber the recomputations and hide them from the p95.
  {
    const districtUrl = recorded.find((e) => e.scope === 'district' && e.name === 'overview').url;
    const provinceUrl = recorded.find((e) => e.scope === 'province' && e.name === 'overview').url;
    const dashSeconds = Math.max(3, Math.round(spec.uploadSeconds / 2));
    const rounds = Array.from({ length: 20 }, () => jobs).flat();
    const [up2, dd, dp] = await Promise.all([
      loadUploads(api.base, session, rounds, { clients: 8, seconds: dashSeconds, maxJobs: rounds.length }),
      loadGet(api.base, districtUrl, session, { connections: 8, seconds: dashSeconds }),
      loadGet(api.base, provinceUrl, session, { connections: 2, seconds: dashSeconds }),
    ]);
    const note = `${up2.n} uploads at ${up2.perSecond}/s (p95 ${up2.p95} ms, ${up2.errors} errors) at the same time`;
    add(
      'overview, district scope, during uploads into it: p95 @8',
      '—',
      dd.p95,
      'ms',
      null,
      `p50 ${dd.p50} ms, ${dd.n} req, ${dd.errors} errors; ${note}`,
    );
    add(
      'overview, province scope, during uploads: p95 @2',
      '—',
      dp.p95,
      'ms',
      null,
      `p50 ${dp.p50} ms, ${dp.n} req, ${dp.errors} errors`,
    );
    log(`during uploads: district overview p95 ${dd.p95} ms, province overview p95 ${dp.p95} ms; ${note}`);
  }

  // ── 5. dashboard in headless chromium: 500-unit district ──
  if (existsSync(path.join(root, 'apps/dashboard/dist/index.html'))) {
    const fc = await firstChart(api.base, world.supervisor, { orgNodeId: world.big.id, year: y });
    if (fc.skipped)
      add('first chart drawn, 500-unit district', '≤ 1.5 s', null, 's', null, `skipped: ${fc.skipped}`);
    else
      add(
        'first chart drawn, 500-unit district (fresh profile)',
        '≤ 1.5 s',
        Math.round(fc.cold) / 1000,
        's',
        fc.cold <= 1500,
        `warm median ${Math.round(fc.warmP50) / 1000} s`,
      );
    log(`first chart: ${JSON.stringify(fc)}`);
  } else
    add(
      'first chart drawn, 500-unit district',
      '≤ 1.5 s',
      null,
      's',
      null,
      'skipped: apps/dashboard/dist absent',
    );

  // ── 6. peak RSS of the API over the run ──
  const peak = rss.stop();
  add(
    'API peak RSS (VmHWM)',
    '≤ 400 MB',
    peak.hwmMb,
    'MB',
    peak.hwmMb <= 400,
    `highest sampled VmRSS ${peak.sampledMb} MB`,
  );
} catch (err) {
  console.error(`[bench] failed: ${err.stack ?? err}`);
  if (api) console.error(api.output());
  add('bench run', 'completes', 'failed', '', false, String(err.message ?? err).slice(0, 200));
} finally {
  if (cold && cold.child.exitCode === null) cold.child.kill('SIGTERM');
  if (api) {
    api.child.kill('SIGTERM');
    await new Promise((r) => (api.child.exitCode !== null ? r() : api.child.once('exit', r)));
  }
  if (created && !args.includes('--keep-db')) {
    await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch((e) =>
      console.error(`drop ${dbName}: ${e.message}`),
    );
    log(`dropped ${dbName}`);
  }
}

// ── 7. the parser, one core (libs/report-parser's own benchmark) ──
try {
  const parserBench = path.join(root, 'libs/report-parser/dist/bench/bench-parse.js');
  if (existsSync(parserBench)) {
    const { benchParse } = await import(pathToFileURL(parserBench).href);
    for (const r of await benchParse(Number(process.env.BENCH_SECONDS ?? 2))) rows.push(r);
  } else add('parser', '—', null, '', null, 'skipped: libs/report-parser/dist absent');
} catch (err) {
  add('parser', '—', null, '', false, `failed: ${err.message}`);
}

printTable();
const outDir = path.join(root, 'bench/results');
mkdirSync(outDir, { recursive: true });
const json = `${JSON.stringify(rows, null, 2)}\n`;
writeFileSync(path.join(outDir, 'latest.json'), json);
// Results of the bulk generation path are kept apart from the default (service) path's.
const suffix = `${partitioned ? '-partitioned' : ''}${spec.path === 'bulk' ? '-bulk' : ''}`;
writeFileSync(path.join(outDir, `${profileName}${suffix}.json`), json);
log(
  `wrote bench/results/latest.json, ${schemaLabel} (${rows.filter((r) => r.pass === false).length} target(s) missed)`,
);
process.exit(0);
