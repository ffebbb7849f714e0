/**
 * Matches, explained: for a demand, the achievements, patents and experts that could meet it; for an achievement,
 * the demands it could serve. The database finds candidates by the subject's most informative words (rare ones,
 * weighed by the document frequencies in market_terms) through the GIN index; match.ts re-ranks them and says why
 * (shared words, domain, distance, maturity, budget, 高价值). People mark suggestions useful or not.
 */
import { and, eq, sql, type SQL } from "drizzle-orm";
import { achievements, demands, matchFeedback } from "../schema.ts";
import { canReadPublic } from "../policy.ts";
import type { FeedbackInput, Kind } from "../contract.ts";
import { rankMatches, type CorpusStats, type MatchCandidate, type MatchItem, type WeightedTerm } from "../match.ts";
import { termStats } from "./terms.ts";
import { orgNames } from "./records.ts";
import { indexTokens } from "../../../platform/search/segment.ts";
import { querySql } from "../../../platform/search/tsvector.ts";
import { appendAudit } from "../../../platform/audit/index.ts";
import { notFound } from "../../../platform/errors.ts";
import { requireActor } from "../../../platform/policy.ts";
import { rows, type Queryable } from "../../../platform/db.ts";
import type { Ctx } from "../../../platform/context.ts";

/** Candidates taken from the database per kind before re-ranking. */
const CANDIDATES_PER_KIND = 100;
/** Words used to find candidates: the most informative of the subject's, and only selective ones (df ≤ 10 %). */
const QUERY_TERMS = 12;
const SELECTIVE_SHARE = 0.1;
/**
 * Documents the candidate words may match in all, by their document frequencies: the database ranks every document
 * that has one of them (ts_rank_cd reads each one), so at a million patents twelve "selective" words (each in up to
 * 10 % of them) meant ranking a few hundred thousand rows per kind, seconds per demand. The most informative words
 * are kept while their frequencies add up to this (the first one always); on the evaluation set (8,500 items) every
 * word fits, so its figures do not move.
 */
const CANDIDATE_DOCUMENTS = 20_000;
/** Matching documents of one kind ranked at most (in the order the index yields them), whatever the words: a safety net for a first word that is common. */
const RANKED_PER_KIND = 2_000;

/** A record's words with their weights: each occurrence in the title counts 2, in the body 1. */
export function weightedTerms(title: string, body: string): WeightedTerm[] {
  const w = new Map<string, number>();
  for (const t of indexTokens(title)) w.set(t, (w.get(t) ?? 0) + 2);
  for (const t of indexTokens(body)) w.set(t, (w.get(t) ?? 0) + 1);
  return [...w.entries()].map(([term, weight]) => ({ term, weight }));
}

type SourceRow = { id: string; title: string; terms: [string, number][] | string; domain: string | null; city_code: string; org_id: string | null; trl: number | null; price: number | string | null; budget: number | string | null; high_value: boolean | null; rank: number };

const SOURCES: Record<Exclude<Kind, never>, { table: string; title: string; org: string; published: string; extra: string }> = {
  achievement: { table: "market_achievements", title: "title", org: "owner_org_id", published: "published", extra: "trl, price, null::numeric as budget, null::boolean as high_value" },
  patent: { table: "market_patents", title: "title", org: "owner_org_id", published: "published", extra: "null::int as trl, null::numeric as price, null::numeric as budget, high_value" },
  expert: { table: "market_experts", title: "name", org: "org_id", published: "published", extra: "null::int as trl, null::numeric as price, null::numeric as budget, null::boolean as high_value" },
  demand: { table: "market_demands", title: "title", org: "org_id", published: "status = 'published'", extra: "null::int as trl, null::numeric as price, budget, null::boolean as high_value" },
};

/**
 * A candidate's weighted terms read from its stored search document instead of segmenting its text again (jieba on
 * 300 candidates was most of a match's time): each occurrence in the title (weight A) counts 2, in the body (B: an
 * expert's fields; D: the text) 1, as weightedTerms counts them; C (domain, IPC, an expert's 职称) is not matching
 * text. The document holds exactly the tokens indexTokens gives for those parts, so the terms are the same.
 */
const DOCUMENT_TERMS = `(select coalesce(json_agg(json_build_array(lexeme, w)), '[]'::json) from (
    select lexeme, 2 * cardinality(array_positions(weights, 'A')) + cardinality(array_positions(weights, 'B')) + cardinality(array_positions(weights, 'D')) as w
    from unnest(search)) u where w > 0)`;

