import { describe, expect, it } from "vitest";
import { readNumbering } from "./numbering.ts";

describe("item numbers", () => {
  it.each([
    ["一、总体要求", 1, "一"],
    ["十二、保障措施", 1, "十二"],
    ["二.重点任务", 1, "二"],
    ["(三)组织联合攻关", 2, "(三)"],
    ["1.建设平台", 3, "1"],
    ["12、建设平台", 3, "12"],
    ["(1)开展试点", 4, "(1)"],
    ["(10)开展试点", 4, "(10)"],
  ])("reads %s at level %i as %s", (line, rank, number) => {
    expect(readNumbering(line)).toMatchObject({ rank, number });
  });

  it("returns the text after the number", () => {
    expect(readNumbering("(一)强化作用。大力推进。")?.rest).toBe("强化作用。大力推进。");
    expect(readNumbering("2.")?.rest).toBe("");
  });

  it("reads 2.2025年底前 as item 2 followed by a year", () => {
    expect(readNumbering("2.2025年底前,建成平台。")).toEqual({ rank: 3, number: "2", rest: "2025年底前,建成平台。" });
  });

  it.each(["1.5亿元的项目", "2023年实现营业收入", "一是加强领导", "加快建设", "(以下简称“园区”)", "5G+应用"])(
    "does not read %s as numbered",
    (line) => {
      expect(readNumbering(line)).toBeNull();
    },
  );
});
