/**
 * Building blocks of every engine: three-valued logic (a missing figure leaves a condition undecided, never
 * guessed), condition builders that compare exactly, the collector of missing figures and provisional rules,
 * and the decision that turns conditions into eligibility.
 */
import { div, exact, holds, percent, toNumber, toPercent, type Exact } from "./exact.ts";
import type { Actual, AssessmentResult, Basis, Condition, ConditionGroup, Derived, FieldIssue, Lever, Op, Option, ProvisionalRule, Requirement, RuleSetId, ScoreItem, Tier, Unit } from "./types.ts";

type Tri = boolean | null;

export function all(values: readonly Tri[]): Tri {
  if (values.includes(false)) return false;
  return values.includes(null) ? null : true;
}

export function any(values: readonly Tri[]): Tri {
  if (values.includes(true)) return true;
  return values.includes(null) ? null : false;
}

/** What every engine collects while it reads its input. */
export class Findings {
  readonly missing: FieldIssue[] = [];
  readonly provisional: ProvisionalRule[] = [];

  /** The value, or null after noting the figure as missing. */
  need<T>(value: T | undefined, path: string): T | null {
    if (value !== undefined) return value;
    if (!this.missing.some((m) => m.path === path && m.key === "assess.missing")) this.missing.push({ path, key: "assess.missing" });
    return null;
  }

  missingYear(year: number): void {
    if (!this.missing.some((m) => m.key === "assess.missing_year" && m.params?.year === year)) this.missing.push({ path: "fiscalYears", key: "assess.missing_year", params: { year } });
  }

  flag(rule: ProvisionalRule): void {
    if (!this.provisional.some((p) => p.id === rule.id)) this.provisional.push(rule);
  }

  /**
   * a ÷ b exactly: undefined when a figure is missing; null when b is 0 — a ratio the rules do not define,
   * which the conditions treat as not met and the result names as provisional.
   */
  ratio(a: Exact | number | null, b: Exact | number | null): Exact | null | undefined {
    if (a === null || b === null) return undefined;
    const q = div(typeof a === "number" ? exact(a) : a, typeof b === "number" ? exact(b) : b);
    if (!q) this.flag({ id: "zero-denominator", rule: "比例的分母为 0 时，该比例按不满足要求、得 0 分处理", why: "规则未规定分母为 0 的情形（本系统的解读）" });
    return q;
  }
}

export type Spec = { id: string; label: string; measure?: string; article: string; group: ConditionGroup; basis?: Basis };

/**
 * One condition, built as a single literal: V8 (Node 20) takes microseconds for `{ ...base, more }`, which a
 * benchmark of 100,000 enterprises feels.
 */
function make(spec: Spec, basis: Basis, required: Requirement, actual: Actual | Actual[], met: Tri, lever?: Lever): Condition {
  const c: Condition = { id: spec.id, label: spec.label, required, actual, met, article: spec.article, group: spec.group, basis: spec.basis ?? basis };
  if (spec.measure) c.measure = spec.measure;
  if (lever) c.lever = lever;
  return c;
}

/** A yes/no fact that must have the value `expected` (e.g. majorIncidentPastYear must be false). */
export function flagCondition(spec: Spec, actual: boolean | null, expected = true): Condition {
  return make(spec, "declaration", { kind: "flag", value: expected }, actual, actual === null ? null : actual === expected);
}

/** A figure compared with a threshold in the same unit (万元, persons, items, points, years, days, or a figure given in percent). */
export function numberCondition(spec: Spec, actual: number | Exact | null, op: Op, value: number, unit: Unit): Condition {
  const a = actual === null ? null : typeof actual === "number" ? exact(actual) : actual;
  return make(spec, "data", { kind: "threshold", op, value, unit }, a && toNumber(a), a === null ? null : holds(a, op, exact(value)));
}

/**
 * A ratio compared with a percentage. `ratio` undefined: a figure is missing. `ratio` null: the denominator is 0,
 * which the rules do not provide for — the condition is not met and the caller flags the rule provisional.
 */
export function ratioCondition(spec: Spec, ratio: Exact | null | undefined, op: Op, valuePct: number | null, lever?: Lever): Condition {
  const met = ratio === undefined || valuePct === null ? null : ratio === null ? false : holds(ratio, op, percent(valuePct));
  return make(spec, "data", { kind: "threshold", op, value: valuePct, unit: "pct" }, ratio ? toPercent(ratio) : null, met, ratio === undefined ? undefined : lever);
}

