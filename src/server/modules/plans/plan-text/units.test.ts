import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { looksLikeUnit, splitUnitList } from "./units.ts";

describe("unit lists", () => {
  it("splits at 、 , and ;", () => {
    expect(splitUnitList("省科技厅、省发改委,省经信厅;省财政厅")).toEqual(["省科技厅", "省发改委", "省经信厅", "省财政厅"]);
  });

  it("shares a suffix printed once across the places before it", () => {
    expect(splitUnitList("武汉市、鄂州市、黄石市人民政府")).toEqual(["武汉市人民政府", "鄂州市人民政府", "黄石市人民政府"]);
    expect(splitUnitList("东湖高新区、武汉经开区管委会")).toEqual(["东湖高新区管委会", "武汉经开区管委会"]);
    expect(splitUnitList("武汉市、鄂州市市场监管局")).toEqual(["武汉市市场监管局", "鄂州市市场监管局"]);
    expect(splitUnitList("黄石市、大冶市、阳新县人民政府")).toEqual(["黄石市人民政府", "大冶市人民政府", "阳新县人民政府"]);
  });

  it("does not share a suffix across a comma or onto a unit that already has one", () => {
    expect(splitUnitList("武汉市、鄂州市人民政府,省发改委")).toEqual(["武汉市人民政府", "鄂州市人民政府", "省发改委"]);
    expect(splitUnitList("省发改委,武汉市、黄石市人民政府")).toEqual(["省发改委", "武汉市人民政府", "黄石市人民政府"]);
    expect(splitUnitList("武汉市、省科技厅")).toEqual(["武汉市", "省科技厅"]);
  });

  it("does not give a zone's 管委会 to a city", () => {
    expect(splitUnitList("武汉市、东湖高新区管委会")).toEqual(["武汉市", "东湖高新区管委会"]);
  });

  it.each(["各区人民政府", "各市、州、直管市人民政府", "各区、县级市人民政府", "各县(市、区)人民政府", "各市州人民政府"])(
    "keeps the collective %s as one unit",
    (collective) => {
      expect(splitUnitList(collective)).toEqual([collective]);
      expect(splitUnitList(`省科技厅、${collective}`)).toEqual(["省科技厅", collective]);
    },
  );

  it("keeps brackets inside names", () => {
    expect(splitUnitList("省市场监管局(省知识产权局)、省委宣传部(省新闻出版局)")).toEqual([
      "省市场监管局(省知识产权局)",
      "省委宣传部(省新闻出版局)",
    ]);
  });

  it("splits 和/及 only between two names", () => {
    expect(splitUnitList("省教育厅和省科技厅")).toEqual(["省教育厅", "省科技厅"]);
    expect(splitUnitList("各市州人民政府及省直有关部门")).toEqual(["各市州人民政府", "省直有关部门"]);
    expect(splitUnitList("省人力资源和社会保障厅、省住房和城乡建设厅")).toEqual(["省人力资源和社会保障厅", "省住房和城乡建设厅"]);
  });

  it("drops 由 and 等 around names", () => {
    expect(splitUnitList("由省科技厅、省财政厅等")).toEqual(["省科技厅", "省财政厅"]);
    expect(splitUnitList("省科技厅等有关部门")).toEqual(["省科技厅"]);
  });

  it("tells names from explanations", () => {
    expect(["省科技厅", "武汉大学", "人行武汉分行", "各有关单位", "省市场监管局(省知识产权局)"].every(looksLikeUnit)).toBe(true);
    expect(["以下简称“飞地园区”", "2023—2025年", "由企业自主", "支持武汉"].some(looksLikeUnit)).toBe(false);
  });

  it("expands any run of named cities sharing a suffix (property)", () => {
    const city = fc.constantFrom("武汉市", "鄂州市", "黄石市", "黄冈市", "咸宁市", "随州市", "孝感市");
    const suffix = fc.constantFrom("人民政府", "科技局", "发展改革委", "市场监管局");
    fc.assert(
      fc.property(fc.uniqueArray(city, { minLength: 1, maxLength: 7 }), suffix, (cities, s) => {
        expect(splitUnitList(`${cities.join("、")}${s}`)).toEqual(cities.map((c) => c + s));
      }),
    );
  });
});
