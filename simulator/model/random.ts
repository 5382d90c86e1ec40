/**
 * Seeded randomness: the same seed and scenario always give the same fleet, the same events
 * and byte-identical captures. Every camera and the CAD schedule draw from their own streams
 * (forked by name), so adding a camera does not change the others.
 */
export class Random {
  private a: number;

  constructor(seed: number) {
    this.a = seed >>> 0;
  }

  /** A stream of its own, derived from this one's seed and a name. */
  static forked(seed: number, name: string): Random {
    let h = seed >>> 0;
    for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x9e3779b1) >>> 0;
    return new Random(h ^ (h >>> 16));
  }

  /** mulberry32: [0, 1). */
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  int(min: number, max: number): number {
    return Math.floor(this.between(min, max + 1));
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }

  /** Time to the next event of a Poisson process with `perHour` events an hour, in ms. */
  exponentialMs(perHour: number): number {
    if (perHour <= 0) return Number.POSITIVE_INFINITY;
    return (-Math.log(1 - this.next()) / perHour) * 3_600_000;
  }
}
