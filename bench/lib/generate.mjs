// Synthetic province, generated inside a Nest application context of the built API (apps/api/dist), so
// every row goes through the API's own code: SubmissionsService.submit (small profile) or, for the big
// profiles, batched inserts of Submission entities followed by refreshUnitYearReport — the function
// every submission calls to fill unit_year_report (same mapping SQL, same figure columns).
import 'reflect-metadata';

import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import pg from 'pg';

const dist = (root, p) => import(pathToFileURL(path.join(root, 'apps/api/dist', p)).href);

/** Unit templates: the demo seed's ~40 units of every kind, cycled to the wanted count per district. */
function unitTemplates(DEMO_UNITS, count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const t = DEMO_UNITS[i % DEMO_UNITS.length];
    const round = Math.floor(i / DEMO_UNITS.length);
    out.push({ ...t, suffix: round ? `（${round + 1}）` : '', base: t.name.replace(/^示例区/, '') });
  }
  return out;
}

export async function openContext(root, databaseUrl) {
  process.env.DATABASE_URL = databaseUrl;
  process.env.SEED_DEMO = 'false';
  process.env.LOG_LEVEL = 'warn';
  const { NestFactory } = await import('@nestjs/core');
  const { AppModule } = await dist(root, 'app.module.js');
  const { loadConfig } = await dist(root, 'config/app-config.js');
  const { setLogLevel } = await dist(root, 'common/json-logger.js');
  const config = loadConfig();
  setLogLevel('warn');
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ config, databaseUrl, poolSize: 8 }),
    { logger: ['error', 'warn'] },
  );
  return app;
}

/**
 * Builds province → cities → districts → units, periods, a supervisor at the province, and the reports.
 * Returns ids the measurements need.
 */
