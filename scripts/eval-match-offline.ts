/**
 * The matcher measured in memory, before it is wired to PostgreSQL: regenerates the corpus and demands of
 * data/market/match-eval.json (checking their checksums), segments every text (jieba through platform/search, or a
 * character-bigram stand-in), takes each demand's candidates by shared terms, re-ranks them with match.ts and prints
 * nDCG@10 and recall@50 against the graded judgements, beside simpler orderings of the same candidates.
 *
 *   node --import tsx scripts/eval-match-offline.ts [--segmenter jieba|bigram] [--pool service|idf] [--ablation]
 *
 * --ablation adds one line per bonus of match.ts: text alone plus that bonus at its default weight.
 *
 * Candidates stand in for the database. `--pool service` (the default) does what service/matching.ts does: the
 * demand's 12 most informative words among the selective ones (document frequency ≤ max(50, 10 %)), any of them
 * matching, the best 100 per kind by a ts_rank_cd-like rank (each occurrence of a query word 1.0 in the title,
 * weight A, 0.1 in the body, weight D). `--pool idf`: the 300 items with the largest sum of idf over all the words
 * they share with the demand, the same rank as their text rank.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { classifyHighValue } from "../src/shared/market/high-value.ts";
import { indexTokens } from "../src/server/platform/search/segment.ts";
import { DEFAULT_MATCH_WEIGHTS, rankMatches, wantedTrl, type CorpusStats, type MatchCandidate, type MatchItem, type MatchKind, type MatchWeights, type WeightedTerm } from "../src/server/modules/market/match.ts";
import { meanDefined, ndcgAtK, recallAtK } from "../src/server/modules/market/match-metrics.ts";
import { evalCorpus, evalDemands, itemText, textChecksum, type EvalItem, type EvalSpec } from "../src/server/modules/market/match-eval.ts";
import { MARKET_AS_OF, type SyntheticDemand } from "../src/server/modules/market/synthetic.ts";

const { values: args } = parseArgs({ options: { segmenter: { type: "string", default: "jieba" }, pool: { type: "string", default: "service" }, ablation: { type: "boolean", default: false } } });
const segmenterName = args.segmenter === "bigram" ? "bigram" : "jieba";
const poolMode = args.pool === "idf" ? "idf" : "service";
/** service/matching.ts: CANDIDATES_PER_KIND, QUERY_TERMS, SELECTIVE_SHARE. */
const SERVICE = { perKind: 100, queryTerms: 12, selectiveShare: 0.1 };
const IDF_POOL = 300;

type EvalFile = {
  corpus: EvalSpec["corpus"] & { size: number; checksum: string };
  demands: EvalSpec["demands"] & { checksum: string };
  queries: { demand: number; grades: Record<"3" | "2" | "1", number[]> }[];
};
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const file = JSON.parse(readFileSync(path.join(root, "data/market/match-eval.json"), "utf8")) as EvalFile;
const spec: EvalSpec = { corpus: file.corpus, demands: file.demands };

const corpus = evalCorpus(spec);
const demands = evalDemands(spec);
if (corpus.length !== file.corpus.size || textChecksum(corpus.map(itemText)) !== file.corpus.checksum) throw new Error("the generator no longer makes the evaluation corpus: regenerate data/market/match-eval.json");
if (textChecksum(demands.map((d) => ({ title: d.title, body: d.description }))) !== file.demands.checksum) throw new Error("the generator no longer makes the evaluation demands");

// ——— Segmentation ————————————————————————————————————————————————————————————————————————————————————————

const STOP = new Set([..."的了和与及或并而且在是为于以由被把将对从向之其此该等着过也就都又个些"]);
/** Overlapping character bigrams of Han runs, whole words of Latin letters and digits: a dictionary-free baseline. */
function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.normalize("NFKC").toLowerCase().match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? []) {
    if (!/\p{Script=Han}/u.test(run)) {
      out.push(run);
      continue;
    }
    const chars = [...run].filter((c) => !STOP.has(c));
    if (chars.length === 1 && chars[0] !== undefined) out.push(chars[0]);
    for (let i = 0; i + 1 < chars.length; i += 1) out.push(`${chars[i]}${chars[i + 1]}`);
  }
  return out;
}
const segment = segmenterName === "jieba" ? (t: string) => indexTokens(t) : bigrams;

