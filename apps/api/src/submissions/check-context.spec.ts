import { describe, expect, it } from '@jest/globals';
import type { TextSignature } from '@nianbao/report-checks';

import { SignatureCache } from './check-context.js';

const sig = (hashes: number): TextSignature => ({
  length: hashes,
  digest: hashes,
  shingles: [new Float64Array(hashes), new Float64Array(0), new Float64Array(0)],
});

describe('SignatureCache', () => {
  it('keeps at most maxHashes shingle hashes, dropping the least recently used', () => {
    const cache = new SignatureCache(100);
    cache.set('a', sig(40));
    cache.set('b', sig(40));
    expect(cache.get('a')).toBeDefined(); // a is now the most recent
    cache.set('c', sig(40)); // 120 > 100: b goes
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.size).toBe(2);
  });

  it('does not keep a signature larger than the whole budget, and replaces an entry in place', () => {
    const cache = new SignatureCache(100);
    cache.set('huge', sig(101));
    expect(cache.get('huge')).toBeUndefined();
    cache.set('a', sig(60));
    cache.set('a', sig(30));
    cache.set('b', sig(70));
    expect(cache.get('a')?.length).toBe(30);
    expect(cache.get('b')).toBeDefined();
  });
});
