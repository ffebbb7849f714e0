/**
 * The gap report: for each condition that keeps an enterprise out, how far it is and what it would take
 * (研发费用占比 2.8%，需达到 4%，差 1.2 个百分点，约 96 万元), and which tier is nearest. Works on any tier's result,
 * because each condition carries its requirement and, for ratios, the figures behind it.
 */
import { translate, type Lang, type MessageKey, type MessageParams } from "../i18n/index.ts";
import { ceilTo, exact, percent, sub, div, mul, type Exact } from "./exact.ts";
import type { AssessmentResult, Condition, Lever, Tier, Unit } from "./types.ts";

export type Gap = {
  conditionId: string;
  label: string;
  /** In the requirement's unit (percentage points for pct); null when it cannot be told. */
  shortfall: number | null;
  unit: Unit | null;
  /** For a ratio: how much of its numerator to add (or remove) with everything else unchanged. */
  toClose?: { amount: number; unit: Lever["unit"]; direction: "more" | "less" };
  message: { key: MessageKey; params: MessageParams; unit?: Unit };
  /** anyOf conditions and the direct path: each alternative's own gap. */
  options?: Gap[];
};

const round2 = (x: number) => Math.round(x * 100) / 100;
const INTEGER_UNITS: readonly Unit[] = ["points", "persons", "items", "days"];

/** How much of the numerator to add (≥) or remove (≤) to reach p: (pD − N) or, when N is part of D, (pD − N)/(1 − p). */
function amountToClose(l: Lever, pct: number, more: boolean): number {
  const p = percent(pct);
  const [n, d] = [exact(l.numerator), exact(l.denominator)];
  const raw: Exact = more ? sub(mul(p, d), n) : sub(n, mul(p, d));
  const amount = l.partOfWhole ? div(raw, sub(exact(1), p)) : raw;
  return amount ? ceilTo(amount, l.unit === "persons" ? 1 : 0.01) : Number.NaN;
}

function thresholdGap(c: Condition, base: Pick<Gap, "conditionId" | "label">): Gap {
  const r = c.required;
  const measure = c.measure ?? c.label;
  if (r.kind !== "threshold") return { ...base, shortfall: null, unit: null, message: { key: "gap.unknown", params: { label: c.label } } };
  if (c.actual === null && c.met === false) return { ...base, shortfall: null, unit: r.unit, message: { key: "gap.undefined_ratio", params: { measure } } };
  if (typeof c.actual !== "number" || r.value === null) return { ...base, shortfall: null, unit: r.unit, message: { key: "gap.unknown", params: { label: c.label } } };
  const more = r.op === ">=" || r.op === ">";
  const strictStep = (r.op === ">" || r.op === "<") && INTEGER_UNITS.includes(r.unit) ? 1 : 0;
  const shortfall = round2((more ? r.value - c.actual : c.actual - r.value) + strictStep);
  const params = { measure, actual: round2(c.actual), required: r.value, diff: shortfall };
  if (r.unit !== "pct") {
    const key = more ? (r.op === ">" ? "gap.more_than" : "gap.at_least") : "gap.at_most";
    return { ...base, shortfall, unit: r.unit, message: { key, params, unit: r.unit } };
  }
  if (!c.lever) return { ...base, shortfall, unit: "pct", message: { key: more ? "gap.pct_at_least" : "gap.pct_at_most", params } };
  const amount = amountToClose(c.lever, r.value, more);
  return {
    ...base,
    shortfall,
    unit: "pct",
    toClose: { amount, unit: c.lever.unit, direction: more ? "more" : "less" },
    message: { key: more ? "gap.pct_at_least_amount" : "gap.pct_at_most_amount", params: { ...params, amount }, unit: c.lever.unit },
  };
}

