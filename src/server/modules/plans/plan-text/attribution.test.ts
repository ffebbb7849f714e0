import { describe, expect, it } from "vitest";
import { readAttribution, type Placement } from "./attribution.ts";
import { assignRoles } from "./lead-rule.ts";

/** Reads an attribution and resolves it as a document with (or without) the first-listed-leads rule would. */
function units(text: string, firstListedLeads = false, placement: Placement = "bracket") {
  const read = readAttribution(text, placement);
  return read ? assignRoles(read.listed, firstListedLeads || read.statesFirstListedLeads) : null;
}

describe("attribution forms (plan-text.md, Units)", () => {
  it("牵头单位:A;责任单位:B、C", () => {
    expect(units("牵头单位:省科技厅;责任单位:省发改委、省财政厅")).toEqual({
      leadUnits: ["省科技厅"],
      responsibleUnits: ["省发改委", "省财政厅"],
    });
    expect(units("牵头单位:省科技厅,责任单位:省发改委")).toEqual({ leadUnits: ["省科技厅"], responsibleUnits: ["省发改委"] });
    expect(units("牵头部门:省科技厅 责任部门:省发改委")).toEqual({ leadUnits: ["省科技厅"], responsibleUnits: ["省发改委"] });
  });

  it.each(["配合单位", "参与单位", "协同单位", "协办单位"])("牵头单位:A、B;%s:C", (label) => {
    expect(units(`牵头单位:省经信厅、省商务厅;${label}:省发改委`)).toEqual({
      leadUnits: ["省经信厅", "省商务厅"],
      responsibleUnits: ["省发改委"],
    });
  });

  it("A牵头,B、C参与 / A牵头,B配合 / A、B牵头,C参与", () => {
    expect(units("省科技厅牵头,省发改委、省财政厅参与")).toEqual({ leadUnits: ["省科技厅"], responsibleUnits: ["省发改委", "省财政厅"] });
    expect(units("省科技厅牵头,省发改委配合")).toEqual({ leadUnits: ["省科技厅"], responsibleUnits: ["省发改委"] });
    expect(units("省科技厅、省经信厅牵头,省发改委参与")).toEqual({ leadUnits: ["省科技厅", "省经信厅"], responsibleUnits: ["省发改委"] });
    expect(units("由省发展改革委牵头负责,省直有关部门按职责分工负责")).toEqual({
      leadUnits: ["省发展改革委"],
      responsibleUnits: ["省直有关部门"],
    });
  });

  it("A、B、C负责 with and without the first-listed-leads rule", () => {
    expect(units("省科技厅、省发改委、省财政厅负责", true)).toEqual({ leadUnits: ["省科技厅"], responsibleUnits: ["省发改委", "省财政厅"] });
    expect(units("省科技厅、省发改委负责")).toEqual({ leadUnits: [], responsibleUnits: ["省科技厅", "省发改委"] });
  });

  it("reads the rule stated inside the attribution", () => {
    expect(units("省科技厅、省发改委负责,列第一位者为牵头单位,下同")).toEqual({ leadUnits: ["省科技厅"], responsibleUnits: ["省发改委"] });
    expect(readAttribution("省科技厅、省发改委负责,列第一位者为牵头单位,下同", "bracket")).toMatchObject({
      statesFirstListedLeads: true,
      carriesOn: true,
    });
    expect(units("责任单位:省科技厅、省发改委(排在首位的为牵头单位)")).toEqual({ leadUnits: ["省科技厅"], responsibleUnits: ["省发改委"] });
  });

  it("A负责 leads; 责任单位 alone leads nobody", () => {
    expect(units("省科技厅负责")).toEqual({ leadUnits: ["省科技厅"], responsibleUnits: [] });
    expect(units("责任单位:省科技厅、省发改委")).toEqual({ leadUnits: [], responsibleUnits: ["省科技厅", "省发改委"] });
  });

  it("A会同B负责 and A(牵头) marks", () => {
    expect(units("省科技厅会同省财政厅负责")).toEqual({ leadUnits: ["省科技厅"], responsibleUnits: ["省财政厅"] });
    expect(units("责任单位:省科技厅(牵头)、省财政厅")).toEqual({ leadUnits: ["省科技厅"], responsibleUnits: ["省财政厅"] });
  });

  it("shares suffixes and keeps collectives and bracketed names inside an attribution", () => {
    expect(units("牵头单位:省市场监管局(省知识产权局);责任单位:各县(市、区)人民政府,武汉市、鄂州市人民政府")).toEqual({
      leadUnits: ["省市场监管局(省知识产权局)"],
      responsibleUnits: ["各县(市、区)人民政府", "武汉市人民政府", "鄂州市人民政府"],
    });
    expect(units("省科技厅牵头,各区、县级市人民政府按职责分工负责")).toEqual({
      leadUnits: ["省科技厅"],
      responsibleUnits: ["各区、县级市人民政府"],
    });
  });

  it("ignores completion deadlines printed with the units", () => {
    expect(units("牵头单位:省科技厅;完成时限:2024年底前")).toEqual({ leadUnits: ["省科技厅"], responsibleUnits: [] });
  });

  it("reads a bare list of units only in a bracket after a sentence", () => {
    expect(units("省科技厅、省发改委", true, "bracket after a sentence")).toEqual({ leadUnits: ["省科技厅"], responsibleUnits: ["省发改委"] });
    expect(units("省科技厅、省发改委", false, "bracket")).toBeNull();
    expect(units("省科技厅、省发改委", false, "sentence")).toBeNull();
  });

  it("accepts names that do not end like an organisation in a bracket, if one does", () => {
    expect(units("省科技厅牵头,省有关部门、各地配合")).toEqual({ leadUnits: ["省科技厅"], responsibleUnits: ["省有关部门", "各地"] });
    expect(units("省科技厅牵头,武汉光谷配合")).toEqual({ leadUnits: ["省科技厅"], responsibleUnits: ["武汉光谷"] });
    expect(units("省科技厅牵头,武汉光谷配合", false, "sentence")).toBeNull();
  });

  it("keeps the province's collective of local governments as one unit", () => {
    expect(units("牵头单位:省发展改革委;配合单位:省直有关部门,各市、州、直管市、神农架林区人民政府")).toEqual({
      leadUnits: ["省发展改革委"],
      responsibleUnits: ["省直有关部门", "各市、州、直管市、神农架林区人民政府"],
    });
  });

  it.each(["以下简称“飞地园区”", "2023—2025年", "由企业自主负责", "含武汉、鄂州", "试行", "支持武汉牵头建设平台"])(
    "does not read (%s) as an attribution",
    (text) => {
      expect(readAttribution(text, "bracket after a sentence")).toBeNull();
    },
  );
});
