/**
 * Document frequencies (market_terms) kept in step with the records: a record's distinct words count once for its
 * kind; the empty term counts the documents. Matching reads them to weigh a demand's words (rare words matter most).
 */
import { sql } from "drizzle-orm";
import type { Kind } from "../contract.ts";
import { indexTokens } from "../../../platform/search/segment.ts";
import { rows, type Queryable, type Tx } from "../../../platform/db.ts";
import type { DocumentPart } from "../../../platform/search/tsvector.ts";

/** The distinct words of a document's parts. */
export function distinctTerms(parts: readonly DocumentPart[]): string[] {
  const out = new Set<string>();
  for (const p of parts) for (const t of indexTokens(p.text)) out.add(t);
  return [...out];
}

/** Adds (+1) the documents in `added` and removes (−1) those in `removed`, each a list of its distinct terms. */
export async function adjustTerms(tx: Tx, kind: Kind, added: readonly string[][], removed: readonly string[][] = []): Promise<void> {
  const delta = new Map<string, number>();
  addDocuments(delta, added, 1);
  addDocuments(delta, removed, -1);
  await applyTermDelta(tx, kind, delta);
}

/** Counts documents (each a list of its distinct terms) into `delta`, `by` each; the empty term counts the documents. */
export function addDocuments(delta: Map<string, number>, docs: readonly string[][], by: number): void {
  for (const doc of docs) {
    delta.set("", (delta.get("") ?? 0) + by);
    for (const t of doc) delta.set(t, (delta.get(t) ?? 0) + by);
  }
}

/** Adds per-term document counts (as addDocuments makes them) to the kind's frequencies. */
export async function applyTermDelta(tx: Tx, kind: Kind, delta: ReadonlyMap<string, number>): Promise<void> {
  const entries = [...delta.entries()].filter(([, d]) => d !== 0);
  for (let i = 0; i < entries.length; i += 5000) {
    const chunk = Object.fromEntries(entries.slice(i, i + 5000));
    await tx.execute(sql`insert into market_terms (kind, term, df)
      select ${kind}, key, value::int from jsonb_each_text(${JSON.stringify(chunk)}::jsonb)
      on conflict (kind, term) do update set df = greatest(0, market_terms.df + excluded.df)`);
  }
}

export type TermStats = { documents: number; df: Map<string, number> };

/** Document counts for the given kinds and terms (summed over the kinds). */
export async function termStats(q: Queryable, kinds: readonly Kind[], words: readonly string[]): Promise<TermStats> {
  const wanted = ["", ...new Set(words)];
  const found = await rows<{ term: string; df: number | string }>(
    q,
    sql`select term, sum(df) as df from market_terms where kind in (${sql.join(kinds.map((k) => sql`${k}`), sql`, `)}) and term in (${sql.join(wanted.map((w) => sql`${w}`), sql`, `)}) group by term`,
  );
  const df = new Map(found.map((f) => [f.term, Number(f.df)]));
  return { documents: df.get("") ?? 0, df };
}
