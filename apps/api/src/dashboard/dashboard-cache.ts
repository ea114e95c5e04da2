/**
 * In-process cache of dashboard responses (serialised JSON bytes) and of small derived values (resolved
 * scopes, the default year). Keys carry the generations of dashboard_generation they were computed
 * under, so a write that commits a new generation makes the old entries unreachable; they age out of the
 * LRU. Bounded by bytes (responses are Buffers, counted by length; small values count 1 KB each).
 * Concurrent misses of one key share one computation.
 */
export class DashboardCache {
  private readonly entries = new Map<string, { value: unknown; size: number; expiresAt: number }>();
  private readonly inflight = new Map<string, Promise<unknown>>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  /** maxBytes 0: responses are never stored (every call computes); small values still are. */
  constructor(readonly maxBytes: number) {}

  get enabled(): boolean {
    return this.maxBytes > 0;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /** The JSON bytes under `key`, computing (once for concurrent callers) and storing them on a miss. */
  async response(key: string, ttlMs: number, compute: () => Promise<unknown>): Promise<Buffer> {
    if (!this.enabled) return Buffer.from(JSON.stringify(await compute()));
    return this.through(
      key,
      ttlMs,
      async () => Buffer.from(JSON.stringify(await compute())),
      (b) => b.length,
    );
  }

  /** A small value (scope, default year) under `key`. */
  value<T>(key: string, ttlMs: number, compute: () => Promise<T>): Promise<T> {
    return this.through(key, ttlMs, compute, () => 1024);
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private async through<T>(
    key: string,
    ttlMs: number,
    compute: () => Promise<T>,
    sizeOf: (v: T) => number,
  ): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) {
      // Map order is the LRU order: move to the end.
      this.entries.delete(key);
      this.entries.set(key, hit);
      this.hits++;
      return hit.value as T;
    }
    if (hit) this.remove(key);
    const pending = this.inflight.get(key);
    if (pending) return pending as Promise<T>;
    this.misses++;
    const p = compute().then(
      (value) => {
        this.inflight.delete(key);
        this.store(key, value, sizeOf(value), Date.now() + ttlMs);
        return value;
      },
      (err: unknown) => {
        this.inflight.delete(key);
        throw err;
      },
    );
    this.inflight.set(key, p);
    return p;
  }

  private store(key: string, value: unknown, size: number, expiresAt: number): void {
    if (size > this.maxBytes / 4) return; // one response may not evict most of the cache
    this.remove(key);
    this.entries.set(key, { value, size, expiresAt });
    this.bytes += size;
    for (const [k] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(k);
    }
  }

  private remove(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.bytes -= e.size;
  }
}

interface GenerationBatch {
  keys: Set<string>;
  unitIds: Set<string>;
  promise: Promise<Map<string, string>>;
  resolve: (m: Map<string, string>) => void;
  reject: (e: unknown) => void;
}

/**
 * Reads of dashboard_generation, coalesced: callers that arrive while a read is running share the *next*
 * read, which starts after that one ends — never the running one, whose snapshot may predate a commit
 * the caller has already seen (its own submission). So every caller gets generations read after it
 * arrived, with one query per round trip instead of one per request.
 * Keys: scope keys ('*', 'all', node ids) and `unit:<id>` (the generation of the unit's node).
 */
export class GenerationReader {
  private pending: GenerationBatch | null = null;
  private running = false;
  queries = 0;

  constructor(
    private readonly query: (keys: string[], unitIds: string[]) => Promise<Array<{ k: string; g: string }>>,
  ) {}

  read(keys: string[], unitIds: string[] = []): Promise<Map<string, string>> {
    let b = this.pending;
    if (!b) {
      let resolve!: (m: Map<string, string>) => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<Map<string, string>>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      b = { keys: new Set(), unitIds: new Set(), promise, resolve, reject };
      this.pending = b;
    }
    for (const k of keys) b.keys.add(k);
    for (const u of unitIds) b.unitIds.add(u);
    if (!this.running) void this.pump();
    return b.promise;
  }

  private async pump(): Promise<void> {
    this.running = true;
    try {
      while (this.pending) {
        const b = this.pending;
        this.pending = null;
        this.queries++;
        try {
          const rows = await this.query([...b.keys], [...b.unitIds]);
          b.resolve(new Map(rows.map((r) => [r.k, r.g])));
        } catch (err) {
          b.reject(err);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
