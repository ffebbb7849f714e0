import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PgDialect } from "drizzle-orm/pg-core";
import { type SQL } from "drizzle-orm";
import { MAX_INDEX_TOKENS } from "./segment.ts";
import { documentSql, querySql, tsqueryText, weightedDocument } from "./tsvector.ts";

/**
 * Any UTF-16 text: every code unit (NUL, controls, lone surrogates) or every code point (astral planes). Built from
 * integers because fc.string({ unit: "binary" }) takes seconds per thousand runs under vitest.
 */
const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 }).map((u) => String.fromCharCode(...u));
const anyCodePoints = fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 60 }).map((c) => String.fromCodePoint(...c));

const dialect = new PgDialect();
const render = (q: SQL) => dialect.sqlToQuery(q);

/** to_tsquery's grammar for what tsqueryText writes: quoted operands ('' and \\ escaped) joined by one operator. */
const QUOTED = String.raw`'(?:[^'\\]|''|\\\\)*'`;
const TSQUERY_ALL = new RegExp(`^${QUOTED}(?: & ${QUOTED})*$`, "u");
const TSQUERY_ANY = new RegExp(`^${QUOTED}(?: \\| ${QUOTED})*$`, "u");
/** NUL and lone surrogates: what cannot reach PostgreSQL as UTF-8 text. */
const UNSENDABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

describe("weightedDocument", () => {
  it("puts each part's tokens under its weight, space-joined", () => {
    const doc = weightedDocument([
      { text: "高功率光纤激光器", weight: "A" },
      { text: "激光; 光纤", weight: "B" },
      { text: "本成果涉及一种用于工业切割的激光器。", weight: "D" },
    ]);
    expect(doc.a.split(" ")).toEqual(expect.arrayContaining(["功率", "光纤", "激光", "激光器"]));
    expect(doc.b).toBe("激光 光纤");
    expect(doc.c).toBe("");
    expect(doc.d).toContain("工业");
  });

  it("joins several parts of one weight in order", () => {
    expect(weightedDocument([{ text: "alpha", weight: "C" }, { text: "beta", weight: "C" }]).c).toBe("alpha beta");
  });

  it("shares one token budget, spent in the order of the parts: the title first", () => {
    const body = "光纤 ".repeat(MAX_INDEX_TOKENS + 10);
    const doc = weightedDocument([{ text: "标题", weight: "A" }, { text: body, weight: "D" }, { text: "keyword", weight: "B" }]);
    expect(doc.a).toBe("标题");
    expect(doc.d.split(" ")).toHaveLength(MAX_INDEX_TOKENS - 1);
    expect(doc.b).toBe("");
  });

  it("is empty for no parts", () => {
    expect(weightedDocument([])).toEqual({ a: "", b: "", c: "", d: "" });
  });
});

describe("documentSql", () => {
  it("binds the four token strings as parameters under setweight A–D", () => {
    const { sql, params } = render(documentSql({ a: "光纤", b: "x", c: "", d: "'; drop table t; --" }));
    expect(sql).toBe(
      "(setweight(to_tsvector('simple', $1::text), 'A') || setweight(to_tsvector('simple', $2::text), 'B') || setweight(to_tsvector('simple', $3::text), 'C') || setweight(to_tsvector('simple', $4::text), 'D'))",
    );
    expect(params).toEqual(["光纤", "x", "", "'; drop table t; --"]);
  });
});

describe("tsqueryText / querySql", () => {
  it("quotes each token and joins with & or |", () => {
    expect(tsqueryText(["光纤", "激光"], "all")).toBe("'光纤' & '激光'");
    expect(tsqueryText(["光纤", "激光"], "any")).toBe("'光纤' | '激光'");
  });

  it("doubles quotes and backslashes, removes NUL and lone surrogates, skips blank tokens", () => {
    expect(tsqueryText(["it's", "a\\b", "c\0d", " ", "", "\uDC00", "e\uD800😀"], "all")).toBe(String.raw`'it''s' & 'a\\b' & 'cd' & 'e😀'`);
  });

  it("is null without tokens", () => {
    expect(tsqueryText([], "all")).toBeNull();
    expect(tsqueryText(["", "\0"], "any")).toBeNull();
    expect(querySql([], "all")).toBeNull();
  });

  it("passes the whole query as one parameter", () => {
    const q = querySql(["光纤", "' | x:*"], "any");
    expect(q).not.toBeNull();
    if (!q) return;
    const { sql, params } = render(q);
    expect(sql).toBe("to_tsquery('simple', $1::text)");
    expect(params).toEqual(["'光纤' | ''' | x:*'"]);
  });

  it("writes a well-formed tsquery for any strings", () => {
    const token = fc.oneof(fc.string(), anyUnits, anyCodePoints, fc.constantFrom("'", "''", "\\", "\\'", ":*", "&", "|", "!", "(", ")", "<->"));
    fc.assert(
      fc.property(fc.array(token, { maxLength: 10 }), fc.constantFrom("all" as const, "any" as const), (tokens, mode) => {
        const text = tsqueryText(tokens, mode);
        if (text === null) return tokens.every((t) => t.replace(UNSENDABLE, "").trim() === "");
        return text.search(UNSENDABLE) === -1 && (mode === "all" ? TSQUERY_ALL : TSQUERY_ANY).test(text);
      }),
      { numRuns: 500 },
    );
  });
});
