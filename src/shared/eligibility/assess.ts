/**
 * One entry for every tier: check the input, choose the rule set by the assessment date, run the engine.
 * Pure — the date is part of the input (or given by the caller, e.g. `corridor assess --date`).
 */
import { assessHighTech } from "./high-tech/assess.ts";
import { readHighTechInput } from "./high-tech/input.ts";
import type { Read, ReadOptions } from "./input-reader.ts";
import { assessInnovativeSme } from "./msme/innovative.ts";
import { readInnovativeSmeInput } from "./msme/innovative-input.ts";
import { readMsmeInput, type MsmeInput } from "./msme/input.ts";
import { assessLittleGiant2022 } from "./msme/little-giant-2022.ts";
import { assessLittleGiant2026 } from "./msme/little-giant-2026.ts";
import { assessSpecialized2022 } from "./msme/specialized-2022.ts";
import { assessSpecialized2026 } from "./msme/specialized-2026.ts";
import { earliestDate, ruleSetFor, type RuleSetChoice } from "./rule-sets.ts";
import { assessTechSme } from "./tech-sme/assess.ts";
import { readTechSmeInput } from "./tech-sme/input.ts";
import { TIERS, type AssessmentResult, type FieldIssue, type Tier } from "./types.ts";

export type AssessOutcome = { ok: true; result: AssessmentResult } | { ok: false; errors: FieldIssue[] };

export const isTier = (value: string): value is Tier => (TIERS as readonly string[]).includes(value);

type Engine<T> = (input: T, choice: RuleSetChoice) => AssessmentResult;

function run<T extends { assessedOn: string; review?: boolean }>(tier: Tier, read: Read<T>, engine: Engine<T>): AssessOutcome {
  if (!read.input) return { ok: false, errors: read.errors };
  const choice = ruleSetFor(tier, read.input.assessedOn, { review: read.input.review });
  if (!choice) return { ok: false, errors: [{ path: "assessedOn", key: "assess.no_rule_set", params: { assessedOn: read.input.assessedOn, from: earliestDate(tier) } }] };
  return { ok: true, result: engine(read.input, choice) };
}

const is2026 = (c: RuleSetChoice) => c.ruleSet === "MIIT-2026-2";

/**
 * Assesses `raw` (the JSON of docs/assess-input.md) for `tier`. `assessedOn` replaces the input's date.
 * Bad input — unknown tier, wrong or impossible figures, no rule set on the date — gives field errors; missing
 * figures do not: the result lists them and stays undecided where they matter. `asCompacted`: see ReadOptions.
 */
export function assess(tier: string, raw: unknown, options: { assessedOn?: string } & ReadOptions = {}): AssessOutcome {
  if (!isTier(tier)) return { ok: false, errors: [{ path: "tier", key: "assess.unknown_tier", params: { tier, tiers: TIERS.join(" | ") } }] };
  const input = options.assessedOn !== undefined && typeof raw === "object" && raw !== null && !Array.isArray(raw) ? { ...raw, assessedOn: options.assessedOn } : raw;
  switch (tier) {
    case "high-tech":
      return run(tier, readHighTechInput(input, options), assessHighTech);
    case "tech-sme":
      return run(tier, readTechSmeInput(input, options), assessTechSme);
    case "innovative-sme":
      return run(tier, readInnovativeSmeInput(input, options), (i, c) => assessInnovativeSme(i, is2026(c) ? "MIIT-2026-2" : "MIIT-2022-63"));
    case "specialized-sme":
    case "little-giant":
      return assessMsme(tier, readMsmeInput(input, options));
  }
}

/**
 * 专精特新 or 小巨人 from an input already read: both tiers read the same input (but for `review`), so a caller
 * assessing both may read it once (enterprise/inputs.ts).
 */
export function assessMsme(tier: "specialized-sme" | "little-giant", read: Read<MsmeInput>): AssessOutcome {
  if (tier === "specialized-sme") return run(tier, read, (i, c) => (is2026(c) ? assessSpecialized2026(i) : assessSpecialized2022(i)));
  return run(tier, read, (i, c) => (is2026(c) ? assessLittleGiant2026(i) : assessLittleGiant2022(i, c)));
}
