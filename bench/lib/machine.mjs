// The machine a run was measured on, and a fixed CPU workload timed at the start: sessions run on
// machines of the same nominal kind whose speed differs (the same "AMD EPYC" model has parsed 3× faster
// on one day than on another), so figures from different runs are compared only with this reference beside them.
import { createHash } from 'node:crypto';
import os from 'node:os';

function workload() {
  const block = Buffer.alloc(64 * 1024, 7);
  let h = '';
  for (let i = 0; i < 400; i++) h = createHash('sha256').update(block).update(h).digest('hex');
  const doc = {
    rows: Array.from({ length: 2000 }, (_, i) => ({ i, name: `单位${i}`, v: [i, i * 2, i / 3] })),
  };
  let n = 0;
  for (let i = 0; i < 20; i++) n += JSON.parse(JSON.stringify(doc)).rows.length;
  const words = [];
  for (let i = 0; i < 200000; i++) words.push(`k${i % 997}`);
  const counts = new Map();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return h.length + n + counts.size;
}

/** Best of five timings of the fixed workload (ms), after one untimed round; lower is a faster machine. */
export function cpuReference() {
  workload();
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    workload();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return Math.round(best * 10) / 10;
}

export function machineNote() {
  const cpu = os.cpus()[0];
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return `${os.cpus().length} × ${cpu?.model ?? '?'}${cpu?.speed ? ` @ ${cpu.speed} MHz` : ''}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average at start ${load}`;
}
