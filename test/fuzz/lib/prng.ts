/** A small deterministic PRNG (mulberry32) for structured generators seeded by fast-check integers. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 0x9e3779b9;
  }
  /** Uniform float in [0, 1). */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** Integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.int(256);
    return out;
  }
  /** Mostly ASCII identifiers, sometimes arbitrary unicode or empty. */
  text(max = 12): string {
    const n = this.int(max + 1);
    const r = this.next();
    if (r < 0.7) {
      const alpha = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_';
      let s = '';
      for (let i = 0; i < n; i++) s += alpha[this.int(alpha.length)];
      return s;
    }
    if (r < 0.9) {
      let s = '';
      for (let i = 0; i < n; i++)
        s += String.fromCodePoint(this.pick([0x20, 0xe9, 0x4e2d, 0x1f600, 0x7f, 0]) + this.int(3));
      return s;
    }
    return this.pick(['', '__proto__', 'constructor', 'toString', 'Id', 'Props', 'a|b', 'x'.repeat(300)]);
  }
}
