/**
 * Exact rational arithmetic for the rules' comparisons: "不低于10%" must hold for 8/80 and for 0.3/3, which
 * binary floating point does not promise. Each value also carries `approx`, the same expression evaluated in
 * IEEE doubles — what a plain computation prints (the shared vectors' derived figures) — used for display only.
 *
 * A value is n/d in lowest terms with d > 0. While n and d are both safe integers (|x| ≤ 2⁵³ − 1, where every
 * integer is a double) — the usual case: money with a few decimals, head counts, percentages — they are kept as
 * doubles and no BigInt is made. Integer arithmetic on doubles is exact as long as its result is a safe integer,
 * and when it is not, the rounded result is not a safe integer either (rounding is monotonic and 2⁵³ is a double),
 * so every fast path checks its results with Number.isSafeInteger and falls back to BigInt when a check fails.
 */
import type { Op } from "./types.ts";

type Big = { readonly n: bigint; readonly d: bigint };

class Rational {
  constructor(
    /** n and d as doubles while both are safe integers; NaN when the value is held in `big`. */
    readonly num: number,
    readonly den: number,
    readonly big: Big | null,
    readonly approx: number,
  ) {}

  /** The numerator as a bigint (made on demand). */
  get n(): bigint {
    return this.big ? this.big.n : BigInt(this.num);
  }

  /** The denominator as a bigint (made on demand). */
  get d(): bigint {
    return this.big ? this.big.d : BigInt(this.den);
  }
}

export type Exact = Rational;

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const safe = Number.isSafeInteger;

const abs = (x: bigint) => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

const INT32_MAX = 0x7fffffff;

/** gcd of two non-negative safe integers (1 for 0 and 0). */
function gcdSmall(a: number, b: number): number {
  // The usual operands fit in 32 bits, where V8 computes the remainders on machine integers, far faster than on doubles.
  if (a <= INT32_MAX && b <= INT32_MAX) return gcd32(a | 0, b | 0);
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a === 0 ? 1 : a;
}

function gcd32(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b | 0;
    a = b;
    b = t;
  }
  return a === 0 ? 1 : a;
}

/** n/d (safe integers, d ≠ 0) in lowest terms. Zero is 0/1 — never −0, which a bigint cannot be either. */
function small(n: number, d: number, approx: number): Exact {
  if (n === 0) return new Rational(0, 1, null, approx);
  if (d === 1) return new Rational(n, 1, null, approx);
  const g = gcdSmall(Math.abs(n), Math.abs(d));
  const s = d < 0 ? -g : g;
  return new Rational(n / s, d / s, null, approx);
}

/** n/d (d ≠ 0) in lowest terms, kept as doubles when both fit. */
function make(n: bigint, d: bigint, approx: number): Exact {
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(abs(n), abs(d));
  const rn = (sign * n) / g;
  const rd = (sign * d) / g;
  if (abs(rn) <= SAFE && rd <= SAFE) return new Rational(Number(rn), Number(rd), null, approx);
  return new Rational(Number.NaN, Number.NaN, { n: rn, d: rd }, approx);
}

const bigN = (a: Exact): bigint => (a.big ? a.big.n : BigInt(a.num));
const bigD = (a: Exact): bigint => (a.big ? a.big.d : BigInt(a.den));

/** 10^k for k = 0…15, all exact doubles. */
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
/** The fast path's bound on the scaled numerator (see exact). */
const SCALED_MAX = 2 ** 50;

/** The exact value of a finite number as JSON writes it (0.1 is 1/10, not the nearest double). */
export function exact(x: number): Exact {
  if (safe(x)) return new Rational(x === 0 ? 0 : x, 1, null, x);
  // Few decimals without the string: the first k for which some integer m has m / 10^k === x (the division is
  // correctly rounded, so m·10^-k rounds to x). While |m| ≤ 2^50, |x| · 10^k < 2^52, so x's spacing to its
  // neighbours, at most |x| · 2^-52, is below 10^-k: no other decimal with k places rounds to x, and String(x) —
  // the shortest decimal that rounds to x, whose places cannot be more than k — is exactly m·10^-k.
  for (let k = 1; k < POW10.length; k++) {
    const scale = POW10[k] ?? 1;
    const m = Math.round(x * scale);
    if (!(Math.abs(m) <= SCALED_MAX)) break;
    if (m / scale === x) return small(m, scale, x);
  }
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!match || !Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const [, sign = "", int = "0", frac = "", exp = "0"] = match;
  const shift = Number(exp) - frac.length;
  const digits = BigInt(`${sign}${int}${frac}`);
  return shift >= 0 ? make(digits * 10n ** BigInt(shift), 1n, x) : make(digits, 10n ** BigInt(-shift), x);
}

