import { describe, expect, it } from "vitest";
import { takeAttribution } from "./trailing-attribution.ts";

const names = (text: string) => takeAttribution(text).attribution?.listed.map((u) => `${u.name}:${u.role}`) ?? null;

describe("the attribution that closes a paragraph", () => {
  it("takes a bracket after the last sentence", () => {
    expect(takeAttribution("加快建设。(牵头单位:省科技厅)").rest).toBe("加快建设。");
    expect(names("加快建设。(牵头单位:省科技厅)")).toEqual(["省科技厅:lead"]);
  });

  it("takes a bracket before the full stop and keeps the full stop", () => {
    expect(takeAttribution("加快建设(省科技厅负责)。").rest).toBe("加快建设。");
  });

  it("takes a trailing labelled sentence without brackets", () => {
    const paragraph = "加快建设。牵头单位:省科技厅;责任单位:省发改委、省财政厅。";
    expect(takeAttribution(paragraph).rest).toBe("加快建设。");
    expect(names(paragraph)).toEqual(["省科技厅:lead", "省发改委:responsible", "省财政厅:responsible"]);
  });

  it("ends a labelled list at its sentence's full stop", () => {
    expect(names("推进建设。牵头单位:市科技局。请各区认真组织实施。")).toEqual(["市科技局:lead"]);
    expect(names("推进建设。牵头单位:市科技局。责任单位:各区人民政府。")).toEqual(["市科技局:lead", "各区人民政府:responsible"]);
  });

  it("takes a trailing verb sentence without brackets", () => {
    expect(takeAttribution("开展试点。省科技厅牵头,武汉大学参与。")).toMatchObject({ rest: "开展试点。" });
    expect(names("开展试点。省科技厅牵头,武汉大学参与。")).toEqual(["省科技厅:lead", "武汉大学:responsible"]);
  });

  it("reads a line that is only an attribution", () => {
    expect(takeAttribution("责任单位:东湖高新区、武汉经开区管委会")).toMatchObject({ rest: "" });
    expect(names("责任单位:东湖高新区、武汉经开区管委会")).toEqual(["东湖高新区管委会:responsible", "武汉经开区管委会:responsible"]);
  });

  it("reads nested brackets in an attribution bracket", () => {
    expect(names("加强运用。(牵头单位:省市场监管局(省知识产权局);协办单位:各县(市、区)人民政府)")).toEqual([
      "省市场监管局(省知识产权局):lead",
      "各县(市、区)人民政府:responsible",
    ]);
  });

  it("takes a bare list of units only after a full stop", () => {
    expect(takeAttribution("加快建设。(省科技厅、省发改委)").rest).toBe("加快建设。");
    expect(takeAttribution("支持建设飞地园区(武汉市)").attribution).toBeNull();
  });

  it("leaves brackets that are not attributions in the text", () => {
    for (const text of ["推动园区(以下简称“飞地园区”)建设。", "制定行动方案(2023—2025年)。", "推进黄石(武汉)离岸科创园建设。"]) {
      expect(takeAttribution(text)).toEqual({ rest: text, attribution: null });
    }
  });

  it("does not read prose that mentions 牵头 as an attribution", () => {
    const text = "支持武汉牵头建设光电子产业知识产权运营中心。";
    expect(takeAttribution(text)).toEqual({ rest: text, attribution: null });
  });

  it("drops a bracket that only states the lead rule", () => {
    expect(takeAttribution("重点任务(各项任务列第一位的为牵头单位)")).toEqual({ rest: "重点任务", attribution: null });
  });

  it("takes attributions printed in 〔…〕 or 【…】", () => {
    expect(names("推进市场体系建设。〔责任单位:省发展改革委、省市场监管局按职责分工负责〕")).toEqual([
      "省发展改革委:responsible",
      "省市场监管局:responsible",
    ]);
    expect(takeAttribution("推进市场体系建设。【牵头单位:省商务厅】").rest).toBe("推进市场体系建设。");
  });

  it("passes over a remark inside a labelled attribution", () => {
    const paragraph = "加强市场建设。〔责任单位:省发展改革委、商务厅按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕";
    expect(names(paragraph)).toEqual(["省发展改革委:responsible", "商务厅:responsible"]);
    expect(takeAttribution(paragraph).attribution?.statesFirstListedLeads).toBe(false);
  });

  it("merges two trailing brackets", () => {
    expect(names("加快建设。(牵头单位:省科技厅)(责任单位:省发改委)")).toEqual(["省科技厅:lead", "省发改委:responsible"]);
  });
});

describe("prose that ends like an attribution", () => {
  it.each(["各地要切实负责。", "加快建设。各地各单位要切实负责。", "加快建设。由企业自主负责。"])("is left alone: %s", (text) => {
    expect(takeAttribution(text)).toEqual({ rest: text, attribution: null });
  });
});
