import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { nameMatchSql, nameRankSql } from "./trigram.ts";

const dialect = new PgDialect();
const column = sql.identifier("name");

describe("nameMatchSql", () => {
  it("binds the contains pattern and the query as parameters", () => {
    const q = nameMatchSql(column, "  光谷  生物 ");
    expect(q).not.toBeNull();
    if (!q) return;
    const { sql: text, params } = dialect.sqlToQuery(q);
    expect(text).toBe(`("name" ilike $1::text escape '\\' or "name" % $2::text)`);
    expect(params).toEqual(["%光谷 生物%", "光谷 生物"]);
  });

  it("escapes LIKE's wildcards and its escape character", () => {
    const q = nameMatchSql(column, String.raw`100%_a\b`);
    expect(q && dialect.sqlToQuery(q).params[0]).toBe(String.raw`%100\%\_a\\b%`);
  });

  it("is null for a blank query, and cuts a long one to 100 characters", () => {
    expect(nameMatchSql(column, " \t\0\uD800 ")).toBeNull();
    const q = nameMatchSql(column, "光".repeat(500));
    expect(q && dialect.sqlToQuery(q).params[1]).toBe("光".repeat(100));
  });
});

describe("nameRankSql", () => {
  it("ranks a name beginning with the query above similarity alone", () => {
    const { sql: text, params } = dialect.sqlToQuery(nameRankSql(column, "武汉_"));
    expect(text).toBe(`(case when "name" ilike $1::text escape '\\' then 1 else 0 end + similarity("name", $2::text))`);
    expect(params).toEqual([String.raw`武汉\_%`, "武汉_"]);
  });
});
