/**
 * Supply–demand matching: re-ranks the candidates the database found for one record and explains each match.
 * Forward, a demand (需求) against achievements, patents and experts; reverse, an achievement against demands: the
 * same function, since each side says what it has (TRL, price, high value) and what it wants (TRL, budget).
 *
 * Score = text × (1 + bonuses), so no bonus lifts an item that shares nothing informative:
 * - text: cosine of idf-weighted term vectors (log(1 + weight) × idf on both sides; idf as in BM25,
 *   ln(1 + (N − df + ½)/(df + ½)), never negative), optionally blended with the database's text rank scaled to
 *   the best one (weight 0 by default: on the evaluation set, scripts/eval-match-offline.ts, blending ts_rank_cd at
 *   0.05 cost 0.01 of nDCG@10; the rank still breaks ties);
 * - bonuses: same domain, a maturity fit of the achievement's TRL to what the demand wants, the price within the
 *   budget, the cities' proximity, and for a patent 高价值. An unknown fact counts as half (neither for nor against).
 * Pure: corpus statistics and candidates come in as arguments.
 */
import { cityDistanceKm } from "../../../shared/market/cities-geo.ts";

export type MatchKind = "achievement" | "patent" | "expert" | "demand";
/** A token and its weight in a record (term frequency, a title counting more than a body: the caller decides). */
export type WeightedTerm = { term: string; weight: number };

export type MatchItem = {
  id: string;
  kind: MatchKind;
  terms: readonly WeightedTerm[];
  domain: string | null;
  cityCode: string;
  /** An achievement's technology readiness level (1–9). */
  trl?: number | null;
  /** The TRL a demand needs (see wantedTrl). */
  wantedTrl?: number | null;
  /** An achievement's price, 万元; null when 面议. */
  price?: number | null;
  /** A demand's budget, 万元; null when 面议. */
  budget?: number | null;
  /** A patent that the shared rule counts as 高价值. */
  highValue?: boolean;
};
/** A candidate with the database's full-text rank (ts_rank or alike; only its order among the candidates matters). */
export type MatchCandidate = MatchItem & { textRank: number };

export type CorpusStats = { documents: number; documentFrequency: ReadonlyMap<string, number> };

export type MatchWeights = { textRank: number; domain: number; maturity: number; budget: number; proximity: number; highValue: number };
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = { textRank: 0, domain: 0.3, maturity: 0.1, budget: 0.05, proximity: 0.05, highValue: 0.05 };

export type Maturity = { trl: number; wanted: number; fit: "ready" | "close" | "early" };
export type MatchReasons = {
  /** The shared terms that weigh most in the text score, with their share of it (0–1), at most five. */
  sharedTerms: { term: string; share: number }[];
  sameDomain: boolean;
  /** Between the two cities' seats; 0 for the same city; null when a city is not a corridor city. */
  distanceKm: number | null;
  maturity: Maturity | null;
  /** The price is within the budget; null when either is 面议 or not given. */
  withinBudget: boolean | null;
  highValue: boolean;
};
export type MatchResult = { id: string; kind: MatchKind; score: number; textScore: number; reasons: MatchReasons };

/**
 * The TRL (技术就绪水平, levels 1–9 as in GB/T 22900) a way of working with a provider needs. Our choice, not a rule:
 * a transfer or licence buys a technology proven in its setting (7); commissioned development starts from a
 * validated prototype (5); joint development can start from a laboratory result (4).
 */
export function wantedTrl(cooperation: string): number {
  if (cooperation === "转让" || cooperation === "许可") return 7;
  if (cooperation === "委托开发") return 5;
  return 4;
}

/** BM25's idf: rare terms weigh most; a term in every document still weighs a little. */
export function idf(term: string, stats: CorpusStats): number {
  const df = Math.min(stats.documents, stats.documentFrequency.get(term) ?? 0);
  return Math.log(1 + (stats.documents - df + 0.5) / (df + 0.5));
}

type Vector = Map<string, number>;

function queryVector(terms: readonly WeightedTerm[], stats: CorpusStats): Vector {
  const v: Vector = new Map();
  for (const { term, weight } of terms) v.set(term, (v.get(term) ?? 0) + weight);
  for (const [term, weight] of v) v.set(term, Math.log1p(weight) * idf(term, stats));
  return v;
}

