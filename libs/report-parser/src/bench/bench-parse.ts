// `npm run bench:parse`: documents per second for each format, on one core (one Node thread),
// measured in one run over the sample report's versions. Prints a table; exits 0 (not gated).
// Each format is first parsed for a while (BENCH_WARMUP_SECONDS, default 0.5 s) before it is timed: the API
// parses thousands of files per process, so the steady state V8 reaches after optimising is what counts,
// and a handful of warm-up parses left the first timed second partly unoptimised.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport } from '../parse-report.js';

const TARGETS: Record<string, number> = { docx: 200, txt: 2000, pdf: 20, html: 200, md: 2000, xlsx: 20 };
const sampleDir = fileURLToPath(new URL('../../fixtures/sample/', import.meta.url));

export interface ParseBenchRow {
  figure: string;
  target: string;
  measured: number;
  unit: string;
  pass: boolean;
}

export async function benchParse(
  seconds = Number(process.env.BENCH_SECONDS ?? 2),
  warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 0.5),
): Promise<ParseBenchRow[]> {
  const rows: ParseBenchRow[] = [];
  if (!existsSync(sampleDir)) return rows;
  for (const file of readdirSync(sampleDir)
    .filter((f) => f.startsWith('input.'))
    .sort()) {
    const ext = file.split('.').pop() ?? '';
    const bytes = new Uint8Array(readFileSync(path.join(sampleDir, file)));
    const first = await parseReport(bytes, file);
    if (!first.ok) throw new Error(`${file}: ${first.failure.messageEn}`);
    const warmUntil = process.hrtime.bigint() + BigInt(Math.round(warmupSeconds * 1e9));
    for (let i = 0; i < 5 || process.hrtime.bigint() < warmUntil; i++) await parseReport(bytes, file);
    let n = 0;
    const start = process.hrtime.bigint();
    const until = start + BigInt(Math.round(seconds * 1e9));
    while (process.hrtime.bigint() < until) {
      await parseReport(bytes, file);
      n++;
    }
    const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
    const perSecond = Math.round((n / elapsed) * 10) / 10;
    const target = TARGETS[ext] ?? 0;
    rows.push({
      figure: `parser .${ext} (sample report)`,
      target: `≥ ${target}/s`,
      measured: perSecond,
      unit: 'docs/s',
      pass: perSecond >= target,
    });
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const rows = await benchParse();
  console.log('figure'.padEnd(34), 'target'.padEnd(10), 'measured'.padEnd(12), 'pass');
  for (const r of rows)
    console.log(
      r.figure.padEnd(34),
      r.target.padEnd(10),
      `${r.measured} ${r.unit}`.padEnd(12),
      r.pass ? 'yes' : 'NO',
    );
}