/** The gap of one condition that is not met (or not known). */
function conditionGap(c: Condition): Gap {
  const base = { conditionId: c.id, label: c.label };
  if (c.met === null && c.required.kind !== "anyOf") return { ...base, shortfall: null, unit: null, message: { key: "gap.unknown", params: { label: c.label } } };
  if (c.required.kind === "flag") return { ...base, shortfall: null, unit: null, message: { key: c.basis === "expert" ? "gap.flag_expert" : "gap.flag", params: { label: c.label } } };
  if (c.required.kind === "threshold") return thresholdGap(c, base);
  const actuals = Array.isArray(c.actual) ? c.actual : [];
  // The condition is not met, so every option whose figure is known falls short.
  const options = c.required.options.map((option, i) => {
    const actual = actuals[i] ?? null;
    return conditionGap({ ...c, id: `${c.id}.${i}`, label: option.label, measure: option.label, required: option, actual, met: actual === null ? null : false, lever: undefined });
  });
  return { ...base, shortfall: null, unit: null, message: { key: "gap.any_of", params: { label: c.label, options: c.required.options.map((o) => o.label).join("；") } }, options };
}

/**
 * Every condition that keeps the enterprise out, with its gap. When the main path (e.g. the score) falls short and
 * the tier has direct conditions, a last entry names them as the alternative.
 */
export function gaps(result: AssessmentResult): Gap[] {
  const directHolds = result.directQualification === true;
  const blocking = result.conditions.filter((c) => c.met !== true && (c.group === "basic" || c.group === "required" || (c.group === "main" && !directHolds)));
  const list = blocking.map(conditionGap);
  const direct = result.conditions.filter((c) => c.group === "direct");
  if (direct.length > 0 && !directHolds && blocking.some((c) => c.group === "main")) {
    list.push({
      conditionId: "direct",
      label: direct.map((c) => c.label).join("；"),
      shortfall: null,
      unit: null,
      message: { key: "gap.alternative", params: { options: direct.map((c) => c.label).join("；") } },
    });
  }
  return list;
}

const UNIT_KEYS: Record<Unit, MessageKey> = { pct: "unit.pct", wan: "unit.wan", persons: "unit.persons", items: "unit.items", points: "unit.points", years: "unit.years", days: "unit.days" };

/** A gap in words, e.g. "研发费用占比 2.8%，需达到 4%，差 1.2 个百分点，约 96 万元". */
export function describeGap(gap: Gap, lang: Lang): string {
  const { key, params, unit } = gap.message;
  return translate(lang, key, unit ? { ...params, unit: translate(lang, UNIT_KEYS[unit]) } : params);
}

/** Tiers from the easiest to reach up, to break ties in nearestTier. */
const LADDER: readonly Tier[] = ["tech-sme", "innovative-sme", "high-tech", "specialized-sme", "little-giant"];

/** 0–1 per gap: a threshold by how far it is relative to the requirement; anything else counts 1. */
function distance(gap: Gap, c: Condition | undefined): number {
  const r = c?.required;
  if (!r || r.kind !== "threshold" || gap.shortfall === null || !r.value) return 1;
  return Math.min(1, Math.abs(gap.shortfall / r.value));
}

export type Nearest = { tier: Tier; result: AssessmentResult; gaps: Gap[]; unmet: number };

/**
 * Of the tiers not yet reached, the nearest: the fewest conditions short, then the smallest relative shortfall,
 * then the lower tier. null when every result is eligible (or none is given).
 */
export function nearestTier(results: readonly AssessmentResult[]): Nearest | null {
  const candidates = results
    .filter((r) => r.eligible !== true)
    .map((result) => {
      const list = gaps(result).filter((g) => g.conditionId !== "direct");
      const far = list.reduce((a, g) => a + distance(g, result.conditions.find((c) => c.id === g.conditionId)), 0);
      return { tier: result.tier, result, gaps: list, unmet: list.length, far };
    })
    .sort((a, b) => a.unmet - b.unmet || a.far - b.far || LADDER.indexOf(a.tier) - LADDER.indexOf(b.tier));
  const best = candidates[0];
  return best ? { tier: best.tier, result: best.result, gaps: best.gaps, unmet: best.unmet } : null;
}