/** A title counts twice, a body once (as service/matching.ts weighs them); occurrences kept apart for the text rank. */
function weightedTerms(title: string, body: string): { terms: WeightedTerm[]; inTitle: Map<string, number>; inBody: Map<string, number> } {
  const count = (tokens: string[]) => {
    const m = new Map<string, number>();
    for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const inTitle = count(segment(title));
  const inBody = count(segment(body));
  const w = new Map<string, number>();
  for (const [t, n] of inTitle) w.set(t, 2 * n);
  for (const [t, n] of inBody) w.set(t, (w.get(t) ?? 0) + n);
  return { terms: [...w].map(([term, weight]) => ({ term, weight })), inTitle, inBody };
}

// ——— Corpus ——————————————————————————————————————————————————————————————————————————————————————————————

const started = performance.now();
type Doc = { item: EvalItem; match: Omit<MatchCandidate, "textRank">; inTitle: Map<string, number>; inBody: Map<string, number> };
const docs: Doc[] = corpus.map((item) => {
  const { title, body } = itemText(item);
  const { terms, inTitle, inBody } = weightedTerms(title, body);
  const base = { id: String(item.index), terms, domain: item.record.domain, cityCode: item.record.cityCode };
  switch (item.kind) {
    case "achievement":
      return { item, inTitle, inBody, match: { ...base, kind: "achievement" as MatchKind, trl: item.record.trl, price: item.record.price } };
    case "patent": {
      const p = item.record;
      const hv = classifyHighValue(
        { kind: p.type, valid: p.legalStatus === "in_force", domesticHolder: true, filingDate: p.filingDate, grantDate: p.grantDate, strategicEmergingIndustry: p.strategicEmerging, overseasFamilyGranted: p.overseasFamily, pledgeAmountYuan: p.pledgeAmount, nationalSciTechAward: p.nationalAward, chinaPatentAward: p.chinaPatentAward },
        { asOf: MARKET_AS_OF },
      );
      return { item, inTitle, inBody, match: { ...base, kind: "patent" as MatchKind, highValue: hv.highValue } };
    }
    case "expert":
      return { item, inTitle, inBody, match: { ...base, kind: "expert" as MatchKind } };
  }
});
const df = new Map<string, number>();
const postings = new Map<string, number[]>();
docs.forEach((d, i) => {
  for (const { term } of d.match.terms) {
    df.set(term, (df.get(term) ?? 0) + 1);
    let list = postings.get(term);
    if (!list) postings.set(term, (list = []));
    list.push(i);
  }
});
const stats: CorpusStats = { documents: docs.length, documentFrequency: df };
const idf = (t: string) => Math.log(1 + (docs.length - (df.get(t) ?? 0) + 0.5) / ((df.get(t) ?? 0) + 0.5));
const indexed = performance.now();

// ——— Queries ——————————————————————————————————————————————————————————————————————————————————————————————

function demandItem(d: SyntheticDemand): MatchItem {
  return { id: `demand-${d.index}`, kind: "demand", terms: weightedTerms(d.title, d.description).terms, domain: d.domain, cityCode: d.cityCode, wantedTrl: wantedTrl(d.cooperation), budget: d.budget };
}

/** ts_rank_cd-like: each occurrence of a query word, 1.0 in the title (A), 0.1 in the body (D). */
const textRank = (d: Doc, words: readonly string[]) => words.reduce((s, w) => s + (d.inTitle.get(w) ?? 0) + 0.1 * (d.inBody.get(w) ?? 0), 0);

/** The words service/matching.ts searches with: the most informative (weight × idf) among the selective ones. */
function serviceWords(query: MatchItem): string[] {
  const ranked = query.terms.filter((t) => (df.get(t.term) ?? 0) > 0).sort((a, b) => b.weight * idf(b.term) - a.weight * idf(a.term));
  const selective = ranked.filter((t) => (df.get(t.term) ?? 0) <= Math.max(50, SERVICE.selectiveShare * docs.length));
  return (selective.length >= 4 ? selective : ranked).slice(0, SERVICE.queryTerms).map((t) => t.term);
}

function candidatesFor(query: MatchItem): MatchCandidate[] {
  if (poolMode === "service") {
    const words = serviceWords(query);
    const hits = new Set(words.flatMap((w) => postings.get(w) ?? []));
    const byKind = new Map<MatchKind, { i: number; rank: number }[]>();
    for (const i of hits) {
      const d = docs[i];
      if (!d) continue;
      const list = byKind.get(d.match.kind) ?? [];
      list.push({ i, rank: textRank(d, words) });
      byKind.set(d.match.kind, list);
    }
    return [...byKind.values()].flatMap((list) =>
      list
        .sort((a, b) => b.rank - a.rank || a.i - b.i)
        .slice(0, SERVICE.perKind)
        .flatMap(({ i, rank }) => {
          const d = docs[i];
          return d ? [{ ...d.match, textRank: rank }] : [];
        }),
    );
  }
  const words = query.terms.map((t) => t.term);
  const overlap = new Map<number, number>();
  for (const term of words) for (const i of postings.get(term) ?? []) overlap.set(i, (overlap.get(i) ?? 0) + idf(term));
  return [...overlap]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, IDF_POOL)
    .flatMap(([i]) => {
      const d = docs[i];
      return d ? [{ ...d.match, textRank: textRank(d, words) }] : [];
    });
}