export function add(a: Exact, b: Exact): Exact {
  const approx = a.approx + b.approx;
  if (a.big === null && b.big === null) {
    const l = a.num * b.den;
    const r = b.num * a.den;
    const n = l + r;
    const d = a.den * b.den;
    if (safe(l) && safe(r) && safe(n) && safe(d)) return small(n, d, approx);
  }
  return make(bigN(a) * bigD(b) + bigN(b) * bigD(a), bigD(a) * bigD(b), approx);
}

export function sub(a: Exact, b: Exact): Exact {
  const approx = a.approx - b.approx;
  if (a.big === null && b.big === null) {
    const l = a.num * b.den;
    const r = b.num * a.den;
    const n = l - r;
    const d = a.den * b.den;
    if (safe(l) && safe(r) && safe(n) && safe(d)) return small(n, d, approx);
  }
  return make(bigN(a) * bigD(b) - bigN(b) * bigD(a), bigD(a) * bigD(b), approx);
}

export function mul(a: Exact, b: Exact): Exact {
  const approx = a.approx * b.approx;
  if (a.big === null && b.big === null) {
    const n = a.num * b.num;
    const d = a.den * b.den;
    if (safe(n) && safe(d)) return small(n, d, approx);
  }
  return make(bigN(a) * bigN(b), bigD(a) * bigD(b), approx);
}

/** −1, 0 or 1: the sign of the value. */
export function sign(a: Exact): -1 | 0 | 1 {
  const n = a.big ? a.big.n : a.num;
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/** null when dividing by zero: a ratio the rules do not define. */
export function div(a: Exact, b: Exact): Exact | null {
  if (sign(b) === 0) return null;
  const approx = a.approx / b.approx;
  if (a.big === null && b.big === null) {
    const n = a.num * b.den;
    const d = a.den * b.num;
    if (safe(n) && safe(d)) return small(n, d, approx);
  }
  return make(bigN(a) * bigD(b), bigD(a) * bigN(b), approx);
}

export function sum(values: readonly Exact[]): Exact {
  return values.reduce(add, exact(0));
}

/** Integer percentages, the rules' usual constants, without a map lookup. */
const smallPercents: (Exact | undefined)[] = [];
const percents = new Map<number, Exact>();

/** p percent as an exact fraction: percent(10) is 1/10. Memoised: p is a rule's constant. */
export function percent(p: number): Exact {
  const integer = Number.isInteger(p) && p >= 0 && p <= 1000;
  let value = integer ? smallPercents[p] : percents.get(p);
  if (!value) {
    const e = exact(p);
    value = e.big === null && safe(e.den * 100) ? small(e.num, e.den * 100, p / 100) : make(bigN(e), bigD(e) * 100n, p / 100);
    if (integer) smallPercents[p] = value;
    else percents.set(p, value);
  }
  return value;
}

export function compare(a: Exact, b: Exact): -1 | 0 | 1 {
  if (a.big === null && b.big === null) {
    const l = a.num * b.den;
    const r = b.num * a.den;
    if (safe(l) && safe(r)) return l < r ? -1 : l > r ? 1 : 0;
  }
  const l = bigN(a) * bigD(b);
  const r = bigN(b) * bigD(a);
  return l < r ? -1 : l > r ? 1 : 0;
}

export function holds(a: Exact, op: Op, b: Exact): boolean {
  const c = compare(a, b);
  return op === ">=" ? c >= 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c < 0;
}

/** The double nearest the exact value (for reporting, e.g. a percentage). */
export function toNumber(a: Exact): number {
  // Both safe integers, so exact as doubles: the division rounds once, to the nearest double.
  if (a.big === null) return a.num / a.den;
  const { n, d } = a.big;
  const scale = 10n ** 20n;
  return Number((n * scale) / d) / 1e20;
}

/** The value as a percentage, e.g. 0.064 → 6.4. */
export const toPercent = (a: Exact): number => toNumber(mul(a, exact(100)));

/** The smallest multiple of `step` (a power of ten such as 0.01) not below the value: "约 96 万元" rounds up. */
export function ceilTo(a: Exact, step: number): number {
  const s = exact(step);
  const q = div(a, s);
  if (!q) return toNumber(a);
  let whole: number;
  if (q.big === null) {
    // Truncation towards zero, then one more when a positive remainder was cut: as the bigint branch below.
    const rest = q.num % q.den;
    whole = (q.num - rest) / q.den + (rest > 0 ? 1 : 0);
  } else {
    whole = Number(q.big.n / q.big.d + (q.big.n % q.big.d > 0n ? 1n : 0n));
  }
  return toNumber(mul(exact(whole), s));
}
