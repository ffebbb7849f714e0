import { describe, expect, it } from "vitest";
import { assignRoles, carriesOn, statesFirstListedLeads, type ListedUnit } from "./lead-rule.ts";

const listed = (role: ListedUnit["role"], ...names: string[]): ListedUnit[] => names.map((name) => ({ name, role }));

describe("who leads", () => {
  it.each([
    "注:列第一位者为牵头单位。",
    "各项任务中排在首位的为牵头单位",
    "第一个为牵头单位",
    "排在第一位的单位为牵头单位",
    "列首位的部门牵头",
    "责任分解中,列第一位的责任单位为牵头单位或汇总单位",
    "牵头单位为排在第一位的单位",
  ])("recognises the first-listed-leads rule in %s", (text) => {
    expect(statesFirstListedLeads(text)).toBe(true);
  });

  it("does not see the rule in ordinary text", () => {
    expect(statesFirstListedLeads("支持武汉牵头建设光电子产业知识产权运营中心")).toBe(false);
    expect(statesFirstListedLeads("建设首个国家级平台,由武汉牵头")).toBe(false);
  });

  it("recognises 下同", () => {
    expect(carriesOn("列第一位者为牵头单位,下同")).toBe(true);
    expect(carriesOn("列第一位者为牵头单位")).toBe(false);
  });

  it("gives named leads the lead and everyone else the responsibility", () => {
    expect(assignRoles([...listed("lead", "A"), ...listed("responsible", "B", "C")], true)).toEqual({
      leadUnits: ["A"],
      responsibleUnits: ["B", "C"],
    });
  });

  it("makes the first listed unit lead when the document says so", () => {
    expect(assignRoles(listed("undecided", "A", "B", "C"), true)).toEqual({ leadUnits: ["A"], responsibleUnits: ["B", "C"] });
    expect(assignRoles(listed("responsible", "A", "B"), true)).toEqual({ leadUnits: ["A"], responsibleUnits: ["B"] });
    expect(assignRoles([...listed("undecided", "A", "B"), ...listed("responsible", "C")], true)).toEqual({
      leadUnits: ["A"],
      responsibleUnits: ["B", "C"],
    });
  });

  it("without the rule: A负责 leads alone; A、B负责 and 责任单位 lists lead nobody", () => {
    expect(assignRoles(listed("undecided", "A"), false)).toEqual({ leadUnits: ["A"], responsibleUnits: [] });
    expect(assignRoles(listed("undecided", "A", "B"), false)).toEqual({ leadUnits: [], responsibleUnits: ["A", "B"] });
    expect(assignRoles(listed("responsible", "A"), false)).toEqual({ leadUnits: [], responsibleUnits: ["A"] });
  });

  it("without the rule: A负责,B配合 makes A the lead", () => {
    expect(assignRoles([...listed("undecided", "A"), ...listed("responsible", "B")], false)).toEqual({
      leadUnits: ["A"],
      responsibleUnits: ["B"],
    });
  });
});
