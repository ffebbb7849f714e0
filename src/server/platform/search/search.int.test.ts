/**
 * The search helpers against real PostgreSQL parsers (PGlite and a server): any text's tokens make a tsvector, any
 * query's tokens make a tsquery, weights rank a title above a body, and the name search finds Chinese names.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { sql } from "drizzle-orm";
import { engines, freshStore } from "../../../../test/support/engines.ts";
import { openDatabase, rows, type Database, type Engine } from "../db.ts";
import { indexTokens, queryTokens } from "./segment.ts";
import { documentSql, querySql, tsqueryText, weightedDocument } from "./tsvector.ts";
import { nameMatchSql, nameRankSql } from "./trigram.ts";

/**
 * Any UTF-16 text: every code unit (NUL, controls, lone surrogates) or every code point (astral planes). Built from
 * integers because fc.string({ unit: "binary" }) takes seconds per thousand runs under vitest.
 */
const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 }).map((u) => String.fromCharCode(...u));
const anyCodePoints = fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 60 }).map((c) => String.fromCodePoint(...c));

const anyText = fc.oneof(
  fc.string({ maxLength: 60 }),
  anyUnits,
  anyCodePoints,
  fc.uint8Array({ maxLength: 120 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
  fc.array(fc.constantFrom("光纤", "'", "\\", ":*", "&", "|", "!", "(", ")", "\0", " ", "😀", "\uD800", "ＡＩ", "v1.2", "a-b", "x@y.cn", "http://a.b/c"), { maxLength: 20 }).map((p) => p.join("")),
);

/** Letters every engine's Unicode tables know: ASCII, Latin-1 and Latin Extended-A, CJK Unified Ideographs, full-width forms. */
const ordinaryText = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.integer({ min: 0xc0, max: 0x17f }),
    fc.integer({ min: 0x4e00, max: 0x9fa5 }),
    fc.integer({ min: 0xff01, max: 0xff5e }),
  ).map((cp) => String.fromCodePoint(cp)),
  maxLength: 60,
});

async function open(engine: Engine): Promise<{ database: Database; dispose: () => Promise<void> }> {
  if (engine === "pglite") {
    const database = await openDatabase({ memory: true });
    return { database, dispose: () => database.close() };
  }
  const store = await freshStore(engine);
  const database = await openDatabase({ databaseUrl: store.env.DATABASE_URL });
  return { database, dispose: async () => { await database.close(); await store.dispose(); } };
}

describe.each(engines())("search on %s", (engine) => {
  let database: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ database, dispose } = await open(engine));
    await database.execScript(
      "create extension if not exists pg_trgm; create table doc (id int primary key, name text not null, search tsvector not null)",
    );
  });
  afterAll(() => dispose());

  const lexemesOf = async (text: string) => {
    const doc = weightedDocument([{ text, weight: "A" }]);
    const [row] = await rows<{ lexemes: string[] }>(database.db, sql`select tsvector_to_array(${documentSql(doc)}) as lexemes`);
    return new Set(row?.lexemes);
  };

  it("makes a tsvector of any text without error", async () => {
    await fc.assert(fc.asyncProperty(anyText, async (text) => void (await lexemesOf(text))), { numRuns: 150 });
  });

  // Characters newer than the engine's Unicode tables (CJK Extension H, scripts added in Unicode 15–16) are not
  // letters to PostgreSQL's parser, which drops them, so the exact equality holds for the scripts the tables know.
  it("keeps each token of ordinary text as exactly one lexeme", async () => {
    const sample = "Müller公司 İstanbul Σίσυφος 光纤通信 5G-Advanced ＡＩ芯片";
    expect(await lexemesOf(sample)).toEqual(new Set(indexTokens(sample)));
    await fc.assert(
      fc.asyncProperty(ordinaryText, async (text) => {
        expect(await lexemesOf(text)).toEqual(new Set(indexTokens(text)));
      }),
      { numRuns: 150 },
    );
  });

  it("parses the tsquery of any query text, and of any strings as tokens", async () => {
    await fc.assert(
      fc.asyncProperty(anyText, fc.array(anyText, { maxLength: 4 }), fc.constantFrom("all" as const, "any" as const), async (text, raw, mode) => {
        for (const tokens of [queryTokens(text), raw]) {
          const q = querySql(tokens, mode);
          if (!q) continue;
          const [row] = await rows<{ q: string }>(database.db, sql`select ${q}::text as q`);
          expect(typeof row?.q).toBe("string");
        }
      }),
      { numRuns: 150 },
    );
  });

  it("keeps each query token as one lexeme, so the query is exactly the tokens joined", async () => {
    const tokens = queryTokens("高功率光纤激光器 5G-Advanced ＡＩ芯片 v1.2");
    const q = querySql(tokens, "all");
    if (!q) throw new Error("no query");
    const [row] = await rows<{ q: string }>(database.db, sql`select ${q}::text as q`);
    expect(row?.q).toBe(tsqueryText(tokens, "all"));
  });

  it("finds documents by their words and ranks a title hit above a body hit", async () => {
    const docs = [
      { id: 1, name: "武汉光谷生物城", title: "基因测序仪", body: "一种用于光纤通信的设备说明" },
      { id: 2, name: "华中光电子研究院", title: "光纤通信模块", body: "高速光模块" },
      { id: 3, name: "咸宁新能源汽车", title: "动力电池", body: "智能网联汽车的电池管理" },
    ];
    for (const d of docs) {
      const doc = weightedDocument([{ text: d.title, weight: "A" }, { text: d.body, weight: "D" }]);
      await database.db.execute(sql`insert into doc values (${d.id}, ${d.name}, ${documentSql(doc)})`);
    }
    const search = async (text: string, mode: "all" | "any") => {
      const q = querySql(queryTokens(text), mode);
      if (!q) throw new Error("no query");
      const found = await rows<{ id: number }>(database.db, sql`select id from doc where search @@ ${q} order by ts_rank(search, ${q}) desc, id`);
      return found.map((r) => r.id);
    };
    expect(await search("光纤通信", "all")).toEqual([2, 1]);
    expect(await search("光纤 电池", "all")).toEqual([]);
    expect(await search("光纤 电池", "any")).toEqual(expect.arrayContaining([1, 2, 3]));
    expect(await search("汽车电池", "all")).toEqual([3]);
  });

  it("finds a Chinese name by a part of it or a near miss, the name beginning with the query first", async () => {
    const find = async (query: string) => {
      const where = nameMatchSql(sql.identifier("name"), query);
      if (!where) throw new Error("blank");
      const found = await rows<{ id: number }>(database.db, sql`select id from doc where ${where} order by ${nameRankSql(sql.identifier("name"), query)} desc, id`);
      return found.map((r) => r.id);
    };
    expect(await find("光谷生物")).toEqual([1]);
    expect(await find("华中光电子研究所")).toEqual([2]);
    expect(await find("武汉")).toEqual([1]);
    expect(await find("%")).toEqual([]);
  });
});