type Row = { ndcg10: number | null; recall50: number | null; recall50g2: number | null };
const measure = (ranking: string[], grades: Map<string, number>): Row => ({
  ndcg10: ndcgAtK(ranking, grades, 10),
  recall50: recallAtK(ranking, grades, 50, 3),
  recall50g2: recallAtK(ranking, grades, 50, 2),
});
const TEXT_ONLY: MatchWeights = { textRank: 0, domain: 0, maturity: 0, budget: 0, proximity: 0, highValue: 0 };
/** In the service's pool the order is by kind, then rank: not a ranking, so only the idf pool's order is reported. */
const variants: Record<string, Row[]> = { ...(poolMode === "idf" ? { "candidates by idf overlap (no re-rank)": [] } : {}), "text rank (ts_rank_cd-like)": [], "match.ts, text only": [], "match.ts (default weights)": [], "candidate pool (recall ceiling)": [] };
const push = (name: string, row: Row) => variants[name]?.push(row);
const ablations = args.ablation ? (Object.keys(DEFAULT_MATCH_WEIGHTS) as (keyof MatchWeights)[]).map((key) => ({ name: `match.ts, text + ${key} ${DEFAULT_MATCH_WEIGHTS[key]}`, weights: { ...TEXT_ONLY, [key]: DEFAULT_MATCH_WEIGHTS[key] } })) : [];
for (const a of ablations) variants[a.name] = [];

let rankMs = 0;
const pooled: number[] = [];
for (const q of file.queries) {
  const d = demands[q.demand];
  if (!d) throw new Error(`demand ${q.demand} is not in the regenerated demands`);
  const grades = new Map<string, number>();
  for (const g of ["3", "2", "1"] as const) for (const i of q.grades[g]) grades.set(String(i), Number(g));
  const query = demandItem(d);
  const cands = candidatesFor(query);
  push("candidates by idf overlap (no re-rank)", measure(cands.map((c) => c.id), grades));
  push("text rank (ts_rank_cd-like)", measure([...cands].sort((a, b) => b.textRank - a.textRank || Number(a.id) - Number(b.id)).map((c) => c.id), grades));
  push("match.ts, text only", measure(rankMatches(query, cands, stats, 50, TEXT_ONLY).map((r) => r.id), grades));
  for (const a of ablations) push(a.name, measure(rankMatches(query, cands, stats, 50, a.weights).map((r) => r.id), grades));
  const t0 = performance.now();
  const ranked = rankMatches(query, cands, stats, 50, DEFAULT_MATCH_WEIGHTS);
  rankMs += performance.now() - t0;
  push("match.ts (default weights)", measure(ranked.map((r) => r.id), grades));
  pooled.push(cands.length);
  push("candidate pool (recall ceiling)", { ndcg10: null, recall50: recallAtK(cands.map((c) => c.id), grades, cands.length, 3), recall50g2: recallAtK(cands.map((c) => c.id), grades, cands.length, 2) });
}

const f = (x: number | null) => (x === null ? "   –  " : x.toFixed(3).padStart(6));
const meanPool = pooled.reduce((s, n) => s + n, 0) / Math.max(1, pooled.length);
console.log(`segmenter ${segmenterName}; corpus ${docs.length} items (${df.size} distinct terms, indexed in ${((indexed - started) / 1000).toFixed(1)} s); ${file.queries.length} demands; pool ${poolMode}, ${meanPool.toFixed(0)} candidates per demand on average`);
console.log(`${"ordering".padEnd(42)} nDCG@10  R@50(g3)  R@50(g≥2)`);
for (const [name, rows] of Object.entries(variants)) {
  const recallLabel = name.startsWith("candidate pool") ? " (recall of the whole pool)" : "";
  console.log(`${name.padEnd(42)} ${f(meanDefined(rows.map((r) => r.ndcg10)))}   ${f(meanDefined(rows.map((r) => r.recall50)))}    ${f(meanDefined(rows.map((r) => r.recall50g2)))}${recallLabel}`);
}
console.log(`re-ranking: ${(rankMs / file.queries.length).toFixed(1)} ms per demand`);
