import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { indexTokens, MAX_INDEX_TOKENS, MAX_QUERY_TOKENS, MAX_TOKEN_CHARS, queryTokens } from "./segment.ts";

/**
 * Any UTF-16 text: every code unit (NUL, controls, lone surrogates) or every code point (astral planes). Built from
 * integers because fc.string({ unit: "binary" }) takes seconds per thousand runs under vitest.
 */
const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 }).map((u) => String.fromCharCode(...u));
const anyCodePoints = fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 60 }).map((c) => String.fromCodePoint(...c));

/** What PostgreSQL's 'simple' parser keeps whole and a tsquery can quote: letters, digits, marks; ≤ 64 code points. */
const isLexeme = (t: string): boolean =>
  /^[\p{L}\p{N}\p{M}]+$/u.test(t) && /[\p{L}\p{N}]/u.test(t) && [...t].length <= MAX_TOKEN_CHARS && t === t.toLowerCase();

/** Any string, including lone surrogates, NUL and other controls, and arbitrary bytes read as latin1. */
const anyText = fc.oneof(
  fc.string(),
  anyUnits,
  anyCodePoints,
  fc.string({ unit: "grapheme" }),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
  fc.array(fc.constantFrom("光纤", "通信", "'", "\\", ":", "*", "&", "|", "!", "(", ")", "\0", " ", "😀", "\uD800", "A", "ａ", "的"), { maxLength: 40 }).map((parts) => parts.join("")),
);

describe("indexTokens", () => {
  it("cuts in search mode: the long word and the dictionary words inside it", () => {
    const tokens = indexTokens("基于深度学习的光纤通信系统");
    expect(tokens).toEqual(expect.arrayContaining(["深度", "学习", "光纤", "通信", "光纤通信", "系统"]));
    expect(tokens).not.toContain("的");
  });

  it("lower-cases and folds full-width letters and digits", () => {
    expect(indexTokens("ＧＰＳ与北斗 5G-Advanced AI芯片")).toEqual(["gps", "北斗", "5g", "advanced", "ai", "芯片"]);
  });

  it("drops punctuation, tsquery and SQL syntax, quotes, backslashes, colons and emoji", () => {
    expect(indexTokens("a & b | !c (d):* 'e' \\f; drop table x;-- 😀👍🏽 g")).toEqual(["a", "b", "c", "d", "e", "f", "drop", "table", "x", "g"]);
  });

  it("treats NUL, control characters and lone surrogates as separators", () => {
    expect(indexTokens("hello\0world\u0007光谷\uD800科创\uDFFF")).toEqual(["hello", "world", "光谷", "科创"]);
  });

  it("splits dotted and hyphenated forms, which PostgreSQL's parser would read as versions or compounds", () => {
    expect(indexTokens("v1.2.3 CRISPR-Cas9 G06N 3/08")).toEqual(["v1", "2", "3", "crispr", "cas9", "g06n", "3", "08"]);
  });

  it("cuts a token to 64 code points without splitting a surrogate pair", () => {
    const long = "𠀀".repeat(100);
    const [token] = indexTokens(long);
    expect(token && [...token].length).toBe(MAX_TOKEN_CHARS);
    expect(token).toBe("𠀀".repeat(MAX_TOKEN_CHARS));
  });

  it("keeps at most MAX_INDEX_TOKENS tokens of a long text, and a given smaller bound", () => {
    const text = "光纤通信 ".repeat(5_000);
    expect(indexTokens(text)).toHaveLength(MAX_INDEX_TOKENS);
    expect(indexTokens(text, 7)).toHaveLength(7);
    expect(indexTokens(text, 0)).toEqual([]);
  });

  it("reads 10 KB of mixed text quickly", () => {
    const text = "武汉光谷的激光器与光纤传感技术，Optics Valley 2025！".repeat(250);
    const started = performance.now();
    expect(indexTokens(text).length).toBeGreaterThan(1_000);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("gives nothing for empty, blank and punctuation-only text", () => {
    for (const text of ["", "   ", "，。、；！", "\0\0", "的的了"]) expect(indexTokens(text)).toEqual([]);
  });

  it("gives valid lexemes for any input", () => {
    fc.assert(fc.property(anyText, (text) => indexTokens(text).every(isLexeme)), { numRuns: 500 });
  });
});

describe("queryTokens", () => {
  it("cuts in precise mode and keeps each word once, in order", () => {
    expect(queryTokens("光纤通信 光纤通信 芯片")).toEqual(["光纤通信", "芯片"]);
  });

  it("keeps at most MAX_QUERY_TOKENS words", () => {
    const words = Array.from({ length: 50 }, (_, i) => `w${i}`).join(" ");
    expect(queryTokens(words)).toHaveLength(MAX_QUERY_TOKENS);
  });

  it("neutralises tsquery syntax", () => {
    expect(queryTokens("a & | ! ( ) :* b")).toEqual(["a", "b"]);
    expect(queryTokens("'光谷' <-> 科创")).toEqual(["光谷", "科创"]);
  });

  it("gives valid, distinct lexemes for any input", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = queryTokens(text);
        return tokens.every(isLexeme) && new Set(tokens).size === tokens.length && tokens.length <= MAX_QUERY_TOKENS;
      }),
      { numRuns: 500 },
    );
  });

  it("finds a text by its own words: the query's tokens are among the index tokens of the same text", () => {
    const chinese = fc.array(fc.constantFrom(..."光纤通信系统激光器件芯片武汉科技创新走廊智能网联汽车生命健康北斗导航人工"), { maxLength: 30 }).map((c) => c.join(""));
    fc.assert(
      fc.property(fc.oneof(anyText, chinese), (text) => {
        const indexed = new Set(indexTokens(text));
        return queryTokens(text).every((t) => indexed.has(t));
      }),
      { numRuns: 500 },
    );
  });
});

describe("words of other scripts", () => {
  it("are kept whole, beside Chinese cut by jieba", () => {
    expect(indexTokens("Müller公司 İstanbul Σίσυφος ソフトウェア")).toEqual(["müller", "公司", "i̇stanbul", "σίσυφος", "ソフトウェア"]);
    expect(queryTokens("利用AI技术")).toEqual(["利用", "ai", "技术"]);
  });
});
