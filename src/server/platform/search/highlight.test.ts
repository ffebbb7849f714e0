import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { snippet } from "./highlight.ts";
import { queryTokens } from "./segment.ts";

/**
 * Any UTF-16 text: every code unit (NUL, controls, lone surrogates) or every code point (astral planes). Built from
 * integers because fc.string({ unit: "binary" }) takes seconds per thousand runs under vitest.
 */
const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 }).map((u) => String.fromCharCode(...u));
const anyCodePoints = fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 60 }).map((c) => String.fromCodePoint(...c));

/** The snippet's text as a reader sees it: marks removed, entities decoded. */
const visible = (html: string): string =>
  html
    .replace(/<\/?mark>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

describe("snippet", () => {
  it("marks every query word in a short text and keeps it whole", () => {
    expect(snippet("高功率光纤激光器及其制造方法", ["光纤", "激光器"])).toBe("高功率<mark>光纤</mark><mark>激光器</mark>及其制造方法");
  });

  it("chooses the window where the words meet, with an ellipsis where the text goes on", () => {
    const text = `${"无关内容。".repeat(40)}本项目研发光纤激光器。${"其他说明。".repeat(40)}`;
    const html = snippet(text, ["光纤", "激光器"], { length: 30 });
    expect(html.startsWith("…")).toBe(true);
    expect(html.endsWith("…")).toBe(true);
    expect(html).toContain("<mark>光纤</mark><mark>激光器</mark>");
    expect([...visible(html)].length).toBe(30 + 2);
  });

  it("prefers a window with both words to one with one word many times", () => {
    const text = `光纤光纤光纤光纤${"。".repeat(50)}光纤与芯片${"。".repeat(50)}`;
    const html = snippet(text, ["光纤", "芯片"], { length: 20 });
    expect(html).toContain("<mark>光纤</mark>与<mark>芯片</mark>");
  });

  it("gives the beginning when no word occurs, and the whole of a short text", () => {
    expect(snippet("一二三四五六七八九十", ["光纤"], { length: 4 })).toBe("一二三四…");
    expect(snippet("短文本", [])).toBe("短文本");
    expect(snippet("", ["光纤"])).toBe("");
  });

  it("escapes HTML outside and inside the marks", () => {
    expect(snippet(`<script>alert("光纤")</script> & 'x'`, ["光纤"])).toBe(
      "&lt;script&gt;alert(&quot;<mark>光纤</mark>&quot;)&lt;/script&gt; &amp; &#39;x&#39;",
    );
  });

  it("takes other marks", () => {
    expect(snippet("光纤通信", ["通信"], { mark: ["<b>", "</b>"] })).toBe("光纤<b>通信</b>");
  });

  it("matches folded text: full-width and capital letters", () => {
    expect(snippet("ＡＩ芯片与Ai模型", queryTokens("ai"))).toBe("<mark>ＡＩ</mark>芯片与<mark>Ai</mark>模型");
  });

  it("marks a Latin word only whole", () => {
    expect(snippet("he said AI, not aid", ["ai"])).toBe("he said <mark>AI</mark>, not aid");
  });

  it("merges overlapping words into one mark", () => {
    expect(snippet("光纤通信", ["光纤", "光纤通信", "通信"])).toBe("<mark>光纤通信</mark>");
  });

  it("collapses whitespace, drops controls and bidirectional overrides, never cuts a surrogate pair", () => {
    expect(snippet("光纤\n\n\t通信\0\u202E系统", ["通信"])).toBe("光纤 <mark>通信</mark>系统");
    expect(snippet("😀".repeat(10), [], { length: 3 })).toBe("😀😀😀…");
    expect(snippet("a\uD800光纤", ["光纤"])).toBe("a<mark>光纤</mark>");
  });

  it("for any text and tokens: no raw < > or quotes outside the marks, at most length characters shown", () => {
    const word = fc.constantFrom("光纤", "a", "<", "&", "'", "ＡＩ", "😀", "\uD800");
    const text = fc.oneof(anyUnits, anyCodePoints, fc.array(word, { maxLength: 60 }).map((w) => w.join(" ")));
    fc.assert(
      fc.property(text, fc.array(fc.oneof(word, fc.string()), { maxLength: 4 }), fc.integer({ min: 1, max: 50 }), (t, tokens, length) => {
        const html = snippet(t, tokens, { length });
        const bare = html.replace(/<\/?mark>/g, "");
        const shown = [...new Intl.Segmenter("zh", { granularity: "grapheme" }).segment(visible(html).replace(/^…|…$/g, ""))];
        return !/[<>"']/.test(bare) && shown.length <= length && !/[\uD800-\uDFFF]/.test(html.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ""));
      }),
      { numRuns: 500 },
    );
  });
});
