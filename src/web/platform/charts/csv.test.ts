import { describe, expect, test } from "vitest";
import { toCsv } from "./csv.ts";

describe("toCsv", () => {
  test("starts with a byte-order mark, ends lines with CRLF, quotes what needs quoting", () => {
    expect(toCsv([["单位", "数值"], ["鄂州市人民政府", 1.5], ['他说"好",对', null]])).toBe('\uFEFF单位,数值\r\n鄂州市人民政府,1.5\r\n"他说""好"",对",\r\n');
  });

  test("text that looks like a formula is neutralised; negative numbers stay numbers", () => {
    expect(toCsv([["=1+1", -3, "@x"]])).toBe("\uFEFF'=1+1,-3,'@x\r\n");
  });
});
