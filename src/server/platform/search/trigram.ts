/**
 * Name search with pg_trgm (loaded on both engines, platform/db.ts): organisation, expert and product names are
 * short and often typed in part or slightly wrong, which word segmentation serves badly. A name matches when it
 * contains the query (ILIKE, wildcards in the query escaped) or is trigram-similar to it (`%`, pg_trgm's
 * similarity_threshold, 0.3 by default); ranking puts names that begin with the query first, then by similarity.
 * A GIN index with gin_trgm_ops serves both operators.
 */
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";

/** Longer queries are cut: a name is never longer, and trigram work grows with the text. */
const MAX_NAME_QUERY = 100;

/**
 * The query as compared: NUL and lone surrogates removed (they cannot be sent as UTF-8), whitespace collapsed, at
 * most MAX_NAME_QUERY code points; null when nothing is left.
 */
function nameQuery(query: string): string | null {
  const sendable = query.replace(/\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
  const text = [...sendable.replace(/\s+/gu, " ").trim()].slice(0, MAX_NAME_QUERY).join("");
  return text === "" ? null : text;
}

/** `text` with LIKE's wildcards and its escape character escaped, for `… like $1 escape '\'`. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `(name ILIKE '%q%' OR name % 'q')`, the query bound as parameters; null when the query is blank. */
export function nameMatchSql(column: SQLWrapper, query: string): SQL | null {
  const q = nameQuery(query);
  if (q === null) return null;
  return sql`(${column} ilike ${`%${escapeLike(q)}%`}::text escape '\\' or ${column} % ${q}::text)`;
}

/** An ORDER BY key, best first with `desc`: 1 + similarity for a name beginning with the query, similarity otherwise. */
export function nameRankSql(column: SQLWrapper, query: string): SQL {
  const q = nameQuery(query) ?? "";
  return sql`(case when ${column} ilike ${`${escapeLike(q)}%`}::text escape '\\' then 1 else 0 end + similarity(${column}, ${q}::text))`;
}
