/**
 * The latent topic model behind the marketplace's synthetic records: each of the plan's six domains has technical
 * topics, each topic three subtopics; a record is written from one subtopic's words, its topic's words and generic
 * patent/requirement language. The catalogue is authored as space-separated word lists (one line per field) and
 * read once into arrays by `topic`.
 */
import { PLAN_DOMAINS, type PlanDomain } from "../../../../shared/market/domains.ts";

/** The action plan's six domains (重点领域) by their Chinese names, as records store them. */
export type MarketDomain = PlanDomain["name"];
export const MARKET_DOMAINS: readonly MarketDomain[] = PLAN_DOMAINS.map((d) => d.name);

export type Subtopic = {
  /** `<topic id>.<short id>`, e.g. `oe.module.800g`. */
  id: string;
  name: string;
  /** The specific technical words of the subtopic (what a solution is made of). */
  terms: readonly string[];
  /** Problems a demand states and a solution claims to solve (功耗过高, 良率偏低 …). */
  needs: readonly string[];
};

export type Topic = {
  /** `<domain prefix>.<short id>`, e.g. `oe.module`. */
  id: string;
  domain: MarketDomain;
  name: string;
  /** The topic's technical words, shared by its subtopics. */
  terms: readonly string[];
  /** What its inventions are (光模块, 激光器 …): the head noun of titles. */
  objects: readonly string[];
  /** Where it is applied (数据中心, 新能源汽车 …); scenarios are shared across topics on purpose. */
  uses: readonly string[];
  /** IPC main groups, written without the space (`H04B10/40`). */
  ipc: readonly string[];
  /** Share of its patents the 战略性新兴产业 reference table would classify as strategic emerging industry. */
  sei: number;
  /** Topics of the same domain whose solutions partly serve its problems (declared one way; made symmetric). */
  adjacent: readonly string[];
  /** Words of its enterprises' names (武汉xx光通信有限公司). */
  words: readonly string[];
  /** Institutions (by exact name in the institution list) that work on it above their domain's average. */
  strongOwners: readonly string[];
  subtopics: readonly Subtopic[];
};

type TopicFields = {
  terms: string;
  objects: string;
  uses: string;
  ipc: string;
  sei: number;
  adjacent: string;
  words: string;
  owners?: string;
  /** `[short id, name, terms, needs]` */
  subs: readonly (readonly [string, string, string, string])[];
};

const words = (text: string): string[] => text.split(/\s+/u).filter((w) => w.length > 0);

/** A topic of `domain` from its authored fields. */
export function topicOf(domain: MarketDomain) {
  return (id: string, name: string, f: TopicFields): Topic => ({
    id,
    domain,
    name,
    terms: words(f.terms),
    objects: words(f.objects),
    uses: words(f.uses),
    ipc: words(f.ipc),
    sei: f.sei,
    adjacent: words(f.adjacent),
    words: words(f.words),
    strongOwners: words(f.owners ?? ""),
    subtopics: f.subs.map(([short, subName, terms, needs]) => ({ id: `${id}.${short}`, name: subName, terms: words(terms), needs: words(needs) })),
  });
}
