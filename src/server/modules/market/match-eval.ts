/**
 * The matching evaluation set's corpus and labels (data/market/match-eval.json, data/market/README.md): which
 * synthetic records make the corpus and in which order (its stable indices), and the graded relevance of a corpus
 * item to a demand, read off the generator's latent topics and nothing else, so no matcher can shape its own labels:
 * 3 the same subtopic, 2 the same topic, 1 a topic the catalogue declares adjacent (always of the same domain),
 * 0 otherwise. Pure.
 */
import { hashText } from "../../../shared/random.ts";
import { syntheticAchievements, syntheticDemands, syntheticExperts, syntheticPatents, type SyntheticAchievement, type SyntheticDemand, type SyntheticExpert, type SyntheticPatent } from "./synthetic.ts";
import { adjacentTopics } from "./topics/catalogue.ts";

export type EvalSpec = {
  corpus: { seed: number; achievements: number; patents: number; experts: number };
  demands: { seed: number; count: number };
};

/** One corpus record, in corpus order: achievements, then patents, then experts. */
export type EvalItem =
  | { index: number; kind: "achievement"; record: SyntheticAchievement }
  | { index: number; kind: "patent"; record: SyntheticPatent }
  | { index: number; kind: "expert"; record: SyntheticExpert };

type Latent = { domain: string; topic: string; subtopic: string };

export function evalCorpus(spec: EvalSpec): EvalItem[] {
  const { seed, achievements, patents, experts } = spec.corpus;
  const items: EvalItem[] = [];
  for (const record of syntheticAchievements(achievements, seed)) items.push({ index: items.length, kind: "achievement", record });
  for (const record of syntheticPatents(patents, seed)) items.push({ index: items.length, kind: "patent", record });
  for (const record of syntheticExperts(experts, seed)) items.push({ index: items.length, kind: "expert", record });
  return items;
}

export function evalDemands(spec: EvalSpec): SyntheticDemand[] {
  return [...syntheticDemands(spec.demands.count, spec.demands.seed)];
}

/** 3 same subtopic, 2 same topic, 1 an adjacent topic (same domain by construction), 0 otherwise. */
export function relevanceGrade(demand: Latent, item: Latent): 0 | 1 | 2 | 3 {
  if (demand.subtopic === item.subtopic) return 3;
  if (demand.topic === item.topic) return 2;
  if (demand.domain === item.domain && adjacentTopics(demand.topic).has(item.topic)) return 1;
  return 0;
}

/** The text a record is searched by: a title-like part (weighted up) and a body. */
export function itemText(item: EvalItem): { title: string; body: string } {
  switch (item.kind) {
    case "achievement":
      return { title: item.record.title, body: item.record.summary };
    case "patent":
      return { title: item.record.title, body: item.record.abstract };
    case "expert":
      return { title: item.record.fields.join("，"), body: item.record.bio };
  }
}

/**
 * FNV-1a over every record's text, in order, as 8 hex digits: the evaluation set names the corpus by seed and size,
 * so a changed generator would silently change the corpus under the labels; the checksum catches that.
 */
export function textChecksum(texts: Iterable<{ title: string; body: string }>): string {
  let h = 0x811c9dc5;
  for (const t of texts) h = hashText(`${t.title}\u0000${t.body}\u0001`, h);
  return h.toString(16).padStart(8, "0");
}
