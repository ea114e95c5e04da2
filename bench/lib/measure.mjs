// Measurements against the running API and the bench database.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import autocannon from 'autocannon';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import pg from 'pg';

export function percentile(values, p) {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const idx = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[idx];
}
const r1 = (x) => (x === null ? null : Math.round(x * 10) / 10);

export async function login(base, username, password) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = await res.json();
  return { cookie, csrfToken };
}

/** p50/p95 of one GET with `connections` concurrent clients for `seconds` (autocannon, every response timed). */
export async function loadGet(base, urlPath, session, { connections, seconds }) {
  const times = [];
  let bad = 0;
  const inst = autocannon({
    url: base + urlPath,
    connections,
    duration: seconds,
    headers: { cookie: session.cookie },
  });
  inst.on('response', (_client, status, _bytes, ms) => {
    times.push(ms);
    if (status !== 200) bad++;
  });
  const result = await new Promise((resolve, reject) => {
    inst.on('done', resolve);
    inst.on('error', reject);
  });
  return {
    n: times.length,
    p50: r1(percentile(times, 50)),
    p95: r1(percentile(times, 95)),
    rps: r1(result.requests.average),
    errors: bad + result.errors + result.timeouts,
    bytes: Math.round(result.throughput.average / Math.max(1, result.requests.average)),
  };
}

/** The recorded SQL of one call replayed with plain pg: same phases, same parameters, same concurrency. */
export async function loadSql(databaseUrl, phases, { connections, seconds, poolSize = 10 }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  const once = async () => {
    for (const phase of phases) await Promise.all(phase.map((q) => pool.query(q.sql, q.params)));
  };
  for (let i = 0; i < 3; i++) await once(); // warm-up
  const times = [];
  const until = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < until) {
      const t0 = performance.now();
      await once();
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  await pool.end();
  return { n: times.length, p50: r1(percentile(times, 50)), p95: r1(percentile(times, 95)) };
}

/** The sample .docx rewritten to name another unit (word/document.xml), so the identity check passes. */
export function docxFor(sampleBytes, unitName) {
  const files = unzipSync(new Uint8Array(sampleBytes));
  const xml = strFromU8(files['word/document.xml']).replaceAll('硚口区企业服务中心', unitName);
  files['word/document.xml'] = strToU8(xml);
  return Buffer.from(zipSync(files));
}

/** .docx uploads through POST /api/units/:id/years/:year/submissions with `clients` workers. */
export async function loadUploads(base, session, jobs, { clients, seconds, maxJobs }) {
  const times = [];
  const failures = [];
  let next = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  const worker = async () => {
    while (next < Math.min(jobs.length, maxJobs) && performance.now() < until) {
      const job = jobs[next++];
      const form = new FormData();
      form.append('file', new Blob([job.bytes]), `${job.unitName}${job.year}年政府信息公开工作年度报告.docx`);
      const t0 = performance.now();
      const res = await fetch(`${base}/api/units/${job.unitId}/years/${job.year}/submissions`, {
        method: 'POST',
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
        body: form,
      });
      const body = await res.text();
      times.push(performance.now() - t0);
      if (res.status !== 201) failures.push(`${res.status} ${body.slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
  const elapsed = (performance.now() - started) / 1000;
  return {
    n: times.length,
    perSecond: r1(times.length / elapsed),
    p50: r1(percentile(times, 50)),
    p95: r1(percentile(times, 95)),
    errors: failures.length,
    firstError: failures[0] ?? null,
  };
}

/** Peak RSS of a process: VmHWM (kernel's high-water mark) and the highest VmRSS sampled. */
export function rssSampler(pid) {
  let maxRss = 0;
  const read = () => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      maxRss = Math.max(maxRss, rss);
      return hwm;
    } catch {
      return 0;
    }
  };
  let hwm = 0;
  const timer = setInterval(() => (hwm = Math.max(hwm, read())), 200);
  return {
    stop() {
      clearInterval(timer);
      hwm = Math.max(hwm, read());
      return { hwmMb: Math.round(hwm / 1024), sampledMb: Math.round(maxRss / 1024) };
    },
  };
}

/**
 * In the page (init script): the time the first `.recharts-surface path` with a box is drawn, as epoch
 * ms — a MutationObserver sees it appear and the next animation frame is the frame that paints it.
 * Playwright's own wait polls at 20/50/100/100/500 ms steps over the protocol, so it reports a chart
 * up to half a second late, and later still when the page is busy with the next chart; this records
 * the frame itself.
 */
/* global document, window, MutationObserver, requestAnimationFrame */
// Runs in the page, not in Node.
function recordFirstChart() {
  const found = () => {
    const el = document.querySelector('.recharts-surface path');
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 || r.height > 0;
  };
  const observer = new MutationObserver(() => {
    if (!found()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__nbFirstChartDrawn = performance.timeOrigin + performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/**
 * Navigation → first recharts path drawn, in headless Debian chromium; null with a reason when
 * impossible. `cold`/`warmP50`: from page.goto() to the frame that draws the first chart (recorded in the
 * page); `coldSeen`/`warmSeenP50`: when Playwright's polling saw it visible (the figure of earlier runs).
 */
export async function firstChart(base, user, { orgNodeId, year, runs = 3 }) {
  const chromiumPath = '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) return { skipped: 'no /usr/bin/chromium' };
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return { skipped: 'playwright-core not installed' };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-chromium-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1440, height: 900 },
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
  try {
    const login = await ctx.request.post(`${base}/api/auth/login`, {
      data: { username: user.username, password: user.password },
    });
    if (login.status() !== 200) return { skipped: `login ${login.status()}` };
    await ctx.addInitScript(
      ([f]) => localStorage.setItem('nianbao.filters', f),
      [JSON.stringify({ year, orgNodeId })],
    );
    await ctx.addInitScript(recordFirstChart);
    const drawn = [];
    const seen = [];
    for (let i = 0; i < runs + 1; i++) {
      const page = await ctx.newPage();
      const started = Date.now();
      const t0 = performance.now();
      await page.goto(`${base}/overview`, { waitUntil: 'commit' });
      await page.locator('.recharts-surface path').first().waitFor({ state: 'visible', timeout: 30_000 });
      seen.push(performance.now() - t0);
      // Read once the page is free again (it may be busy drawing the other charts for a while).
      const at = await page.waitForFunction(() => window.__nbFirstChartDrawn, null, { timeout: 30_000 });
      drawn.push((await at.jsonValue()) - started);
      await page.close();
    }
    // The first navigation has a fresh profile (empty HTTP cache): that is the figure; later ones are warm.
    return {
      cold: r1(drawn[0]),
      warmP50: r1(percentile(drawn.slice(1), 50)),
      coldSeen: r1(seen[0]),
      warmSeenP50: r1(percentile(seen.slice(1), 50)),
    };
  } catch (err) {
    return { skipped: `failed: ${err.message.split('\n')[0]}` };
  } finally {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
