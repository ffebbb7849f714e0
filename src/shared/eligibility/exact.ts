/**
 * Exact rational arithmetic for the rules' comparisons: "不低于10%" must hold for 8/80 and for 0.3/3, which
 * binary floating point does not promise. Each value also carries `approx`, the same expression evaluated in
 * IEEE doubles — what a plain computation prints (the shared vectors' derived figures) — used for display only.
 */
import type { Op } from "./types.ts";

export type Exact = { readonly n: bigint; readonly d: bigint; readonly approx: number };

const abs = (x: bigint) => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

function make(n: bigint, d: bigint, approx: number): Exact {
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(abs(n), abs(d));
  return { n: (sign * n) / g, d: (sign * d) / g, approx };
}

/** The exact value of a finite number as JSON writes it (0.1 is 1/10, not the nearest double). */
export function exact(x: number): Exact {
  if (Number.isSafeInteger(x)) return { n: BigInt(x), d: 1n, approx: x };
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m || !Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const [, sign = "", int = "0", frac = "", exp = "0"] = m;
  const shift = Number(exp) - frac.length;
  const digits = BigInt(`${sign}${int}${frac}`);
  return shift >= 0 ? make(digits * 10n ** BigInt(shift), 1n, x) : make(digits, 10n ** BigInt(-shift), x);
}

export const add = (a: Exact, b: Exact): Exact => make(a.n * b.d + b.n * a.d, a.d * b.d, a.approx + b.approx);
export const sub = (a: Exact, b: Exact): Exact => make(a.n * b.d - b.n * a.d, a.d * b.d, a.approx - b.approx);
export const mul = (a: Exact, b: Exact): Exact => make(a.n * b.n, a.d * b.d, a.approx * b.approx);

/** null when dividing by zero: a ratio the rules do not define. */
export function div(a: Exact, b: Exact): Exact | null {
  return b.n === 0n ? null : make(a.n * b.d, a.d * b.n, a.approx / b.approx);
}

export function sum(values: readonly Exact[]): Exact {
  return values.reduce(add, exact(0));
}

const percents = new Map<number, Exact>();

/** p percent as an exact fraction: percent(10) is 1/10. Memoised: p is a rule's constant. */
export function percent(p: number): Exact {
  let value = percents.get(p);
  if (!value) {
    const e = exact(p);
    value = make(e.n, e.d * 100n, p / 100);
    percents.set(p, value);
  }
  return value;
}

export function compare(a: Exact, b: Exact): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function holds(a: Exact, op: Op, b: Exact): boolean {
  const c = compare(a, b);
  return op === ">=" ? c >= 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c < 0;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The double nearest the exact value (for reporting, e.g. a percentage). */
export function toNumber(a: Exact): number {
  if (abs(a.n) <= SAFE && a.d <= SAFE) return Number(a.n) / Number(a.d);
  const scale = 10n ** 20n;
  return Number((a.n * scale) / a.d) / 1e20;
}

/** The value as a percentage, e.g. 0.064 → 6.4. */
export const toPercent = (a: Exact): number => toNumber(mul(a, exact(100)));

/** The smallest multiple of `step` (a power of ten such as 0.01) not below the value: "约 96 万元" rounds up. */
export function ceilTo(a: Exact, step: number): number {
  const s = exact(step);
  const q = div(a, s);
  if (!q) return toNumber(a);
  const whole = q.n / q.d + (q.n % q.d > 0n ? 1n : 0n);
  return toNumber(mul(exact(Number(whole)), s));
}
