#!/usr/bin/env node
// `npm test`: every check CI runs, in order — format, build, lint + typecheck, unit and integration
// tests (real PostgreSQL), migration drift, browser tests, and the small benchmark (printed, not gated).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

process.env.NX_DAEMON = 'false';
process.env.NX_NO_CLOUD = 'true';

const apiPkg = existsSync('apps/api/package.json')
  ? JSON.parse(readFileSync('apps/api/package.json', 'utf8'))
  : { scripts: {} };
const rootPkg = JSON.parse(readFileSync('package.json', 'utf8'));

const steps = [
  ['format', 'npx prettier --check . --log-level warn'],
  ['build', 'npx nx run-many -t build --output-style=static'],
  ['lint + typecheck', 'npx nx run-many -t lint typecheck --output-style=static'],
  ['unit + integration tests', 'npx nx run-many -t test --parallel=1 --output-style=static'],
  ...(apiPkg.scripts?.['migrations:check']
    ? [['migration drift', 'npm run migrations:check -w @nianbao/api']]
    : []),
  ...(rootPkg.scripts?.e2e ? [['browser tests', 'npm run e2e']] : []),
  ...(rootPkg.scripts?.['bench:ci']
    ? [['benchmark (small profile, not gated)', 'npm run bench:ci', { gated: false }]]
    : []),
];

let passed = 0;
let failed = 0;
const failedSteps = [];

function run(name, cmd) {
  return new Promise((resolve) => {
    console.log(`\n=== ${name}: ${cmd}`);
    const child = spawn(cmd, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    const scan = (chunk, out) => {
      out.write(chunk);
      // eslint-disable-next-line no-control-regex -- strip the runners' colour codes before reading their summaries
      const text = chunk.toString().replace(/\x1b\[[0-9;]*m/g, '');
      for (const m of text.matchAll(/^\s*Tests:\s+(.*)$/gm)) {
        const f = /(\d+) failed/.exec(m[1]);
        const p = /(\d+) passed/.exec(m[1]);
        if (f) failed += Number(f[1]);
        if (p) passed += Number(p[1]);
      }
    };
    child.stdout.on('data', (c) => scan(c, process.stdout));
    child.stderr.on('data', (c) => scan(c, process.stderr));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

for (const [name, cmd, opts] of steps) {
  const code = await run(name, cmd);
  if (code !== 0 && opts?.gated !== false) failedSteps.push(name);
}

console.log('\n=== summary');
console.log(failedSteps.length ? `failed steps: ${failedSteps.join(', ')}` : 'all steps passed');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
