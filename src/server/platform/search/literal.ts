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
