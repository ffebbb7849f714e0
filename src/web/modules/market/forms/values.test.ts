import { describe, expect, test } from "vitest";
import { achievementInput, demandInput, expertInput, patentInput, withPublished } from "./values.ts";
import type { Achievement, Patent } from "../types.ts";

const common = { id: "a1", cityCode: "420100", domain: "光电子信息", published: false, isDemo: false, createdAt: "2026-01-01T00:00:00Z", updatedAt: "2026-01-01T00:00:00Z", orgName: "华中科技大学", abilities: { manage: true } };

describe("record form values", () => {
  test("blank texts are null, amounts null unless numbers, 面议 kept", () => {
    expect(demandInput({ title: " 需求 ", description: "描述", domain: "北斗", budget: null, negotiable: true, deadline: "  ", orgId: "o1" })).toEqual({
      title: "需求",
      description: "描述",
      domain: "北斗",
      budget: null,
      negotiable: true,
      deadline: null,
      orgId: "o1",
    });
    expect(achievementInput({ title: "t", price: 30, contactEmail: " ", transferModes: ["许可"] })).toMatchObject({ price: 30, negotiable: false, contactEmail: null, transferModes: ["许可"], published: false });
    expect(expertInput({ name: "张三", fields: [" 光纤 ", ""] }).fields).toEqual(["光纤"]);
  });

  test("a patent's names and IPC symbols are read from text as the record check reads them", () => {
    const input = patentInput({ applicationNo: "202110123456.X", applicants: "华中科技大学；武汉大学、华中科技大学", inventors: "张三,李四", ipc: "g06n3/08；H04B 10/25", legalStatus: "in_force", cityCode: "420100" });
    expect(input.applicants).toEqual(["华中科技大学", "武汉大学"]);
    expect(input.inventors).toEqual(["张三", "李四"]);
    expect(input.ipc).toEqual(["G06N 3/08", "H04B 10/25"]);
    expect(input).not.toHaveProperty("type");
  });

  test("publishing from the list sends every field of the stored record, 面议 and contacts included", () => {
    const a: Achievement = { ...common, kind: "achievement", title: "硅光芯片", summary: "简介简介简介简介", trl: 6, transferModes: ["许可"], price: null, negotiable: true, ownerOrgId: "o1", contactName: "王老师", contactPhone: "027-1234567", contactEmail: null };
    expect(withPublished(a, true)).toEqual({
      kind: "achievement",
      input: { title: "硅光芯片", summary: "简介简介简介简介", domain: "光电子信息", trl: 6, transferModes: ["许可"], price: null, negotiable: true, ownerOrgId: "o1", contactName: "王老师", contactPhone: "027-1234567", contactEmail: null, published: true },
    });
    const p: Patent = {
      ...common,
      kind: "patent",
      published: true,
      applicationNo: "202110123456.X",
      title: "一种方法",
      abstract: "",
      applicants: ["Foo Co., Ltd."],
      inventors: [],
      type: "invention",
      legalStatus: "in_force",
      ipc: ["G06N 3/08"],
      ownerOrgId: "o1",
      filingDate: "2021-01-01",
      grantDate: "2023-01-01",
      strategicEmerging: true,
      overseasFamily: false,
      pledgeAmount: null,
      nationalAward: false,
      chinaPatentAward: false,
      highValue: true,
      highValueCategories: ["hvp-sei"],
      filingYear: 2021,
    };
    const off = withPublished(p, false);
    expect(off.input).toMatchObject({ published: false, applicants: ["Foo Co., Ltd."], strategicEmerging: true, type: "invention", legalStatus: "in_force" });
  });
});
