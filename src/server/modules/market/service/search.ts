/**
 * The public search (GET /market/search): any text is segmented with jieba (the index's dictionary) and matched as
 * a tsquery of bound parameters against the GIN-indexed documents of the kinds asked for, with names (organisations,
 * applicants, inventors) also matching: by substring through the trigram index, or a two-character name whole. All
 * words must match; when that finds nothing, any word may. Facets count the same hits, up to SEARCH_CAP per kind;
 * snippets mark the words found. Only published records.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Kind, SearchQuery } from "../contract.ts";
import { KINDS } from "../contract.ts";
import { queryTokens } from "../../../platform/search/segment.ts";
import { querySql } from "../../../platform/search/tsvector.ts";
import { snippet } from "../../../platform/search/highlight.ts";
import { rows, type Queryable } from "../../../platform/db.ts";

type Source = { kind: Kind; table: string; title: string; body: string; date: string; published: string; extra: (q: SearchQuery) => SQL[] };

const SOURCES: Record<Kind, Source> = {
  achievement: {
    kind: "achievement",
    table: "market_achievements",
    title: "title",
    body: "summary",
    date: "created_at::date",
    published: "published",
    extra: (q) => [q.maturity ? sql`trl >= ${q.maturity}` : null, q.transferMode ? sql`${q.transferMode} = any(transfer_modes)` : null, q.year ? sql`extract(year from created_at) = ${q.year}` : null].filter((x): x is SQL => x !== null),
  },
  patent: {
    kind: "patent",
    table: "market_patents",
    title: "title",
    body: "abstract",
    date: "filing_date",
    published: "published",
    extra: (q) => [q.type ? sql`type = ${q.type}` : null, q.year ? sql`filing_year = ${q.year}` : null, q.highValue ? sql`high_value = ${q.highValue === "true"}` : null].filter((x): x is SQL => x !== null),
  },
  demand: {
    kind: "demand",
    table: "market_demands",
    title: "title",
    body: "description",
    date: "published_at::date",
    published: "status = 'published'",
    extra: (q) => [q.year ? sql`extract(year from published_at) = ${q.year}` : null].filter((x): x is SQL => x !== null),
  },
  expert: {
    kind: "expert",
    table: "market_experts",
    title: "name",
    body: "bio",
    date: "created_at::date",
    published: "published",
    extra: () => [],
  },
};

/** The kinds a query's filters allow (a patent-only filter rules out the other kinds). */
function kindsFor(q: SearchQuery): Kind[] {
  if (q.kind) return [q.kind];
  if (q.type || q.highValue) return ["patent"];
  if (q.maturity || q.transferMode) return ["achievement"];
  return [...KINDS];
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/**
 * A name as typed: three characters or more match anywhere in the names (the trigram index); shorter ones, which
 * have no trigram to look up and would make PostgreSQL read every row, match a whole name (张伟, 光迅) through the
 * index on the list of names.
 */
function nameSql(text: string): SQL {
  return [...text].length >= 3 ? sql`names ilike ${likePattern(text)}` : sql`string_to_array(names, ' ') @> array[${text}::text]`;
}

/**
 * Matches of each kind that a search ranks and counts, at most. Ranking reads every candidate's document (ts_rank_cd
 * detoasts it) and counting visits every match, so without a cap a broad word (结构, 24,000 of 85,000 patents) costs
 * a second on PGlite and grows with the corpus. With it, a broad query ranks the first CAP matches of each kind the
 * index yields (in storage order, not the best of all of them), and says its counts are lower bounds (totalExact).
 */
export const SEARCH_CAP = 1000;

/** The page's rows (ranked among at most `cap` candidates per kind when sorting by relevance), or the rows counted (at most `cap` per kind). */
function hitsSql(q: SearchQuery, tsquery: SQL | null, nameText: string | null, use: "page" | "count", cap: number): SQL {
  const parts = kindsFor(q).map((kind) => {
    const s = SOURCES[kind];
    const names = nameText ? nameSql(nameText) : null;
    const match = tsquery ? (names ? sql`(search @@ ${tsquery} or ${names})` : sql`search @@ ${tsquery}`) : (names ?? sql`true`);
    const filters = [sql.raw(s.published), match, q.city ? sql`city_code = ${q.city}` : null, q.domain ? sql`domain = ${q.domain}` : null, ...s.extra(q)].filter((x): x is SQL => x !== null);
    const where = sql.join(filters, sql` and `);
    if (use === "count") return sql`select ${kind}::text as kind, city_code, domain from (select city_code, domain from ${sql.raw(s.table)} where ${where} limit ${cap}) c`;
    const columns = sql`id, ${sql.raw(s.title)} as title, ${sql.raw(s.body)} as body, city_code, domain, (${sql.raw(s.date)})::text as date`;
    if (!tsquery) return sql`select ${kind}::text as kind, ${columns}, 0::float8 as score from ${sql.raw(s.table)} where ${where}`;
    const score = sql`ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', search, ${tsquery})::float8`;
    // Sorted by date, every match is a candidate (the newest must not be missed); by relevance, the first `cap`.
    if (q.sort === "date") return sql`select ${kind}::text as kind, ${columns}, ${score} as score from ${sql.raw(s.table)} where ${where}`;
    return sql`select ${kind}::text as kind, id, title, body, city_code, domain, date, ${score} as score from (select ${columns}, search from ${sql.raw(s.table)} where ${where} limit ${cap}) c`;
  });
  return sql.join(parts, sql` union all `);
}

type Hit = { kind: Kind; id: string; title: string; body: string; city_code: string; domain: string | null; date: string | null; score: number };
type FacetRow = { facet: string; value: string | null; n: number | string };

export type SearchResult = {
  items: { kind: Kind; id: string; title: string; snippet: string; score: number; cityCode: string; domain: string | null; date: string | null }[];
  total: number;
  /** False when some kind had `cap` matches or more: then total and the facet counts are lower bounds. */
  totalExact: boolean;
  facets: { kind: { value: string; count: number }[]; city: { value: string; count: number }[]; domain: { value: string; count: number }[] };
  tokens: string[];
};

/** The two statements of one search: the page of hits, and the total with the facets. */
export type SearchStatements = { hits: SQL; facets: SQL };

function statementsFor(q: SearchQuery, tokens: string[], mode: "all" | "any", nameText: string | null, cap: number): SearchStatements {
  const tsquery = querySql(tokens, mode);
  const order = q.sort === "date" || !tsquery ? sql`date desc nulls last, id` : sql`score desc, date desc nulls last, id`;
  return {
    hits: sql`select * from (${hitsSql(q, tsquery, nameText, "page", cap)}) h order by ${order} limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`,
    facets: sql`with h as (${hitsSql(q, tsquery, nameText, "count", cap)})
      select 'total' as facet, null as value, count(*) as n from h
      union all select 'kind', kind, count(*) from h group by kind
      union all select 'city', city_code, count(*) from h group by city_code
      union all select 'domain', domain, count(*) from h where domain is not null group by domain`,
  };
}

/**
 * What a search sends to the database, worked out without it: the query's words, the name text, the statements of
 * the "all words" pass and, when there are several words, of the "any word" pass that runs only if the first finds
 * nothing. Exposed so that the benchmark can send the very same SQL straight to the database.
 */
export function searchStatements(q: SearchQuery, cap: number = SEARCH_CAP): { tokens: string[]; nameText: string | null; all: SearchStatements; any: SearchStatements | null } {
  const text = (q.q ?? "").replace(/\0/g, "").trim();
  const tokens = queryTokens(text);
  // Names match as typed (e.g. an inventor or a university), when the query is short enough to be one.
  const nameText = text.length >= 2 && text.length <= 50 ? text : null;
  return { tokens, nameText, all: statementsFor(q, tokens, "all", nameText, cap), any: tokens.length > 1 ? statementsFor(q, tokens, "any", nameText, cap) : null };
}

async function run(db: Queryable, statements: SearchStatements): Promise<{ hits: Hit[]; total: number; facets: FacetRow[] }> {
  const hits = await rows<Hit>(db, statements.hits);
  const facets = await rows<FacetRow>(db, statements.facets);
  const total = Number(facets.find((f) => f.facet === "total")?.n ?? 0);
  return { hits, total, facets };
}

/** Searches published records. Any string is a valid query; with no words, the newest records that pass the filters. */
export async function searchMarket(db: Queryable, q: SearchQuery, cap: number = SEARCH_CAP): Promise<SearchResult> {
  const { tokens, nameText, all, any } = searchStatements(q, cap);
  let result = await run(db, all);
  if (result.total === 0 && any) result = await run(db, any);
  const facet = (name: string) =>
    result.facets
      .filter((f) => f.facet === name && f.value !== null)
      .map((f) => ({ value: String(f.value), count: Number(f.n) }))
      .sort((a, b) => b.count - a.count);
  const marks = tokens.length > 0 ? tokens : nameText ? [nameText] : [];
  return {
    items: result.hits.map((h) => ({
      kind: h.kind,
      id: h.id,
      title: h.title,
      snippet: snippet(h.body || h.title, marks),
      score: Math.round(Number(h.score) * 10000) / 10000,
      cityCode: h.city_code,
      domain: h.domain,
      date: h.date,
    })),
    total: result.total,
    totalExact: facet("kind").every((f) => f.count < cap),
    facets: { kind: facet("kind"), city: facet("city"), domain: facet("domain") },
    tokens,
  };
}