/** The statement that finds up to CANDIDATES_PER_KIND candidates of one kind by any of `words`; null without words. */
export function candidatesSql(kind: Kind, words: readonly string[], excludeOrg: string): SQL | null {
  const tsquery = querySql(words, "any");
  if (!tsquery) return null;
  const s = SOURCES[kind];
  return sql`select id, title, ${sql.raw(DOCUMENT_TERMS)} as terms, domain, city_code, org_id, trl, price, budget, high_value, rank from (
      select id, title, search, domain, city_code, org_id, trl, price, budget, high_value, ts_rank_cd(search, ${tsquery})::float8 as rank from (
        select id, ${sql.raw(s.title)} as title, search, domain, city_code, ${sql.raw(s.org)} as org_id, ${sql.raw(s.extra)}
        from ${sql.raw(s.table)} where ${sql.raw(s.published)} and search @@ ${tsquery} and ${sql.raw(s.org)} is distinct from ${excludeOrg}::uuid
        limit ${RANKED_PER_KIND}) m
      order by rank desc limit ${CANDIDATES_PER_KIND}) c`;
}

async function candidatesOf(q: Queryable, kind: Kind, words: string[], excludeOrg: string): Promise<SourceRow[]> {
  const statement = candidatesSql(kind, words, excludeOrg);
  return statement ? rows<SourceRow>(q, statement) : [];
}

/** The subject's most informative words that are also selective, to find candidates with. */
export function queryWords(terms: readonly WeightedTerm[], stats: CorpusStats): string[] {
  const idf = (t: string) => {
    const df = stats.documentFrequency.get(t) ?? 0;
    return Math.log(1 + (stats.documents - df + 0.5) / (df + 0.5));
  };
  const ranked = [...terms].filter((t) => (stats.documentFrequency.get(t.term) ?? 0) > 0).sort((a, b) => b.weight * idf(b.term) - a.weight * idf(a.term));
  const selective = ranked.filter((t) => (stats.documentFrequency.get(t.term) ?? 0) <= Math.max(50, SELECTIVE_SHARE * stats.documents));
  const words: string[] = [];
  let documents = 0;
  for (const t of (selective.length >= 4 ? selective : ranked).slice(0, QUERY_TERMS)) {
    const df = stats.documentFrequency.get(t.term) ?? 0;
    if (words.length > 0 && documents + df > CANDIDATE_DOCUMENTS) continue;
    words.push(t.term);
    documents += df;
  }
  return words;
}

const num = (v: number | string | null) => (v === null ? null : Number(v));

function reasonsText(r: ReturnType<typeof rankMatches>[number]["reasons"], subjectDomain: string | null): string[] {
  const out: string[] = [];
  if (r.sharedTerms.length) out.push(`共同关键词：${r.sharedTerms.map((t) => t.term).join("、")}`);
  if (r.sameDomain && subjectDomain) out.push(`同属${subjectDomain}领域`);
  if (r.distanceKm !== null) out.push(r.distanceKm === 0 ? "同城" : `两地相距约 ${Math.round(r.distanceKm)} 公里`);
  if (r.maturity) out.push(`技术成熟度 TRL ${r.maturity.trl}（需要 ${r.maturity.wanted}）`);
  if (r.withinBudget === true) out.push("价格在预算内");
  if (r.highValue) out.push("高价值发明专利");
  return out;
}

export type Subject = { id: string; title: string; body: string; domain: string | null; cityCode: string; orgId: string; published: boolean; budget: number | null; trl: number | null; price: number | null };

export async function loadSubject(q: Queryable, subjectKind: "demand" | "achievement", id: string): Promise<Subject | null> {
  const [subject] =
    subjectKind === "demand"
      ? await q.select({ id: demands.id, title: demands.title, body: demands.description, domain: demands.domain, cityCode: demands.cityCode, orgId: demands.orgId, published: sql<boolean>`${demands.status} <> 'draft'`, budget: demands.budget, trl: sql<number | null>`null`, price: sql<number | null>`null` }).from(demands).where(eq(demands.id, id))
      : await q.select({ id: achievements.id, title: achievements.title, body: achievements.summary, domain: achievements.domain, cityCode: achievements.cityCode, orgId: achievements.ownerOrgId, published: achievements.published, budget: sql<number | null>`null`, trl: achievements.trl, price: achievements.price }).from(achievements).where(eq(achievements.id, id));
  return subject ?? null;
}

/** The kinds a subject is matched against: a demand's providers, or the demands an achievement could serve. */
export const matchTargets = (subjectKind: "demand" | "achievement"): Kind[] => (subjectKind === "demand" ? ["achievement", "patent", "expert"] : ["demand"]);

