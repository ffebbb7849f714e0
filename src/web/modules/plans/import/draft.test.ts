import { describe, expect, test } from "vitest";
import { chooseOrg, defaultSettings, draftOf, removeUnit, retitle, toPlanCreate, unknownNames, unresolvedNames } from "./draft.ts";
import type { PlanPreview, UnitMatch } from "../types.ts";

const unit = (name: string, match: UnitMatch["match"], orgId: string | null = null): UnitMatch => ({
  name,
  orgId,
  orgName: orgId ? `${name}（库）` : null,
  match,
  candidates: match === "ambiguous" ? [{ id: "c1", name: `${name}一` }, { id: "c2", name: `${name}二` }] : [],
});

const preview: PlanPreview = {
  title: "示例方案",
  chapters: [{ number: "一", title: "任务" }],
  targets: [{ text: "到2025年超过10家", indicator: "企业", comparator: ">", value: 10, unit: "家", year: 2025 }],
  tasks: [
    { chapter: "一", number: "(一)", path: ["一", "(一)"], title: "甲", body: "", leadUnits: [unit("省科技厅", "matched", "kjt")], responsibleUnits: [unit("某中心", "unknown"), unit("市局", "ambiguous")], targets: [] },
    { chapter: "一", number: "(二)", path: ["一", "(二)"], title: "乙", body: "", leadUnits: [unit("市局", "ambiguous")], responsibleUnits: [], targets: [] },
  ],
  warnings: [],
  stats: { tasks: 2, units: 3, matched: 1, unknown: 2, targets: 1 },
};

describe("import draft", () => {
  test("a choice for a printed name holds in every task that names it", () => {
    let draft = draftOf(preview);
    expect(unresolvedNames(draft)).toEqual(["市局"]);
    draft = chooseOrg(draft, "市局", { id: "c2", name: "市局二" });
    expect(unresolvedNames(draft)).toEqual([]);
    const plan = toPlanCreate(preview, draft, defaultSettings(preview, "2026-11-25"), { name: null, text: "…" });
    expect(plan.tasks[0]?.responsibleUnits).toEqual([{ name: "某中心", orgId: null }, { name: "市局", orgId: "c2" }]);
    expect(plan.tasks[1]?.leadUnits).toEqual([{ name: "市局", orgId: "c2" }]);
    expect(plan.tasks[0]?.leadUnits).toEqual([{ name: "省科技厅", orgId: "kjt" }]);
  });

  test("removing a unit and retitling touch one task only", () => {
    let draft = draftOf(preview);
    const [first, second] = draft.tasks;
    draft = removeUnit(draft, first?.key ?? "", "responsibleUnits", "某中心");
    draft = retitle(draft, second?.key ?? "", "乙（改）");
    expect(unknownNames(draft)).toEqual([]);
    expect(draft.tasks.map((t) => t.title)).toEqual(["甲", "乙（改）"]);
    expect(draft.tasks[0]?.responsibleUnits).toEqual(["市局"]);
  });

  test("dates: this year's start to the last target year's end, never before the start", () => {
    expect(defaultSettings(preview, "2024-03-01")).toMatchObject({ startDate: "2024-01-01", endDate: "2025-12-31", periodKind: "quarterly" });
    expect(defaultSettings(preview, "2026-11-25")).toMatchObject({ startDate: "2026-01-01", endDate: "2026-12-31" });
  });
});
