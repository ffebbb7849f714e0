/**
 * Full-text documents and queries over pre-segmented text (segment.ts). The tokens reach PostgreSQL only as bound
 * parameters, read with the 'simple' configuration (no stemming, no stop words: jieba has already cut the words).
 * Weights rank a title (A) above keywords (B/C) and a body (D). User text is never spliced into SQL.
 */
import { sql, type SQL } from "drizzle-orm";
import { indexTokens, MAX_INDEX_TOKENS } from "./segment.ts";

import type { DocumentPart } from "./literal.ts";
export type { DocumentPart, Weight } from "./literal.ts";
/** Space-joined tokens per weight: the four parameters of documentSql. */
export type WeightedDocument = { a: string; b: string; c: string; d: string };

const KEYS = { A: "a", B: "b", C: "c", D: "d" } as const;

/**
 * The tokens of each weight class. Parts are read in the order given and share one budget of MAX_INDEX_TOKENS, so
 * list the title first: an over-long body is what gets cut, never the title.
 */
export function weightedDocument(parts: readonly DocumentPart[]): WeightedDocument {
  const tokens: Record<keyof WeightedDocument, string[]> = { a: [], b: [], c: [], d: [] };
  let budget = MAX_INDEX_TOKENS;
  for (const part of parts) {
    if (budget <= 0) break;
    const found = indexTokens(part.text, budget);
    tokens[KEYS[part.weight]].push(...found);
    budget -= found.length;
  }
  return { a: tokens.a.join(" "), b: tokens.b.join(" "), c: tokens.c.join(" "), d: tokens.d.join(" ") };
}

/** The tsvector expression to store (or compare with) for a document: four bound parameters, always the same SQL text. */
export function documentSql(doc: WeightedDocument): SQL {
  return sql`(setweight(to_tsvector('simple', ${doc.a}::text), 'A') || setweight(to_tsvector('simple', ${doc.b}::text), 'B') || setweight(to_tsvector('simple', ${doc.c}::text), 'C') || setweight(to_tsvector('simple', ${doc.d}::text), 'D'))`;
}

/** NUL (PostgreSQL's text cannot hold it) and lone surrogates (not UTF-8: a driver mangles them, quotes included). */
const UNSENDABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The tsquery text for tokens: each one quoted (quotes and backslashes doubled, what cannot be sent removed), joined
 * by & ("all") or | ("any"). Null when no token is left. Tokens from queryTokens need none of the escaping; it is
 * there so that any string is safe.
 */
export function tsqueryText(tokens: readonly string[], mode: "all" | "any"): string | null {
  const quoted = tokens
    .map((t) => t.replace(UNSENDABLE, ""))
    .filter((t) => t.trim() !== "")
    .map((t) => `'${t.replace(/['\\]/g, (c) => c + c)}'`);
  return quoted.length === 0 ? null : quoted.join(mode === "all" ? " & " : " | ");
}

/** `to_tsquery('simple', $1)` with the whole query as one parameter; null when there is nothing to search for. */
export function querySql(tokens: readonly string[], mode: "all" | "any"): SQL | null {
  const text = tsqueryText(tokens, mode);
  return text === null ? null : sql`to_tsquery('simple', ${text}::text)`;
}

export { documentLiteral } from "./literal.ts";

/** A literal of documentLiteral as the stored tsvector expression (one bound parameter). */
export const literalSql = (literal: string): SQL => sql`${literal}::tsvector`;
