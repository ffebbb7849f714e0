import { describe, expect, test } from "vitest";
import { moveForm, moveOf, movesFrom, readiness, stageSteps } from "./stages.ts";
import type { HighTechSummary } from "./api.ts";

const entry = (stage: Parameters<typeof stageSteps>[0]["stage"], appliedOn: string | null = null, decidedOn: string | null = null) => ({ stage, appliedOn, decidedOn });
const statuses = (e: Parameters<typeof stageSteps>[0]) => stageSteps(e).map((s) => `${s.stage}:${s.status}`);

describe("stageSteps", () => {
  test("a new entry is at 后备, with 已申报 and 已认定 ahead", () => {
    expect(statuses(entry("reserve"))).toEqual(["reserve:process", "applied:wait", "certified:wait"]);
  });

  test("an application shows its date; a result shows the result's", () => {
    expect(stageSteps(entry("applied", "2025-05-10"))[1]).toEqual({ stage: "applied", status: "process", date: "2025-05-10" });
    const certified = stageSteps(entry("certified", "2025-05-10", "2025-11-20"));
    expect(certified.map((s) => s.status)).toEqual(["finish", "finish", "finish"]);
    expect(certified[2]).toEqual({ stage: "certified", status: "finish", date: "2025-11-20" });
  });

  test("未通过 and 已退出 end the round in error; a withdrawal before applying has no 已申报 step", () => {
    expect(statuses(entry("rejected", "2025-05-10", "2025-11-20"))).toEqual(["reserve:finish", "applied:finish", "rejected:error"]);
    expect(statuses(entry("withdrawn", "2025-05-10"))).toEqual(["reserve:finish", "applied:finish", "withdrawn:error"]);
    expect(statuses(entry("withdrawn"))).toEqual(["reserve:finish", "withdrawn:error"]);
  });

  test("an entry taken up again after a rejection does not show the old round's dates", () => {
    expect(stageSteps(entry("reserve", "2024-05-10", "2024-11-20")).map((s) => s.date)).toEqual([null, null, null]);
  });
});

describe("movesFrom and moveForm", () => {
  test("the moves the server accepts, each with what it asks for", () => {
    expect(movesFrom("reserve")).toEqual(["applied", "withdrawn"]);
    expect(movesFrom("applied")).toEqual(["certified", "rejected", "withdrawn"]);
    expect(movesFrom("certified")).toEqual([]);
    expect(movesFrom("rejected")).toEqual(["reserve"]);
    expect(movesFrom("applied").map(moveForm)).toEqual(["certificate", "decidedOn", "note"]);
    expect(moveForm("applied")).toBe("appliedOn");
  });
});

describe("moveOf", () => {
  test("sends only what the move asks for, trimmed, empty as null", () => {
    expect(moveOf("applied", { appliedOn: "2025-05-10", decidedOn: "2025-05-11", note: "x" })).toEqual({ stage: "applied", appliedOn: "2025-05-10" });
    expect(moveOf("rejected", { decidedOn: "" })).toEqual({ stage: "rejected", decidedOn: null });
    expect(moveOf("certified", { decidedOn: "2025-11-20", certificate: { number: " GR2025420001 ", year: 2025, validFrom: "", validUntil: "2028-11-19" } })).toEqual({
      stage: "certified",
      decidedOn: "2025-11-20",
      certificate: { number: "GR2025420001", year: 2025, validFrom: null, validUntil: "2028-11-19" },
    });
  });

  test("a note left empty keeps the entry's note (none is sent)", () => {
    expect(moveOf("withdrawn", { note: "  " })).toEqual({ stage: "withdrawn" });
    expect(moveOf("reserve", { note: " 下一轮再报 " })).toEqual({ stage: "reserve", note: "下一轮再报" });
  });
});

describe("readiness", () => {
  const summary = (s: Partial<HighTechSummary>): HighTechSummary => ({ eligible: null, score: null, unmet: 0, incomplete: false, held: false, withinReach: false, ...s });

  test("names what the engine decided", () => {
    expect(readiness(null)).toEqual({ kind: "unknown" });
    expect(readiness(summary({ eligible: true, score: 78 }))).toEqual({ kind: "eligible", score: 78 });
    expect(readiness(summary({ eligible: false, unmet: 2 }))).toEqual({ kind: "short", unmet: 2 });
    expect(readiness(summary({ eligible: null, unmet: 1, incomplete: true }))).toEqual({ kind: "incomplete", unmet: 1 });
  });

  test("a certificate held comes before any verdict", () => {
    expect(readiness(summary({ eligible: false, unmet: 3, held: true }))).toEqual({ kind: "held" });
  });
});
