// In-memory failure counters for login attempts. Per username (known or not, so a lockout does not
// reveal which usernames exist) and per client IP (offices sit behind one NAT: a higher limit).
export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export const USERNAME_RULE: ThrottleRule = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const IP_RULE: ThrottleRule = { maxFailures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

interface Counter {
  failures: number;
  firstAt: number;
  lockedUntil: number;
}

export class LoginThrottle {
  private readonly counters = new Map<string, Counter>();

  constructor(
    private readonly rule: ThrottleRule,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the key may try again, 0 when not locked. */
  lockedFor(key: string): number {
    const c = this.counters.get(key);
    if (!c) return 0;
    return Math.max(0, c.lockedUntil - this.now());
  }

  /** Records a failure; returns true when this failure locks the key. */
  fail(key: string): boolean {
    const now = this.now();
    let c = this.counters.get(key);
    if (!c || now - c.firstAt > this.rule.windowMs) {
      c = { failures: 0, firstAt: now, lockedUntil: 0 };
      this.counters.set(key, c);
    }
    c.failures += 1;
    if (c.failures >= this.rule.maxFailures) {
      c.lockedUntil = now + this.rule.lockMs;
      c.failures = 0;
      c.firstAt = now;
      return true;
    }
    this.prune(now);
    return false;
  }

  reset(key: string): void {
    this.counters.delete(key);
  }

  private prune(now: number): void {
    if (this.counters.size < 10_000) return;
    for (const [key, c] of this.counters) {
      if (c.lockedUntil < now && now - c.firstAt > this.rule.windowMs) this.counters.delete(key);
    }
  }
}
