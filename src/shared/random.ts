/**
 * Seeded randomness for the synthetic data (the enterprises' registry records, the marketplace's records): sfc32
 * seeded through murmur3's finaliser, a keyed Feistel permutation for numbers that must be unique but look random,
 * and FNV-1a for hashing text to keys. The generators' outputs are pinned (the assessment equivalence hash, the
 * marketplace's synthetic tests, data/market/match-eval.json): any change here changes them.
 * Pure: no clock, no Math.random; plain 32-bit integer arithmetic, the same on every platform.
 */

/** murmur3's finaliser: a 32-bit mix. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a over UTF-16 code units: a 32-bit key for a text. */
export function hashText(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A keyed bijection of [0, 2^(2·halfBits)): a four-round Feistel network. halfBits ≤ 15. */
export function permute(value: number, halfBits: number, key: number): number {
  const mask = (1 << halfBits) - 1;
  let left = (value >>> halfBits) & mask;
  let right = value & mask;
  for (let round = 0; round < 4; round += 1) {
    const f = mix32(right ^ Math.imul(key ^ round, 0x27d4eb2f)) & mask;
    [left, right] = [right, left ^ f];
  }
  return left * (1 << halfBits) + right;
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), seeded from a 32-bit seed and a stream number. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d = 1;
  constructor(seed: number, stream: number) {
    this.a = mix32(seed ^ 0x9e3779b9);
    this.b = mix32(stream ^ 0x85ebca6b);
    this.c = mix32(this.a ^ Math.imul(stream + 1, 0xc2b2ae35));
    for (let i = 0; i < 12; i += 1) this.u32();
  }
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) + t;
    this.c |= 0;
    return t >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }
  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError("pick from an empty list");
    return item;
  }
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((s, i) => s + weight(i), 0);
    let r = this.next() * total;
    for (const item of items) {
      r -= weight(item);
      if (r < 0) return item;
    }
    return this.pick(items);
  }
  /** An index of `weights` drawn in proportion to its weight. */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i += 1) {
      r -= weights[i] ?? 0;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }
  /** `n` distinct items (all of them when there are fewer), in drawn order: a partial Fisher–Yates shuffle. */
  sample<T>(items: readonly T[], n: number): T[] {
    const pool = items.slice();
    const out: T[] = [];
    for (let i = 0; i < n && i < pool.length; i += 1) {
      const j = i + Math.floor(this.next() * (pool.length - i));
      const chosen = pool[j];
      const here = pool[i];
      if (chosen === undefined || here === undefined) break;
      pool[j] = here;
      pool[i] = chosen;
      out.push(chosen);
    }
    return out;
  }
  /** Approximately normal (Irwin–Hall of four uniforms: plain arithmetic, the same on every platform), clamped. */
  normal(mean: number, sd: number, min = -Infinity, max = Infinity): number {
    const z = (this.next() + this.next() + this.next() + this.next() - 2) * Math.sqrt(3);
    return Math.min(max, Math.max(min, mean + sd * z));
  }
  /** Median × e^(σz): sizes, prices, budgets, amounts. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma));
  }
  /** A count with the given mean (Poisson by inversion; small means only). */
  count(mean: number): number {
    const limit = Math.exp(-Math.min(mean, 30));
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k += 1;
      p *= this.next();
    }
    return k;
  }
}
