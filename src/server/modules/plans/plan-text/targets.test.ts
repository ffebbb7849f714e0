import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findTargets } from "./targets.ts";
import type { Comparator } from "./types.ts";

const only = (paragraph: string) => {
  const found = findTargets(paragraph);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("targets (plan-text.md, Targets)", () => {
  it.each<[string, Comparator]>([
    ["超过", ">"],
    ["突破", ">"],
    ["高于", ">"],
    ["多于", ">"],
    ["达到", ">="],
    ["不低于", ">="],
    ["不少于", ">="],
    ["力争达到", ">="],
    ["不超过", "<="],
    ["低于", "<"],
    ["少于", "<"],
    ["约", "="],
  ])("reads the leading word %s as %s", (word, comparator) => {
    expect(only(`到2025年,科技企业${word}120家。`)).toEqual({
      text: `科技企业${word}120家`,
      indicator: "科技企业",
      comparator,
      value: 120,
      unit: "家",
      year: 2025,
    });
  });

  it.each<[string, Comparator]>([
    ["以上", ">="],
    ["以下", "<="],
    ["左右", "="],
    ["以内", "<="],
  ])("reads the trailing word %s as %s", (word, comparator) => {
    expect(only(`培育科技企业120家${word}。`)).toMatchObject({ text: `培育科技企业120家${word}`, comparator, value: 120, unit: "家" });
  });

  it.each<[string, Comparator]>([
    ["达到36%以上", ">="],
    ["压缩至3个工作日以内", "<="],
    ["提高到65%左右", "="],
    ["稳定在8000人以上", ">="],
    ["控制在3%以内", "<="],
    ["超过5%左右", "="],
  ])("lets the trailing word decide in %s", (phrase, comparator) => {
    expect(only(`相关指标${phrase}。`)).toMatchObject({ indicator: "相关指标", comparator });
  });

  it("names the indicator without the verb that leads to the number", () => {
    expect(only("科技进步贡献率提高到65%左右。")).toMatchObject({ indicator: "科技进步贡献率", value: 65, unit: "%" });
    expect(only("全社会R&D经费支出占地区生产总值的比重超过4.2%。")).toMatchObject({
      text: "全社会R&D经费支出占地区生产总值的比重超过4.2%",
      indicator: "全社会R&D经费支出占地区生产总值的比重",
      value: 4.2,
    });
  });

  it("reads magnitudes into the unit and thousands separators into the value", () => {
    expect(only("技术合同成交额突破1.5万亿元。")).toMatchObject({ value: 1.5, unit: "万亿元" });
    expect(only("高新技术企业突破15,000家。")).toMatchObject({ value: 15000, unit: "家" });
    expect(only("研发投入强度提高2个百分点以上。")).toMatchObject({ value: 2, unit: "个百分点", comparator: ">=" });
    expect(only("每万名就业人员中研发人员达到200人年以上。")).toMatchObject({ value: 200, unit: "人年", comparator: ">=" });
  });

  it("takes the year of the nearest preceding 到YYYY年, YYYY年底前 or YYYY年前 in the paragraph", () => {
    const found = findTargets("到2025年,平台超过100个。2024年底前,基地超过20个;2026年前,园区超过5个,企业超过30家。");
    expect(found.map((t) => [t.indicator, t.year])).toEqual([
      ["平台", 2025],
      ["基地", 2024],
      ["园区", 2026],
      ["企业", 2026],
    ]);
  });

  it("leaves the year null when the paragraph names none", () => {
    expect(only("每年新增高新技术企业超过1000家。")).toMatchObject({ year: null });
    expect(only("高新技术企业超过1000家,力争2025年前后实现翻番。")).toMatchObject({ year: null });
  });

  it("keeps several targets of one sentence apart", () => {
    const found = findTargets("到2025年,高新技术企业突破15000家、科技型中小企业达到30000家,研发投入超过100亿元。");
    expect(found.map((t) => t.text)).toEqual(["高新技术企业突破15000家", "科技型中小企业达到30000家", "研发投入超过100亿元"]);
  });

  it.each([
    "对新认定的企业,最高给予50万元奖励。",
    "按研发费用的10%给予补助,每家不超过500万元。",
    "奖励金额不超过100万元。",
    "2023年实现营业收入超过100亿元。",
    "2022年,全市高新技术企业突破300家。",
    "全省高新技术企业已达到20000家。",
    "本方案有效期至2026年12月31日,有效期不超过3年。",
    "培育年营业收入超过10亿元的企业。",
    "引进投资额10亿元以上项目5个。",
    "支持省级以上科技创新平台建设。",
    "实施“5G+”行动,节约10%的能耗。",
  ])("finds no target in %s", (paragraph) => {
    expect(findTargets(paragraph)).toEqual([]);
  });

  it("counts a target followed by a reward in the same sentence", () => {
    expect(only("新增高新技术企业1500家以上,对首次认定的企业给予30万元奖励。")).toMatchObject({ value: 1500, comparator: ">=" });
  });

  it("counts a target whose subject is qualified by another amount", () => {
    expect(only("年营业收入超过100亿元的企业达到10家。")).toMatchObject({
      indicator: "年营业收入超过100亿元的企业",
      comparator: ">=",
      value: 10,
    });
  });

  it("does not mistake a baseline year or the plan period for a past fact", () => {
    expect(only("研发投入强度比2020年提高1个百分点以上。")).toMatchObject({ value: 1 });
    expect(only("2023—2025年,每年新增企业超过100家。")).toMatchObject({ value: 100 });
  });

  it("reads any number after a comparator word as the value (property)", () => {
    const word = fc.constantFrom("超过", "突破", "达到", "不低于", "不少于", "不超过", "低于", "少于", "高于", "多于");
    const unit = fc.constantFrom("家", "个", "%", "亿元", "万人", "项");
    fc.assert(
      fc.property(word, fc.integer({ min: 1, max: 9_999_999 }), unit, (w, n, u) => {
        const [target] = findTargets(`到2030年,全省指标${w}${n}${u}。`);
        expect(target).toMatchObject({ indicator: "全省指标", value: n, unit: u, year: 2030 });
      }),
    );
  });
});