export async function generate(root, app, spec, log) {
  const { DataSource } = await import('typeorm');
  const ds = app.get(DataSource);
  const { SubmissionsService } = await dist(root, 'submissions/submissions.service.js');
  const { refreshUnitYearReport } = await dist(root, 'submissions/unit-year-report.repository.js');
  const { Submission } = await dist(root, 'submissions/submission.entity.js');
  const { generateDemoReport } = await dist(root, 'database/seed/demo-report.js');
  const { DemoRandom } = await dist(root, 'database/seed/demo-random.js');
  const { DEMO_UNITS } = await dist(root, 'database/seed/demo-units.js');
  const { hashPassword } = await dist(root, 'auth/password-hasher.js');
  const { runChecks, statutoryDeadline, submissionTiming } = await import('@nianbao/report-checks');
  const { createEmptyMeta } = await import('@nianbao/report-format');
  const submissions = app.get(SubmissionsService);

  const years = spec.years;
  const lastYear = years[years.length - 1];
  const rng = new DemoRandom(20260125);

  // ── structure ──
  const provinceId = randomUUID();
  const nodes = [
    {
      id: provinceId,
      parentId: null,
      code: 'BENCH-P',
      name: '基准省',
      level: 'province',
      path: `/${provinceId}/`,
    },
  ];
  const districts = [];
  for (let c = 0; c < spec.cities; c++) {
    const cityId = randomUUID();
    const cityPath = `/${provinceId}/${cityId}/`;
    nodes.push({
      id: cityId,
      parentId: provinceId,
      code: `BENCH-C${c}`,
      name: `基准${c + 1}市`,
      level: 'city',
      path: cityPath,
    });
    for (let d = 0; d < spec.districtsPerCity; d++) {
      const id = randomUUID();
      const n = c * spec.districtsPerCity + d + 1;
      const district = {
        id,
        parentId: cityId,
        code: `BENCH-D${n}`,
        name: `基准${n}区`,
        level: 'district',
        path: `${cityPath}${id}/`,
        unitCount: spec.unitsPerDistrict,
        years,
      };
      nodes.push(district);
      districts.push(district);
    }
  }
  // The 500-unit district for the browser figure: its own city, the last two years only.
  const bigCity = randomUUID();
  nodes.push({
    id: bigCity,
    parentId: provinceId,
    code: 'BENCH-CBIG',
    name: '基准大市',
    level: 'city',
    path: `/${provinceId}/${bigCity}/`,
  });
  const bigId = randomUUID();
  const big = {
    id: bigId,
    parentId: bigCity,
    code: 'BENCH-DBIG',
    name: '基准大区',
    level: 'district',
    path: `/${provinceId}/${bigCity}/${bigId}/`,
    unitCount: spec.bigDistrictUnits,
    years: years.slice(-2),
  };
  nodes.push(big);

  const units = [];
  for (const d of [...districts, big]) {
    d.units = [];
    for (const [i, t] of unitTemplates(DEMO_UNITS, d.unitCount).entries()) {
      const u = {
        id: randomUUID(),
        orgNodeId: d.id,
        code: `${d.code}-U${String(i + 1).padStart(3, '0')}`,
        name: `${d.name}${t.base}${t.suffix}`,
        kind: t.kind,
        requestMedian: t.requestMedian * (0.5 + rng.next()),
        isEnforcer: t.isEnforcer,
        years: d.years,
      };
      d.units.push(u);
      units.push(u);
    }
  }

  await ds.transaction(async (m) => {
    for (let i = 0; i < nodes.length; i += 1000)
      await m.query(
        `INSERT INTO org_node (id, parent_id, code, name, level, path)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[])`,
        ['id', 'parentId', 'code', 'name', 'level', 'path'].map((k) =>
          nodes.slice(i, i + 1000).map((n) => n[k]),
        ),
      );
    for (let i = 0; i < units.length; i += 2000) {
      const chunk = units.slice(i, i + 2000);
      await m.query(
        `INSERT INTO unit (id, org_node_id, code, name, kind, reports_from_year, is_active)
         SELECT id, org, code, name, kind, $6, true
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[]) AS t(id, org, code, name, kind)`,
        [
          chunk.map((u) => u.id),
          chunk.map((u) => u.orgNodeId),
          chunk.map((u) => u.code),
          chunk.map((u) => u.name),
          chunk.map((u) => u.kind),
          years[0],
        ],
      );
    }
    for (const y of years)
      await m.query(
        `INSERT INTO reporting_period (year, statutory_deadline, internal_deadlines, is_open) VALUES ($1, $2, '{}'::jsonb, true)
         ON CONFLICT (year) DO NOTHING`,
        [y, statutoryDeadline(y)],
      );
  });

  const password = `bench-${randomUUID()}`;
  const passwordHash = await hashPassword(password);
  const [sup] = await ds.query(
    `INSERT INTO user_account (username, display_name, password_hash, role, org_node_id) VALUES ('bench-supervisor', '基准省督查', $1, 'supervisor', $2) RETURNING id`,
    [passwordHash, provinceId],
  );
  await ds.query(
    `INSERT INTO user_account (username, display_name, password_hash, role) VALUES ('bench-admin', '基准管理员', $1, 'admin')`,
    [passwordHash],
  );

  // ── reports ──
  const started = Date.now();
  let stored = 0;
  const plan = (u, year, previous) =>
    generateDemoReport(rng, {
      unit: {
        code: u.code,
        name: u.name,
        kind: u.kind,
        requestMedian: u.requestMedian,
        isEnforcer: u.isEnforcer,
      },
      year,
      previous,
      copyNarrative: rng.chance(0.03),
    });
  // Hand-in times spread around the deadline: ~10 % late.
  const handIn = (year) =>
    new Date(Date.parse(`${year + 1}-01-31T12:00:00+08:00`) - rng.int(-6, 40) * 86400_000);

  const previousReport = new Map();
  // Every report through SubmissionsService.submit: validate → checks (with the unit's context) → store
  // → unit_year_report → audit, 4 at a time.
  const storeService = async (todo, year) => {
    let next = 0;
    const worker = async () => {
      while (next < todo.length) {
        const u = todo[next++];
        const report = plan(u, year, previousReport.get(u.id) ?? null);
        previousReport.set(u.id, report);
        await submissions.submit({
          unitId: u.id,
          year,
          source: { kind: 'json', report },
          actor: null,
          submittedAt: handIn(year),
          allowClosedPeriod: true,
        });
        stored++;
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
  };
  // Bulk: Submission entities inserted in batches (same columns; the checks run in JS with the previous
  // year as context but without the district's texts, and no finding rows), then refreshUnitYearReport
  // — the function every submission calls — for every unit × year.
  const storeBulk = async (todo, year) => {
    const deadline = statutoryDeadline(year);
    for (let i = 0; i < todo.length; i += 500) {
      const rows = todo.slice(i, i + 500).map((u) => {
        const prev = previousReport.get(u.id) ?? null;
        const report = plan(u, year, prev);
        previousReport.set(u.id, report);
        const meta = createEmptyMeta('json');
        const findings = runChecks(
          { report, meta },
          { previous: prev ? { report: prev, meta } : null, compareTexts: [], expectedYear: year },
        );
        const at = handIn(year);
        const timing = submissionTiming(at, deadline);
        return {
          unitId: u.id,
          year,
          version: 1,
          sourceFormat: 'json',
          fileId: null,
          report,
          meta,
          parseIssues: [],
          coverage: null,
          corrections: {},
          notes: null,
          errorCount: findings.filter((f) => f.severity === 'error').length,
          warningCount: findings.filter((f) => f.severity === 'warning').length,
          submittedById: null,
          submittedByUsername: null,
          submittedAt: at,
          deadline,
          isLate: timing.isLate,
          daysBeforeDeadline: timing.daysBeforeDeadline,
          isBackfill: false,
          isDemo: false,
          reviewStatus: 'pending',
        };
      });
      await ds.manager.insert(Submission, rows);
      stored += rows.length;
    }
    let next = 0;
    const worker = async () => {
      while (next < todo.length) {
        const u = todo[next++];
        await refreshUnitYearReport(ds.manager, u.id, year);
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
  };
  const regular = districts.flatMap((d) => d.units);
  for (const year of years) {
    if (spec.path === 'service') await storeService(regular, year);
    else await storeBulk(regular, year);
    // The 500-unit browser district always takes the bulk path (its checks compare every narrative of
    // the district: through the service it stores ~6 reports/s).
    if (big.years.includes(year)) await storeBulk(big.units, year);
    log(`  ${year}: ${stored} submissions stored (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  await ds.query('ANALYZE');
  const generationSeconds = (Date.now() - started) / 1000;
  return {
    provinceId,
    district: districts[0],
    big,
    historyUnit: districts[0].units[2],
    uploadUnits: districts.flatMap((d) => d.units).slice(0, 400),
    lastYear,
    supervisor: { id: sup.id, username: 'bench-supervisor', password },
    stored,
    units: units.length,
    generationSeconds,
  };
}

/**
 * The SQL one dashboard call issues, captured at the pg driver while the service runs once: a list of
 * phases (queries that ran concurrently) to replay with plain pg.
 */
export async function recordSql(root, app, call) {
  const phases = [];
  let inFlight = 0;
  const orig = pg.Client.prototype.query;
  pg.Client.prototype.query = function (text, values, cb) {
    const sql = typeof text === 'string' ? text : text?.text;
    const params = typeof text === 'string' ? values : text?.values;
    if (sql && !/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i.test(sql)) {
      if (inFlight === 0 || !phases.length) phases.push([]);
      phases[phases.length - 1].push({ sql, params: Array.isArray(params) ? params : [] });
      inFlight++;
      const done = () => {
        inFlight--;
      };
      if (typeof values === 'function') {
        const f = values;
        return orig.call(this, text, (...a) => (done(), f(...a)));
      }
      if (typeof cb === 'function') return orig.call(this, text, values, (...a) => (done(), cb(...a)));
      const r = orig.call(this, text, values);
      if (r && typeof r.then === 'function') r.then(done, done);
      else done();
      return r;
    }
    return orig.call(this, text, values, cb);
  };
  try {
    await call();
  } finally {
    pg.Client.prototype.query = orig;
  }
  return phases;
}
