#!/usr/bin/env node
// Browser test on a fresh database: creates nianbao_e2e_<ts> on the local PostgreSQL, starts the built API
// (which serves the built dashboard) with the demo district seeded, drives Debian's chromium, cleans up.
// Needs `npm run build` first (tools/run-tests.mjs builds before e2e).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { adminJourney } from './admin.e2e.mjs';
import { supervisorJourney } from './dashboard.e2e.mjs';
import { markupJourney } from './markup.e2e.mjs';
import { reporterJourney } from './reporter.e2e.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const shots = path.resolve(here, '../test-output/screenshots');
const PG = process.env.E2E_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STARTUP_MS = 240_000;

function psql(sql) {
  execFileSync('psql', [`${PG}/postgres`, '-v', 'ON_ERROR_STOP=1', '-q', '-c', sql], { stdio: 'inherit' });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child) {
  const until = Date.now() + STARTUP_MS;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`API exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`API not healthy after ${STARTUP_MS / 1000} s`);
}

for (const f of ['apps/api/dist/main.js', 'apps/dashboard/dist/index.html']) {
  if (!existsSync(path.join(root, f))) {
    console.error(`missing ${f}: run \`npm run build\` first`);
    process.exit(1);
  }
}
if (!existsSync(CHROMIUM)) {
  console.error(`no chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  process.exit(1);
}

const db = `nianbao_e2e_${Date.now()}`;
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const profile = mkdtempSync(path.join(tmpdir(), 'nianbao-e2e-'));
mkdirSync(shots, { recursive: true });
let api;
let context;
let failed = false;
let passed = 0;
let failures = 0;

try {
  psql(`CREATE DATABASE ${db}`);
  api = spawn(process.execPath, ['apps/api/dist/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: `${PG}/${db}`,
      SEED_DEMO: 'true',
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let apiLog = '';
  const keep = (c) => {
    apiLog = (apiLog + c.toString()).slice(-20_000);
  };
  api.stdout.on('data', keep);
  api.stderr.on('data', keep);
  try {
    await waitForHealth(baseUrl, api);
  } catch (e) {
    console.error(apiLog);
    throw e;
  }
  console.log(`API on ${baseUrl} (database ${db})`);

  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // Generous: a slow 2-core machine runs the build, the API and chromium at once.
  page.setDefaultTimeout(60_000);
  page.setDefaultNavigationTimeout(90_000);
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));

  const journeys = [
    ['supervisor journey', supervisorJourney],
    ['reporter journey', reporterJourney],
    ['administrator journey', adminJourney],
    ['markup shown as text', markupJourney],
  ];
  for (const [name, journey] of journeys) {
    const started = Date.now();
    try {
      await journey(page, baseUrl, shots);
      passed++;
      console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (e) {
      failures++;
      await page
        .screenshot({ path: `${shots}/failure-${name.split(' ')[0]}.png`, fullPage: true })
        .catch(() => undefined);
      console.error(`✗ ${name}: ${e instanceof Error ? e.stack : String(e)}`);
    }
  }
} catch (e) {
  failed = true;
  console.error(e instanceof Error ? e.message : e);
} finally {
  await context?.close().catch(() => undefined);
  if (api && api.exitCode === null) {
    api.kill('SIGTERM');
    await new Promise((r) => {
      const t = setTimeout(() => {
        api.kill('SIGKILL');
        r();
      }, 10_000);
      api.once('exit', () => {
        clearTimeout(t);
        r();
      });
    });
  }
  try {
    psql(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  } catch {
    console.error(`could not drop ${db}`);
  }
  rmSync(profile, { recursive: true, force: true });
}
console.log(`screenshots: ${shots}`);
// The summary line tools/run-tests.mjs counts.
if (failed && passed + failures === 0) failures = 1;
console.log(
  `Tests:       ${failures ? `${failures} failed, ` : ''}${passed} passed, ${passed + failures} total`,
);
process.exit(failed || failures ? 1 : 0);