function candidateVector(terms: readonly WeightedTerm[], stats: CorpusStats): Vector {
  const v: Vector = new Map();
  for (const { term, weight } of terms) v.set(term, (v.get(term) ?? 0) + weight);
  for (const [term, weight] of v) v.set(term, Math.log1p(weight) * idf(term, stats));
  return v;
}

const norm = (v: Vector) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));

/** Cosine of the two vectors and each shared term's part of the dot product. */
function cosine(q: Vector, qNorm: number, c: Vector): { value: number; parts: [string, number][] } {
  const cNorm = norm(c);
  if (qNorm === 0 || cNorm === 0) return { value: 0, parts: [] };
  const parts: [string, number][] = [];
  let dot = 0;
  for (const [term, w] of q) {
    const x = c.get(term);
    if (x === undefined || x === 0 || w === 0) continue;
    dot += w * x;
    parts.push([term, w * x]);
  }
  return { value: dot / (qNorm * cNorm), parts };
}

function maturityOf(a: MatchItem, b: MatchItem): Maturity | null {
  const trl = a.trl ?? b.trl;
  const wanted = a.wantedTrl ?? b.wantedTrl;
  if (trl === null || trl === undefined || wanted === null || wanted === undefined) return null;
  return { trl, wanted, fit: trl >= wanted ? "ready" : wanted - trl <= 2 ? "close" : "early" };
}

function withinBudget(a: MatchItem, b: MatchItem): boolean | null {
  const price = a.price ?? b.price;
  const budget = a.budget ?? b.budget;
  if (price === null || price === undefined || budget === null || budget === undefined) return null;
  return price <= budget;
}

const MATURITY_VALUE = { ready: 1, close: 0.5, early: 0 } as const;
/** Proximity falls to a half at about 70 km (Wuhan–Huanggang is 56 km, Wuhan–Xianning 84 km). */
const proximity = (km: number | null) => (km === null ? 0.5 : Math.exp(-km / 100));
const half = (x: boolean | null) => (x === null ? 0.5 : x ? 1 : 0);

/**
 * The best `limit` candidates for `query`, best first (ties by the database's text rank, then id), each with its reasons. Candidates that share
 * no term with the query score 0 and are left out.
 */
export function rankMatches(query: MatchItem, candidates: readonly MatchCandidate[], stats: CorpusStats, limit = 20, weights: MatchWeights = DEFAULT_MATCH_WEIGHTS): MatchResult[] {
  const q = queryVector(query.terms, stats);
  const qNorm = norm(q);
  const bestRank = Math.max(0, ...candidates.map((c) => c.textRank));
  const results: MatchResult[] = [];
  for (const c of candidates) {
    if (c.id === query.id && c.kind === query.kind) continue;
    const { value, parts } = cosine(q, qNorm, candidateVector(c.terms, stats));
    if (parts.length === 0) continue;
    const textScore = (1 - weights.textRank) * value + weights.textRank * (bestRank > 0 ? Math.max(0, c.textRank) / bestRank : 0);
    const reasons = explain(query, c, parts);
    const sameDomain = query.domain === null || c.domain === null ? null : reasons.sameDomain;
    const bonus =
      weights.domain * half(sameDomain) +
      weights.maturity * (reasons.maturity === null ? 0.5 : MATURITY_VALUE[reasons.maturity.fit]) +
      weights.budget * half(reasons.withinBudget) +
      weights.proximity * proximity(reasons.distanceKm) +
      weights.highValue * (reasons.highValue ? 1 : 0);
    results.push({ id: c.id, kind: c.kind, score: textScore * (1 + bonus), textScore, reasons });
  }
  const rankOf = new Map(candidates.map((c) => [`${c.kind}:${c.id}`, c.textRank]));
  const dbRank = (r: MatchResult) => rankOf.get(`${r.kind}:${r.id}`) ?? 0;
  results.sort((a, b) => b.score - a.score || dbRank(b) - dbRank(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return results.slice(0, limit);
}

function explain(query: MatchItem, c: MatchCandidate, parts: [string, number][]): MatchReasons {
  const total = parts.reduce((s, [, x]) => s + x, 0);
  const sharedTerms = parts
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 5)
    .map(([term, x]) => ({ term, share: Math.round((x / total) * 1000) / 1000 }));
  return {
    sharedTerms,
    sameDomain: query.domain !== null && query.domain === c.domain,
    distanceKm: cityDistanceKm(query.cityCode, c.cityCode),
    maturity: maturityOf(query, c),
    withinBudget: withinBudget(query, c),
    highValue: c.kind === "patent" && c.highValue === true,
  };
}