/** The ranked matches of one subject (no authorization: the callers check it), with the candidate pool they came from. */
export async function rankSubject(q: Queryable, subjectKind: "demand" | "achievement", subject: Subject, limit: number) {
  const targets = matchTargets(subjectKind);
  const terms = weightedTerms(subject.title, subject.body);
  const found = await termStats(q, targets, terms.map((t) => t.term));
  const stats: CorpusStats = { documents: Math.max(1, found.documents), documentFrequency: found.df };
  const words = queryWords(terms, stats);
  const query: MatchItem = { id: subject.id, kind: subjectKind, terms, domain: subject.domain, cityCode: subject.cityCode, budget: num(subject.budget), trl: num(subject.trl), price: num(subject.price) };
  const pool: (MatchCandidate & { title: string; orgId: string | null })[] = [];
  for (const kind of targets) {
    for (const r of await candidatesOf(q, kind, words, subject.orgId)) {
      const terms = (typeof r.terms === "string" ? (JSON.parse(r.terms) as [string, number][]) : r.terms).map(([term, weight]) => ({ term, weight }));
      pool.push({ id: r.id, kind, terms, domain: r.domain, cityCode: r.city_code, trl: r.trl, price: num(r.price), budget: num(r.budget), highValue: r.high_value ?? undefined, textRank: Number(r.rank), title: r.title, orgId: r.org_id });
    }
  }
  return { ranked: rankMatches(query, pool, stats, limit), pool };
}

/** Ranked matches by subject id, for the evaluation harness. */
export async function rankById(q: Queryable, subjectKind: "demand" | "achievement", id: string, limit: number) {
  const subject = await loadSubject(q, subjectKind, id);
  if (!subject) throw notFound();
  return (await rankSubject(q, subjectKind, subject, limit)).ranked;
}

export async function matchesFor(ctx: Ctx, subjectKind: "demand" | "achievement", id: string, limit: number) {
  const actor = requireActor(ctx.actor);
  const subject = await loadSubject(ctx.db, subjectKind, id);
  if (!subject || !canReadPublic(actor, { ownerOrgId: subject.orgId, cityCode: subject.cityCode, published: subject.published })) throw notFound();
  const { ranked, pool } = await rankSubject(ctx.db, subjectKind, subject, limit);
  const byId = new Map(pool.map((p) => [`${p.kind}:${p.id}`, p]));
  const names = await orgNames(ctx.db, pool.map((p) => p.orgId).filter((x): x is string => x !== null));
  const given = await ctx.db
    .select({ targetKind: matchFeedback.targetKind, targetId: matchFeedback.targetId, useful: matchFeedback.useful })
    .from(matchFeedback)
    .where(and(eq(matchFeedback.subjectKind, subjectKind), eq(matchFeedback.subjectId, id), eq(matchFeedback.userId, actor.userId)));
  return {
    subject: { kind: subjectKind, id: subject.id, title: subject.title },
    items: ranked.map((m) => {
      const c = byId.get(`${m.kind}:${m.id}`);
      return {
        kind: m.kind as Kind,
        id: m.id,
        title: c?.title ?? "",
        cityCode: c?.cityCode ?? "",
        orgName: c?.orgId ? (names.get(c.orgId) ?? null) : null,
        score: Math.round(m.score * 10000) / 10000,
        reasons: {
          sharedTerms: m.reasons.sharedTerms.map((t) => t.term),
          sameDomain: m.reasons.sameDomain,
          distanceKm: m.reasons.distanceKm === null ? null : Math.round(m.reasons.distanceKm),
          maturity: m.reasons.maturity?.trl ?? null,
          highValue: m.kind === "patent" ? m.reasons.highValue : null,
          text: reasonsText(m.reasons, subject.domain),
        },
        feedback: given.find((f) => f.targetKind === m.kind && f.targetId === m.id)?.useful ?? null,
      };
    }),
  };
}

/** 有用/无用 on a suggestion: one answer per person, subject and target (a second one replaces the first). */
export async function recordFeedback(ctx: Ctx, input: FeedbackInput) {
  const actor = requireActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const table = input.subjectKind === "demand" ? demands : achievements;
    const [subject] = await tx.select({ id: table.id }).from(table).where(eq(table.id, input.subjectId));
    if (!subject) throw notFound();
    const [row] = await tx
      .insert(matchFeedback)
      .values({ ...input, rank: input.rank ?? null, userId: actor.userId })
      .onConflictDoUpdate({ target: [matchFeedback.subjectKind, matchFeedback.subjectId, matchFeedback.targetKind, matchFeedback.targetId, matchFeedback.userId], set: { useful: input.useful, rank: input.rank ?? null, createdAt: new Date() } })
      .returning();
    await appendAudit(tx, ctx, { action: "market.match_feedback", entityType: `market_${input.subjectKind}`, entityId: input.subjectId, after: row ?? null });
    return { ok: true };
  });
}
