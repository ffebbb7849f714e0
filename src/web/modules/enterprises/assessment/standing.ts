/**
 * How the gap report's page reads an assessment: each tier's standing (已持有 / 符合 / 不符合 / 无法判定), how many
 * of the conditions that decide it are met, and its score by sub-score. Read from the engines' results, never
 * recomputed: a threshold lives in the engine alone. Pure.
 */
import type { AssessmentResult, Condition } from "../../../../shared/eligibility/index.ts";

export type Standing = "held" | "eligible" | "notEligible" | "undecided";
type Assessed = { held: object | null; result: AssessmentResult | null };

export function standingOf({ held, result }: Assessed): Standing {
  if (held) return "held";
  if (!result || result.eligible === null) return "undecided";
  return result.eligible ? "eligible" : "notEligible";
}

/**
 * The conditions that decide the tier: 基本条件 and the other required ones, then the main path (the score, say) —
 * or, when a direct condition holds (直通), that path instead, met. `info` never decides.
 */
function deciding(result: AssessmentResult): { condition: Condition; met: boolean }[] {
  const direct = result.directQualification === true;
  const out = result.conditions
    .filter((c) => c.group === "basic" || c.group === "required" || (c.group === "main" && !direct))
    .map((condition) => ({ condition, met: condition.met === true }));
  const viaDirect = direct ? result.conditions.find((c) => c.group === "direct" && c.met === true) : undefined;
  return viaDirect ? [...out, { condition: viaDirect, met: true }] : out;
}

/** Conditions met of those deciding, and the share (a tier held counts whole); null when the engine could not run. */
export function closeness({ held, result }: Assessed): { met: number; total: number; share: number } | null {
  if (!result) return held ? { met: 0, total: 0, share: 1 } : null;
  const d = deciding(result);
  const met = d.filter((x) => x.met).length;
  const share = held || result.eligible === true ? 1 : d.length ? met / d.length : 0;
  return { met, total: d.length, share };
}

/** The conditions met, in the engine's order (for the ✓ list). */
export const metConditions = (result: AssessmentResult): Condition[] => deciding(result).filter((x) => x.met).map((x) => x.condition);

export type ScoreGroup = { id: string; points: number | null; max: number; items: AssessmentResult["scoreItems"] };

/**
 * The score by sub-score: the engine's scored items grouped by their sub-score, each group's points as the engine
 * gives them (null while an item lacks a figure) and its maximum, the sum of its items' maxima.
 */
export function scoreGroups(result: AssessmentResult): ScoreGroup[] {
  const groups = new Map<string, ScoreGroup>();
  for (const item of result.scoreItems) {
    const g = groups.get(item.subscore) ?? { id: item.subscore, points: null, max: 0, items: [] };
    g.items.push(item);
    g.max += item.max;
    groups.set(item.subscore, g);
  }
  return [...groups.values()].map((g) => {
    const given = result.subscores[g.id];
    const sum = g.items.every((i) => i.points !== null) ? g.items.reduce((a, i) => a + (i.points ?? 0), 0) : null;
    return { ...g, points: given === undefined ? sum : given };
  });
}
