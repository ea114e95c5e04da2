import { describe, expect, it } from '@jest/globals';

import { DashboardCache, GenerationReader } from './dashboard-cache.js';

describe('GenerationReader', () => {
  it('never answers a caller from a read that started before it arrived; later callers share one read', async () => {
    let value = 1;
    const started: Array<() => void> = [];
    const reader = new GenerationReader(async (keys) => {
      const seen = value; // the snapshot is taken when the query starts
      await new Promise<void>((r) => started.push(r));
      return keys.map((k) => ({ k, g: String(seen) }));
    });
    const first = reader.read(['a']);
    value = 2; // a commit after the first read started
    const second = reader.read(['a']);
    const third = reader.read(['b']);
    started[0]();
    expect((await first).get('a')).toBe('1');
    await new Promise((r) => setImmediate(r));
    expect(started).toHaveLength(2);
    started[1]();
    expect((await second).get('a')).toBe('2');
    expect((await third).get('b')).toBe('2');
    expect(reader.queries).toBe(2);
  });

  it('passes a failure to the callers of that read only', async () => {
    let fail = true;
    const reader = new GenerationReader((keys) => {
      if (fail) return Promise.reject(new Error('down'));
      return Promise.resolve(keys.map((k) => ({ k, g: '5' })));
    });
    await expect(reader.read(['a'])).rejects.toThrow('down');
    fail = false;
    expect((await reader.read(['a'])).get('a')).toBe('5');
  });
});

describe('DashboardCache', () => {
  it('computes once for concurrent misses, then hits; evicts the least recently used by bytes', async () => {
    const cache = new DashboardCache(300);
    let computed = 0;
    const make = (n: number) => () => {
      computed++;
      return Promise.resolve({ pad: 'x'.repeat(n) });
    };
    const [a, b] = await Promise.all([
      cache.response('a', 60_000, make(60)),
      cache.response('a', 60_000, make(60)),
    ]);
    expect(a).toBe(b);
    expect(computed).toBe(1);
    await cache.response('b', 60_000, make(60));
    await cache.response('a', 60_000, make(60)); // a is now the most recent
    await cache.response('c', 60_000, make(60));
    await cache.response('d', 60_000, make(60));
    await cache.response('e', 60_000, make(60));
    expect(cache.size.bytes).toBeLessThanOrEqual(300);
    expect(cache.size.entries).toBe(4);
    const before = computed;
    await cache.response('a', 60_000, make(60));
    expect(computed).toBe(before); // kept
    await cache.response('b', 60_000, make(60));
    expect(computed).toBe(before + 1); // evicted
  });

  it('does not keep failures, and with 0 bytes never stores', async () => {
    const cache = new DashboardCache(1000);
    await expect(cache.response('x', 1000, () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(cache.size.entries).toBe(0);
    const off = new DashboardCache(0);
    let n = 0;
    await off.response('x', 1000, () => Promise.resolve(++n));
    await off.response('x', 1000, () => Promise.resolve(++n));
    expect(n).toBe(2);
  });
});