const leverValue = (x: Exact | number) => (typeof x === "number" ? x : toNumber(x));

/** The parts of a ratio for the gap report, when both are known. */
export function lever(numerator: Exact | number | null, denominator: Exact | number | null, partOfWhole: boolean, unit: Lever["unit"]): Lever | undefined {
  if (numerator === null || denominator === null) return undefined;
  return { numerator: leverValue(numerator), denominator: leverValue(denominator), partOfWhole, unit };
}

/** Any one of several options (e.g. 营业收入 ≥ 1000 万元, or 股权融资 ≥ 2000 万元). */
export function anyOfCondition(spec: Spec, options: { option: Option; actual: Actual; met: Tri }[]): Condition {
  return make(spec, "data", { kind: "anyOf", options: options.map((o) => o.option) }, options.map((o) => o.actual), any(options.map((o) => o.met)));
}

/** An option of an anyOf condition that compares a figure with a threshold. */
export function numberOption(label: string, actual: number | null, op: Op, value: number, unit: Unit) {
  return { option: { kind: "threshold" as const, op, value, unit, label }, actual, met: actual === null ? null : holds(exact(actual), op, exact(value)) };
}

/** An option of an anyOf condition that is a yes/no fact. */
export function flagOption(label: string, actual: boolean | null) {
  return { option: { kind: "flag" as const, value: true, label }, actual, met: actual };
}

type Decision = { eligible: Tri; failedConditions: string[]; directQualification?: Tri };

/**
 * Eligible ⇔ every basic and required condition holds, and either every `main` condition holds or any `direct`
 * one does. Failed conditions are the ones that keep the enterprise out: an unmet `main` condition is not one when
 * a direct condition holds, and `direct` and `info` conditions are alternatives or notes, never failures.
 */
function decide(conditions: readonly Condition[]): Decision {
  // One pass for the three-valued verdicts (all/any only ask whether a false, a null or a true is among the values).
  let directCount = 0;
  let directTrue = false;
  let directNull = false;
  let mainFalse = false;
  let mainNull = false;
  let requiredFalse = false;
  let requiredNull = false;
  for (const c of conditions) {
    if (c.group === "direct") {
      directCount++;
      if (c.met === true) directTrue = true;
      else if (c.met === null) directNull = true;
    } else if (c.group === "main") {
      if (c.met === false) mainFalse = true;
      else if (c.met === null) mainNull = true;
    } else if (c.group === "basic" || c.group === "required") {
      if (c.met === false) requiredFalse = true;
      else if (c.met === null) requiredNull = true;
    }
  }
  const directQualification: Tri | undefined = directCount > 0 ? any([directTrue, directNull ? null : false]) : undefined;
  const mainPath = all([!mainFalse, mainNull ? null : true]);
  const path = directQualification === undefined ? mainPath : any([directQualification, mainPath]);
  const eligible = all([!requiredFalse, requiredNull ? null : true, path]);
  const failedConditions: string[] = [];
  for (const c of conditions) {
    if (c.met === false && (c.group === "basic" || c.group === "required" || (c.group === "main" && directQualification !== true))) failedConditions.push(c.id);
  }
  return directQualification === undefined ? { eligible, failedConditions } : { eligible, failedConditions, directQualification };
}

type Scored = { score: number | null; subscores: Record<string, number | null>; scoreItems: ScoreItem[]; scoreRange?: { min: number; max: number }; derived: Derived };

/** The result every engine returns, from its conditions, its findings and its score. */
export function assemble(head: { tier: Tier; ruleSet: RuleSetId; assessedOn: string }, conditions: Condition[], f: Findings, scored: Scored): AssessmentResult {
  const decision = decide(conditions);
  return {
    tier: head.tier,
    ruleSet: head.ruleSet,
    assessedOn: head.assessedOn,
    eligible: decision.eligible,
    score: scored.score,
    subscores: scored.subscores,
    conditions,
    failedConditions: decision.failedConditions,
    ...(decision.directQualification === undefined ? {} : { directQualification: decision.directQualification }),
    scoreItems: scored.scoreItems,
    ...(scored.scoreRange ? { scoreRange: scored.scoreRange } : {}),
    derived: scored.derived,
    provisional: f.provisional.length > 0,
    provisionalRules: f.provisional,
    incomplete: f.missing.length > 0,
    missing: f.missing,
  };
}
