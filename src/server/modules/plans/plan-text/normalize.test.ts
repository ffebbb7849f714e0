import { describe, expect, it } from "vitest";
import { compactSpaces, normalizeChars, toSourceLines } from "./normalize.ts";

describe("normalising pasted text", () => {
  it("folds full-width punctuation and digits (NFKC)", () => {
    expect(normalizeChars("（一）１．牵头单位：省科技厅；增长８％，达到１５０００家")).toBe("(一)1.牵头单位:省科技厅;增长8%,达到15000家");
  });

  it("folds parenthesised numbers but keeps circled ones as printed", () => {
    expect(normalizeChars("⑴建设平台①")).toBe("(1)建设平台①");
  });

  it("drops spaces beside Chinese text but not between ASCII words", () => {
    expect(compactSpaces("  加快推进  高质量发展 ")).toBe("加快推进高质量发展");
    expect(compactSpaces("R&D 经费 达到 3 %")).toBe("R&D经费达到3%");
    expect(compactSpaces("Copyright 2019 All rights reserved.")).toBe("Copyright 2019 All rights reserved.");
  });

  it("reads a page's source pasted as is", () => {
    const lines = toSourceLines('<p style="text-align:center"><strong>某方案</strong></p><p>第一段&nbsp;。<br/>第二段</p>');
    expect(lines.map((l) => l.text)).toEqual(["某方案", "第一段。", "第二段"]);
  });

  it("leaves a < that opens no tag", () => {
    expect(toSourceLines("比重<5%,负债率>3%")[0]?.text).toBe("比重<5%,负债率>3%");
  });

  it("keeps non-empty lines, remembering the blank lines above them", () => {
    const lines = toSourceLines("标题\r\n\r\n\u3000\u3000正文。\n字号 大 中 小");
    expect(lines.map((l) => [l.text, l.blankAbove])).toEqual([
      ["标题", false],
      ["正文。", true],
      ["字号大中小", false],
    ]);
    expect(lines[2]?.spaced).toBe("字号 大 中 小");
  });
});
