/**
 * The gap report: for each condition that keeps an enterprise out, how far it is and what it would take
 * (研发费用占比 2.8%，需达到 4%，差 1.2 个百分点，约 96 万元), and which tier is nearest. Works on any tier's result,
 * because each condition carries its requirement and, for ratios, the figures behind it.
 */
import { translate, type Lang, type MessageKey, type MessageParams } from "../i18n/index.ts";
import { ceilTo, exact, percent, sub, div, mul, type Exact } from "./exact.ts";
import type { AssessmentResult, Condition, Lever, Option, Requirement, Tier, Unit } from "./types.ts";

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

type Threshold = Extract<Requirement, { kind: "threshold" }>;

/**
 * The gap of a threshold not met. The gaps are built as literals, key by key: V8 (Node 20) takes far longer for
 * `{ ...base, more }`, and a benchmark of 100,000 enterprises builds millions of them.
 */
function thresholdGap(conditionId: string, label: string, measure: string, r: Threshold, actual: Condition["actual"], met: boolean | null, lever: Lever | undefined): Gap {
  if (actual === null && met === false) return { conditionId, label, shortfall: null, unit: r.unit, message: { key: "gap.undefined_ratio", params: { measure } } };
  if (typeof actual !== "number" || r.value === null) return { conditionId, label, shortfall: null, unit: r.unit, message: { key: "gap.unknown", params: { label } } };
  const more = r.op === ">=" || r.op === ">";
  const strictStep = (r.op === ">" || r.op === "<") && INTEGER_UNITS.includes(r.unit) ? 1 : 0;
  const shortfall = round2((more ? r.value - actual : actual - r.value) + strictStep);
  const shown = round2(actual);
  if (r.unit !== "pct") {
    const key = more ? (r.op === ">" ? "gap.more_than" : "gap.at_least") : "gap.at_most";
    return { conditionId, label, shortfall, unit: r.unit, message: { key, params: { measure, actual: shown, required: r.value, diff: shortfall }, unit: r.unit } };
  }
  if (!lever) return { conditionId, label, shortfall, unit: "pct", message: { key: more ? "gap.pct_at_least" : "gap.pct_at_most", params: { measure, actual: shown, required: r.value, diff: shortfall } } };
  const amount = amountToClose(lever, r.value, more);
  return {
    conditionId,
    label,
    shortfall,
    unit: "pct",
    toClose: { amount, unit: lever.unit, direction: more ? "more" : "less" },
    message: { key: more ? "gap.pct_at_least_amount" : "gap.pct_at_most_amount", params: { measure, actual: shown, required: r.value, diff: shortfall, amount }, unit: lever.unit },
  };
}

const unknownGap = (conditionId: string, label: string): Gap => ({ conditionId, label, shortfall: null, unit: null, message: { key: "gap.unknown", params: { label } } });
const flagGap = (conditionId: string, label: string, basis: Condition["basis"]): Gap => ({ conditionId, label, shortfall: null, unit: null, message: { key: basis === "expert" ? "gap.flag_expert" : "gap.flag", params: { label } } });

/** The gap of one option of an anyOf condition that is not met: every option whose figure is known falls short. */
function optionGap(c: Condition, option: Option, i: number, actual: Condition["actual"]): Gap {
  const id = `${c.id}.${i}`;
  if (actual === null) return unknownGap(id, option.label);
  if (option.kind === "flag") return flagGap(id, option.label, c.basis);
  return thresholdGap(id, option.label, option.label, option, actual, false, undefined);
}

/** The gap of one condition that is not met (or not known). */
function conditionGap(c: Condition): Gap {
  const r = c.required;
  if (c.met === null && r.kind !== "anyOf") return unknownGap(c.id, c.label);
  if (r.kind === "flag") return flagGap(c.id, c.label, c.basis);
  if (r.kind === "threshold") return thresholdGap(c.id, c.label, c.measure ?? c.label, r, c.actual, c.met, c.lever);
  const actuals = Array.isArray(c.actual) ? c.actual : [];
  const options: Gap[] = [];
  const labels: string[] = [];
  for (let i = 0; i < r.options.length; i++) {
    const option = r.options[i];
    if (!option) continue;
    options.push(optionGap(c, option, i, actuals[i] ?? null));
    labels.push(option.label);
  }
  return { conditionId: c.id, label: c.label, shortfall: null, unit: null, message: { key: "gap.any_of", params: { label: c.label, options: labels.join("；") } }, options };
}

/** Whether a condition keeps the enterprise out: basic and required ones, and main ones unless a direct one holds. */
const isBlocking = (c: Condition, directHolds: boolean): boolean => c.met !== true && (c.group === "basic" || c.group === "required" || (c.group === "main" && !directHolds));

/**
 * Every condition that keeps the enterprise out, with its gap. When the main path (e.g. the score) falls short and
 * the tier has direct conditions, a last entry names them as the alternative.
 */
export function gaps(result: AssessmentResult): Gap[] {
  const directHolds = result.directQualification === true;
  const list: Gap[] = [];
  const direct: string[] = [];
  let mainBlocks = false;
  for (const c of result.conditions) {
    if (c.group === "direct") direct.push(c.label);
    else if (isBlocking(c, directHolds)) {
      list.push(conditionGap(c));
      if (c.group === "main") mainBlocks = true;
    }
  }
  if (direct.length > 0 && !directHolds && mainBlocks) {
    const options = direct.join("；");
    list.push({ conditionId: "direct", label: options, shortfall: null, unit: null, message: { key: "gap.alternative", params: { options } } });
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
  return nearestOf(results.filter((r) => r.eligible !== true).map((result) => ({ result, gaps: gaps(result) })));
}

/** nearestTier for results whose gaps (each result's `gaps(result)`) are known already; eligible results are skipped. */
export function nearestOf(assessed: readonly { result: AssessmentResult; gaps: readonly Gap[] }[]): Nearest | null {
  const candidates: { tier: Tier; result: AssessmentResult; gaps: Gap[]; unmet: number; far: number }[] = [];
  for (const { result, gaps: all } of assessed) {
    if (result.eligible === true) continue;
    const list = all.filter((g) => g.conditionId !== "direct");
    let far = 0;
    for (const g of list) far += distance(g, result.conditions.find((c) => c.id === g.conditionId));
    candidates.push({ tier: result.tier, result, gaps: list, unmet: list.length, far });
  }
  candidates.sort((a, b) => a.unmet - b.unmet || a.far - b.far || LADDER.indexOf(a.tier) - LADDER.indexOf(b.tier));
  const best = candidates[0];
  return best ? { tier: best.tier, result: best.result, gaps: best.gaps, unmet: best.unmet } : null;
}
