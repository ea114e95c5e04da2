import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import pg from 'pg';

// The real server process (node dist/main.js) on a throwaway database, for tests that kill it, starve it
// of its database or load it over loopback. Builds dist first when it is missing or older than src.
export const API_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ADMIN = { username: 'fault-admin', password: 'fault-admin-password-1' };
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export function ensureBuilt(): void {
  const main = path.join(API_DIR, 'dist/main.js');
  if (existsSync(main) && statSync(main).mtimeMs >= newestMtime(path.join(API_DIR, 'src'))) return;
  execFileSync(
    process.execPath,
    [path.join(API_DIR, '../../node_modules/typescript/bin/tsc'), '-p', 'tsconfig.app.json'],
    {
      cwd: API_DIR,
      stdio: 'inherit',
    },
  );
}

export interface ThrowawayDb {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createThrowawayDb(tag: string): Promise<ThrowawayDb> {
  const name = `nianbao_${tag}_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function adminQuery<T = Record<string, unknown>>(
  dbUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface ApiProcess {
  base: string;
  child: ChildProcess;
  output(): string;
  kill(signal: NodeJS.Signals): Promise<void>;
}

const running = new Set<ChildProcess>();

/** SIGKILLs every API process a test started and left running (after a failed assertion). */
export function stopAll(): void {
  for (const c of running) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  running.clear();
}

export async function startApi(env: Record<string, string>, timeoutMs = 60_000): Promise<ApiProcess> {
  const port = await freePort();
  let out = '';
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: API_DIR,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      ADMIN_USERNAME: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
      DASHBOARD_DIST: '/nonexistent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited during start:\n${out}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`API did not become healthy:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    child,
    output: () => out,
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** A logged-in HTTP client on a running API (plain fetch: many at once, loopback only). */
export interface Client {
  cookie: string;
  csrf: string;
}

export async function login(base: string, username: string, password: string): Promise<Client> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

export async function call(
  base: string,
  c: Client | null,
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = {};
  if (c) {
    headers.cookie = c.cookie;
    headers['x-csrf-token'] = c.csrf;
  }
  let payload: string | FormData | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const res = await fetch(`${base}${url}`, { method, headers, body: payload });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body: parsed };
}

/** Sets up a district, `n` units each with a reporter (one shared password), and open periods, through the API. */
export async function seedUnits(
  base: string,
  n: number,
  year: number,
): Promise<{ admin: Client; units: Array<{ id: string; name: string; username: string }> }> {
  const admin = await login(base, ADMIN.username, ADMIN.password);
  const must = async (method: string, url: string, body: unknown): Promise<Record<string, unknown>> => {
    const r = await call(base, admin, method, url, body);
    if (r.status >= 300) throw new Error(`${method} ${url}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as Record<string, unknown>;
  };
  const node = await must('POST', '/api/org/nodes', { code: 'D1', name: '压测区', level: 'district' });
  // The embedded database starts with the demo district's periods: open the year if it exists.
  const period = await call(base, admin, 'POST', '/api/periods', { year, isOpen: true });
  if (period.status === 409) await must('PATCH', `/api/periods/${year}`, { isOpen: true });
  else if (period.status >= 300) throw new Error(`POST /api/periods: ${period.status}`);
  const units: Array<{ id: string; name: string; username: string }> = [];
  // Small batches: account creation hashes a password (argon2) per account.
  for (let i = 0; i < n; i += 10) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(10, n - i) }, async (_, k) => {
        const idx = i + k;
        const name = `压测单位${String(idx).padStart(4, '0')}`;
        const unit = await must('POST', '/api/units', {
          orgNodeId: node.id,
          code: `L${idx}`,
          name,
          kind: 'department',
          reportsFromYear: 2020,
        });
        const username = `rush${idx}`;
        await must('POST', '/api/accounts', {
          username,
          displayName: name,
          password: REPORTER_PASSWORD,
          role: 'reporter',
          unitId: unit.id,
        });
        return { id: unit.id as string, name, username };
      }),
    );
    units.push(...batch);
  }
  return { admin, units };
}
export const REPORTER_PASSWORD = 'rush-reporter-password';

export function p95(ms: number[]): number {
  const s = [...ms].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] ?? 0;
}
