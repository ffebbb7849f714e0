import { describe, expect, it } from "vitest";
import { ruleSetFor } from "./rule-sets.ts";

describe("the rule set is chosen by the assessment date", () => {
  it.each([
    ["high-tech", "2015-12-31", null],
    ["high-tech", "2016-01-01", "HTE-2016"],
    ["high-tech", "2030-01-01", "HTE-2016"],
    ["tech-sme", "2017-05-02", null],
    ["tech-sme", "2017-05-03", "MOST-2017-115"],
    ["innovative-sme", "2022-07-31", null],
    ["innovative-sme", "2022-08-01", "MIIT-2022-63"],
    ["specialized-sme", "2026-03-31", "MIIT-2022-63"],
    ["specialized-sme", "2026-04-01", "MIIT-2026-2"],
    ["little-giant", "2026-04-01", "MIIT-2026-2"],
  ] as const)("%s on %s → %s", (tier, date, expected) => {
    expect(ruleSetFor(tier, date)?.ruleSet ?? null).toBe(expected);
  });

  it("a 小巨人 复核 in 2026 still uses the 2022 standard; from 2027 the 2026 one", () => {
    expect(ruleSetFor("little-giant", "2026-06-01", { review: true })).toEqual({ ruleSet: "MIIT-2022-63", reviewTransition: true });
    expect(ruleSetFor("little-giant", "2027-06-01", { review: true })).toEqual({ ruleSet: "MIIT-2026-2", reviewTransition: false });
    expect(ruleSetFor("specialized-sme", "2026-06-01", { review: true })?.ruleSet).toBe("MIIT-2026-2");
  });
});
