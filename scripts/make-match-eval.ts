/**
 * Writes data/market/match-eval.json, the supply–demand matching evaluation set: a synthetic corpus named by seed and
 * size, demands from their own seed, and for each demand the corpus indices of grade 3, 2 and 1 (unlisted = 0), from
 * the generator's latent topics (src/server/modules/market/match-eval.ts). Deterministic: the same file every run.
 *
 *   node --import tsx scripts/make-match-eval.ts [--check]     (--check: exit 1 if the shipped file differs)
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { evalCorpus, evalDemands, itemText, relevanceGrade, textChecksum, type EvalSpec } from "../src/server/modules/market/match-eval.ts";
import { adjacentTopics, TOPICS } from "../src/server/modules/market/topics/catalogue.ts";

const SPEC: EvalSpec = {
  corpus: { seed: 20260630, achievements: 3000, patents: 5000, experts: 500 },
  demands: { seed: 20260701, count: 150 },
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const target = path.join(root, "data/market/match-eval.json");

const corpus = evalCorpus(SPEC);
const demands = evalDemands(SPEC);
const latentOf = (i: (typeof corpus)[number]) => i.record;

const queries = demands.map((d) => {
  const byGrade: Record<"3" | "2" | "1", number[]> = { "3": [], "2": [], "1": [] };
  for (const item of corpus) {
    const g = relevanceGrade(d, latentOf(item));
    if (g > 0) byGrade[String(g) as "3" | "2" | "1"].push(item.index);
  }
  return { demand: d.index, title: d.title, domain: d.domain, topic: d.topic, subtopic: d.subtopic, grades: byGrade };
});

const header = {
  description: "光谷科创大走廊技术市场 supply–demand matching evaluation set (示例数据): graded relevance of a synthetic corpus to synthetic demands, labelled from the generator's latent topics. See data/market/README.md.",
  generator: "src/server/modules/market/synthetic.ts (labels: src/server/modules/market/match-eval.ts)",
  corpus: {
    ...SPEC.corpus,
    layout: `index 0–${SPEC.corpus.achievements - 1}: syntheticAchievements(${SPEC.corpus.achievements}, seed); then ${SPEC.corpus.patents} syntheticPatents; then ${SPEC.corpus.experts} syntheticExperts (same seed), each in generation order`,
    size: corpus.length,
    checksum: textChecksum(corpus.map(itemText)),
  },
  demands: { ...SPEC.demands, checksum: textChecksum(demands.map((d) => ({ title: d.title, body: d.description }))) },
  grades: { "3": "same subtopic", "2": "same topic, other subtopic", "1": "a declared adjacent topic of the same domain", "0": "anything else (not listed)" },
  adjacency: Object.fromEntries(TOPICS.map((t) => [t.id, [...adjacentTopics(t.id)].sort()])),
};

/** One line per query keeps the file small and its diffs readable. */
const text = `{\n${Object.entries(header)
  .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
  .join(",\n")},\n  "queries": [\n${queries.map((q) => `    ${JSON.stringify(q)}`).join(",\n")}\n  ]\n}\n`;

if (process.argv.includes("--check")) {
  const shipped = readFileSync(target, "utf8");
  if (shipped !== text) {
    console.error(`${path.relative(root, target)} is not what the generator makes now: run scripts/make-match-eval.ts`);
    process.exit(1);
  }
  console.log(`${path.relative(root, target)} is up to date`);
} else {
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  const judged = queries.map((q) => q.grades["3"].length + q.grades["2"].length + q.grades["1"].length);
  console.log(`${path.relative(root, target)}: ${queries.length} demands × ${corpus.length} items, ${judged.reduce((s, n) => s + n, 0)} judgements ≥ 1, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`);
}
