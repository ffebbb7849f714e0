import { describe, expect, it } from "vitest";
import { buildOutline, type OutlineItem } from "./outline.ts";

const shape = (item: OutlineItem) => ({ path: item.path, lines: item.lines, children: item.children.length });

describe("the numbered outline", () => {
  it("nests levels by their form, outermost first", () => {
    const { items } = buildOutline(["一、任务", "(一)平台", "1.建设。", "(1)试点。", "(2)推广。", "2.运营。", "(二)企业", "二、保障"]);
    expect(items.map((i) => i.path)).toEqual([
      ["一"],
      ["一", "(一)"],
      ["一", "(一)", "1"],
      ["一", "(一)", "1", "(1)"],
      ["一", "(一)", "1", "(2)"],
      ["一", "(一)", "2"],
      ["一", "(二)"],
      ["二"],
    ]);
  });

  it("allows a skipped level and 1. items that run on across chapters", () => {
    const { items } = buildOutline(["一、甲", "1.建设。", "2.运营。", "二、乙", "3.推广。"]);
    expect(items.map((i) => i.path)).toEqual([["一"], ["一", "1"], ["一", "2"], ["二"], ["二", "3"]]);
  });

  it("gives a heading without full stop the paragraphs that follow it", () => {
    const { items, prose } = buildOutline(["一、总体要求", "以新思想为指导。", "到2025年,平台超过100个。", "二、任务"]);
    expect(shape(items[0] as OutlineItem)).toEqual({ path: ["一"], lines: ["总体要求", "以新思想为指导。", "到2025年,平台超过100个。"], children: 0 });
    expect(prose).toEqual([]);
  });

  it("attaches attribution lines to the item they follow", () => {
    const { items } = buildOutline(["1.推进建设", "加快建设平台。", "牵头单位:市科技局", "责任单位:各区人民政府", "2.下一项。"]);
    expect(items[0]?.lines).toEqual(["推进建设", "加快建设平台。", "牵头单位:市科技局", "责任单位:各区人民政府"]);
  });

  it("leaves a lead-in sentence between items to no item", () => {
    const { items, prose } = buildOutline(["1.推进建设。(市科技局负责)", "加快建设科技强市。", "2.下一项。", "再加一句。", "3.再下一项。"]);
    expect(items.map((i) => i.lines)).toEqual([["推进建设。(市科技局负责)"], ["下一项。"], ["再下一项。"]]);
    expect(prose.map((p) => p.text)).toEqual(["加快建设科技强市。", "再加一句。"]);
  });

  it("does not give an attributed item the paragraphs after it", () => {
    const long = "各地各部门要按照本方案要求,结合实际制定具体实施细则,明确责任分工和时间节点,确保各项任务落到实处。";
    const { items, prose } = buildOutline(["1.推进建设。(市科技局负责)", long]);
    expect(items[0]?.lines).toEqual(["推进建设。(市科技局负责)"]);
    expect(prose.map((p) => p.text)).toEqual([long]);
  });

  it("gives an unattributed item its second paragraph", () => {
    const second = "支持企业联合高校院所开展关键核心技术攻关,形成一批具有自主知识产权的创新成果,提升产业链供应链韧性。";
    const { items } = buildOutline(["(一)组织联合攻关。聚焦重点领域。", second, "(二)下一项。"]);
    expect(items[0]?.lines).toEqual(["组织联合攻关。聚焦重点领域。", second]);
  });

  it("gives an item the bullets below it, however short", () => {
    const { items, prose } = buildOutline(["(一)实施三大工程。", "——实施A工程。", "——实施B工程。(牵头单位:省科技厅)", "①建设基地。", "(二)下一项。"]);
    expect(items[0]?.lines).toEqual(["实施三大工程。", "——实施A工程。", "——实施B工程。(牵头单位:省科技厅)", "①建设基地。"]);
    expect(prose).toEqual([]);
  });

  it("rejoins a line broken mid-sentence", () => {
    const { items } = buildOutline(["1.推进建设。加快建设国家实验室和重大科技基础设施,", "推动成果转化。(牵头单位:", "市科技局)"]);
    expect(items[0]?.lines).toHaveLength(3);
  });

  it("keeps notes and attachment lines out of items", () => {
    const { items, prose } = buildOutline(["1.推进建设", "注:列第一位者为牵头单位。", "附件:重点任务清单"]);
    expect(items[0]?.lines).toEqual(["推进建设"]);
    expect(prose.map((p) => p.text)).toEqual(["注:列第一位者为牵头单位。", "附件:重点任务清单"]);
  });

  it("keeps the preamble before the first item as prose, in document order", () => {
    const { items, prose } = buildOutline(["为加快建设,制定本方案。", "一、任务"]);
    expect(prose).toEqual([{ text: "为加快建设,制定本方案。", order: 1 }]);
    expect(items[0]?.order).toBe(2);
  });
});
