import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { bracketsBalance, openingBracketOf, splitOutsideBrackets } from "./brackets.ts";

describe("brackets", () => {
  it("finds the bracket that closes at the end, across nesting and kinds", () => {
    const text = "建设。(牵头单位:省市场监管局(省知识产权局))";
    expect(openingBracketOf(text, text.length - 1)).toBe(3);
    expect(openingBracketOf("〔责任单位:省科技厅〕", 10)).toBe(0);
    expect(openingBracketOf("省科技厅)", 4)).toBe(-1);
  });

  it("splits only outside brackets", () => {
    expect(splitOutsideBrackets("各县(市、区)人民政府、省科技厅", "、")).toEqual(["各县(市、区)人民政府", "省科技厅"]);
    expect(splitOutsideBrackets("A、B,C;;D", "、,;")).toEqual(["A", "B", "C", "D"]);
  });

  it("splits text without brackets the same way on its fast path (property)", () => {
    const piece = fc.constantFrom("省科技厅", "武汉市", "、", ",", ";", "。", " ", "-", "]");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join("");
        const expected = text.split(/[、,;]/).map((p) => p.trim()).filter((p) => p !== "");
        expect(splitOutsideBrackets(text, "、,;")).toEqual(expected);
      }),
    );
  });

  it("tells balanced text from text broken inside a bracket", () => {
    expect(bracketsBalance("建设(牵头单位:省科技厅)")).toBe(true);
    expect(bracketsBalance("建设(牵头单位:")).toBe(false);
  });
});
