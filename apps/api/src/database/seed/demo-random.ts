/**
 * Seeded randomness for the demo district: the same seed gives the same district on every machine.
 * mulberry32 is small and good enough for test data (not for anything secret).
 */
export class DemoRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median and log-scale spread: request volumes are heavily right-skewed. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Gamma(shape, 1) by Marsaglia–Tsang (boosted for shape < 1). */
  gamma(shape: number): number {
    if (shape < 1) return this.gamma(shape + 1) * Math.pow(this.next(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.next();
      if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  }

  /** Shares summing to 1, concentrated by `alphas` (a Dirichlet draw). */
  dirichlet(alphas: readonly number[]): number[] {
    const g = alphas.map((a) => this.gamma(a));
    const sum = g.reduce((s, x) => s + x, 0) || 1;
    return g.map((x) => x / sum);
  }

  /** Splits `total` whole items over categories with the given shares (each item drawn independently). */
  multinomial(total: number, shares: readonly number[]): number[] {
    const out = shares.map(() => 0);
    for (let i = 0; i < total; i++) {
      let u = this.next();
      let k = 0;
      while (k < shares.length - 1 && u >= shares[k]) {
        u -= shares[k];
        k++;
      }
      out[k]++;
    }
    return out;
  }
}
