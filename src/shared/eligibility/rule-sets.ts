/**
 * Which rule set applies on an assessment date. Dates are ISO strings, so they compare as text.
 * Spans from the domain files: high-tech-enterprise.md (HTE-2016), tech-sme.md (MOST-2017-115),
 * specialized-sme.md (MIIT-2022-63 until 2026-03-31, MIIT-2026-2 from 2026-04-01; nothing before 2022-08-01).
 */
import type { RuleSetId, Tier } from "./types.ts";

type Span = { id: RuleSetId; from: string; until?: string };

const MIIT: Span[] = [
  // 工信部企业〔2022〕63号 in force 2022-08-01; replaced by 工信部企业〔2026〕2号 in force 2026-04-01.
  { id: "MIIT-2022-63", from: "2022-08-01", until: "2026-03-31" },
  { id: "MIIT-2026-2", from: "2026-04-01" },
];

const RULE_SET_SPANS: Record<Tier, Span[]> = {
  // 国科发火〔2016〕32号, in force 2016-01-01 (with the 2016 工作指引, 国科发火〔2016〕195号).
  "high-tech": [{ id: "HTE-2016", from: "2016-01-01" }],
  // 国科发政〔2017〕115号, issued 2017-05-03.
  "tech-sme": [{ id: "MOST-2017-115", from: "2017-05-03" }],
  "innovative-sme": MIIT,
  "specialized-sme": MIIT,
  "little-giant": MIIT,
};

export type RuleSetChoice = { ruleSet: RuleSetId; reviewTransition: boolean };

/**
 * The rule set in force on `assessedOn`, or null when none is (exit 2). A 小巨人 复核 (review) assessed in 2026
 * uses MIIT-2022-63: the 2026 复核 round (工信厅企业函〔2026〕117号) still applied the 2022 standard
 * (specialized-sme.md, "Transition", secondary).
 */
export function ruleSetFor(tier: Tier, assessedOn: string, options: { review?: boolean } = {}): RuleSetChoice | null {
  if (tier === "little-giant" && options.review && assessedOn.startsWith("2026-") && assessedOn >= "2026-04-01") {
    return { ruleSet: "MIIT-2022-63", reviewTransition: true };
  }
  const span = RULE_SET_SPANS[tier].find((s) => assessedOn >= s.from && (s.until === undefined || assessedOn <= s.until));
  return span ? { ruleSet: span.id, reviewTransition: false } : null;
}

/** The first date any rule set of the tier applies, for the "no rule set" message. */
export const earliestDate = (tier: Tier): string => RULE_SET_SPANS[tier][0]?.from ?? "";
