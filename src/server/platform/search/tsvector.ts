/**
 * Full-text documents and queries over pre-segmented text (segment.ts). The tokens reach PostgreSQL only as bound
 * parameters, read with the 'simple' configuration (no stemming, no stop words: jieba has already cut the words).
 * Weights rank a title (A) above keywords (B/C) and a body (D). User text is never spliced into SQL.
 */
import { sql, type SQL } from "drizzle-orm";
import { indexTokens, MAX_INDEX_TOKENS } from "./segment.ts";

export type Weight = "A" | "B" | "C" | "D";
export type DocumentPart = { text: string; weight: Weight };
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

/**
 * The same document as a tsvector literal built here ('光纤':1A,5D '传感':2A …), cast with ::tsvector: PostgreSQL
 * then only parses the literal instead of running its text parser four times per row — what bulk imports use.
 * Also returns the distinct terms (for document frequencies). Positions count tokens across the parts in order (capped at 16383, as PostgreSQL caps them); a lexeme keeps at
 * most 256 positions. Tokens from indexTokens need no escaping; quotes and backslashes are doubled anyway.
 */
export function documentLiteral(parts: readonly DocumentPart[]): { literal: string; terms: string[] } {
  const positions = new Map<string, string[]>();
  let position = 0;
  let budget = MAX_INDEX_TOKENS;
  for (const part of parts) {
    if (budget <= 0) break;
    const found = indexTokens(part.text, budget);
    budget -= found.length;
    for (const token of found) {
      position = Math.min(position + 1, 16383);
      const list = positions.get(token);
      const entry = `${position}${part.weight}`;
      if (!list) positions.set(token, [entry]);
      else if (list.length < 256) list.push(entry);
    }
  }
  const out: string[] = [];
  for (const [token, list] of positions) out.push(`'${token.replace(/['\\]/g, (c) => c + c)}':${list.join(",")}`);
  return { literal: out.join(" "), terms: [...positions.keys()] };
}

/** A literal of documentLiteral as the stored tsvector expression (one bound parameter). */
export const literalSql = (literal: string): SQL => sql`${literal}::tsvector`;
