/**
 * A search document as a tsvector literal, built in JavaScript without the database: pure (jieba segmentation aside,
 * no I/O), so a worker thread can build the documents of a large import while the database writes the previous ones.
 */
import { indexTokens, MAX_INDEX_TOKENS } from "./segment.ts";

export type Weight = "A" | "B" | "C" | "D";
export type DocumentPart = { text: string; weight: Weight };

/**
 * The same document as a tsvector literal built here ('光纤':1A,5D '传感':2A …), cast with ::tsvector: PostgreSQL
 * then only parses the literal instead of running its text parser four times per row — what bulk imports use.
 * Also returns the distinct terms (for document frequencies). Positions count tokens across the parts in order (capped at 16383, as PostgreSQL caps them); a lexeme keeps at
 * most 256 positions. Tokens from indexTokens need no escaping; quotes and backslashes are doubled anyway.
 */
export function documentLiteral(parts: readonly DocumentPart[]): { literal: string; terms: string[] } {
  // Per lexeme: its "1A,5D" list as one string and how many positions it holds.
  const entries = new Map<string, { list: string; count: number }>();
  let position = 0;
  let budget = MAX_INDEX_TOKENS;
  for (const part of parts) {
    if (budget <= 0) break;
    const found = indexTokens(part.text, budget);
    budget -= found.length;
    for (const token of found) {
      position = Math.min(position + 1, 16383);
      const entry = entries.get(token);
      if (!entry) entries.set(token, { list: `${position}${part.weight}`, count: 1 });
      else if (entry.count < 256) {
        entry.list += `,${position}${part.weight}`;
        entry.count += 1;
      }
    }
  }
  let literal = "";
  for (const [token, entry] of entries) {
    const quoted = token.includes("'") || token.includes("\\") ? token.replace(/['\\]/g, (c) => c + c) : token;
    literal += `${literal === "" ? "" : " "}'${quoted}':${entry.list}`;
  }
  return { literal, terms: [...entries.keys()] };
}
