/**
 * The public search (GET /market/search): any text is segmented with jieba (the index's dictionary) and matched as
 * a tsquery of bound parameters against the GIN-indexed documents of the kinds asked for, with names (organisations,
 * applicants, inventors) also matching by substring through the trigram index. All words must match; when that finds
 * nothing, any word may. Facets count the same hits; snippets mark the words found. Only published records.
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

function hitsSql(q: SearchQuery, tsquery: SQL | null, nameText: string | null, withBody: boolean): SQL {
  const parts = kindsFor(q).map((kind) => {
    const s = SOURCES[kind];
    const match = tsquery ? (nameText ? sql`(search @@ ${tsquery} or names ilike ${likePattern(nameText)})` : sql`search @@ ${tsquery}`) : nameText ? sql`names ilike ${likePattern(nameText)}` : sql`true`;
    const filters = [sql.raw(s.published), match, q.city ? sql`city_code = ${q.city}` : null, q.domain ? sql`domain = ${q.domain}` : null, ...s.extra(q)].filter((x): x is SQL => x !== null);
    const score = tsquery ? sql`ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', search, ${tsquery})` : sql`0`;
    return sql`select ${kind}::text as kind, id, ${sql.raw(s.title)} as title, ${withBody ? sql.raw(s.body) : sql`''`} as body, city_code, domain, ${sql.raw(s.date)}::text as date, ${score}::float8 as score
      from ${sql.raw(s.table)} where ${sql.join(filters, sql` and `)}`;
  });
  return sql.join(parts, sql` union all `);
}

type Hit = { kind: Kind; id: string; title: string; body: string; city_code: string; domain: string | null; date: string | null; score: number };
type FacetRow = { facet: string; value: string | null; n: number | string };

export type SearchResult = {
  items: { kind: Kind; id: string; title: string; snippet: string; score: number; cityCode: string; domain: string | null; date: string | null }[];
  total: number;
  facets: { kind: { value: string; count: number }[]; city: { value: string; count: number }[]; domain: { value: string; count: number }[] };
  tokens: string[];
};

/** The two statements of one search: the page of hits, and the total with the facets. */
export type SearchStatements = { hits: SQL; facets: SQL };

function statementsFor(q: SearchQuery, tokens: string[], mode: "all" | "any", nameText: string | null): SearchStatements {
  const tsquery = querySql(tokens, mode);
  const order = q.sort === "date" || !tsquery ? sql`date desc nulls last, id` : sql`score desc, date desc nulls last, id`;
  return {
    hits: sql`select * from (${hitsSql(q, tsquery, nameText, true)}) h order by ${order} limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`,
    facets: sql`with h as (${hitsSql(q, tsquery, nameText, false)})
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
export function searchStatements(q: SearchQuery): { tokens: string[]; nameText: string | null; all: SearchStatements; any: SearchStatements | null } {
  const text = (q.q ?? "").replace(/\0/g, "").trim();
  const tokens = queryTokens(text);
  // Names match as typed (e.g. an inventor or a university), when the query is short enough to be one.
  const nameText = text.length >= 2 && text.length <= 50 ? text : null;
  return { tokens, nameText, all: statementsFor(q, tokens, "all", nameText), any: tokens.length > 1 ? statementsFor(q, tokens, "any", nameText) : null };
}

async function run(db: Queryable, statements: SearchStatements): Promise<{ hits: Hit[]; total: number; facets: FacetRow[] }> {
  const hits = await rows<Hit>(db, statements.hits);
  const facets = await rows<FacetRow>(db, statements.facets);
  const total = Number(facets.find((f) => f.facet === "total")?.n ?? 0);
  return { hits, total, facets };
}

/** Searches published records. Any string is a valid query; with no words, the newest records that pass the filters. */
export async function searchMarket(db: Queryable, q: SearchQuery): Promise<SearchResult> {
  const { tokens, nameText, all, any } = searchStatements(q);
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
    facets: { kind: facet("kind"), city: facet("city"), domain: facet("domain") },
    tokens,
  };
}
