/** The evaluation set's labelling rule, and the shipped set agrees with the generator and the rule. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evalCorpus, evalDemands, itemText, relevanceGrade, textChecksum, type EvalSpec } from "./match-eval.ts";

const d = { domain: "光电子信息", topic: "oe.module", subtopic: "oe.module.800g" };

describe("relevanceGrade", () => {
  it("grades 3 the same subtopic, 2 the same topic, 1 an adjacent topic, 0 anything else", () => {
    expect(relevanceGrade(d, d)).toBe(3);
    expect(relevanceGrade(d, { ...d, subtopic: "oe.module.coherent" })).toBe(2);
    expect(relevanceGrade(d, { domain: "光电子信息", topic: "oe.siph", subtopic: "oe.siph.modulator" })).toBe(1);
    expect(relevanceGrade(d, { domain: "光电子信息", topic: "oe.laser", subtopic: "oe.laser.welding" })).toBe(0);
    expect(relevanceGrade(d, { domain: "北斗", topic: "bd.pnt", subtopic: "bd.pnt.indoor" })).toBe(0);
  });
});

type Shipped = {
  corpus: EvalSpec["corpus"] & { size: number; checksum: string };
  demands: EvalSpec["demands"] & { checksum: string };
  queries: { demand: number; subtopic: string; grades: Record<"3" | "2" | "1", number[]> }[];
};

describe("data/market/match-eval.json", () => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const shipped = JSON.parse(readFileSync(path.resolve(here, "../../../../data/market/match-eval.json"), "utf8")) as Shipped;
  const spec: EvalSpec = { corpus: shipped.corpus, demands: shipped.demands };

  it("names a corpus and demands the generator still makes, at least 120 demands", () => {
    const corpus = evalCorpus(spec);
    expect(corpus.map((i) => i.index)).toEqual(corpus.map((_, n) => n));
    expect(corpus.length).toBe(shipped.corpus.size);
    expect(textChecksum(corpus.map(itemText))).toBe(shipped.corpus.checksum);
    const demands = evalDemands(spec);
    expect(textChecksum(demands.map((x) => ({ title: x.title, body: x.description })))).toBe(shipped.demands.checksum);
    expect(shipped.queries.length).toBeGreaterThanOrEqual(120);
  }, 30_000);

  it("lists exactly the items the rule grades 1–3 for each demand, and every demand has items of grade 3", () => {
    const corpus = evalCorpus(spec);
    const demands = evalDemands(spec);
    for (const q of shipped.queries) {
      const demand = demands[q.demand];
      if (!demand) throw new Error(`no demand ${q.demand}`);
      expect(q.subtopic).toBe(demand.subtopic);
      const expected: Record<"3" | "2" | "1", number[]> = { "3": [], "2": [], "1": [] };
      for (const item of corpus) {
        const g = relevanceGrade(demand, item.record);
        if (g > 0) expected[String(g) as "3" | "2" | "1"].push(item.index);
      }
      expect(q.grades).toEqual(expected);
      expect(q.grades["3"].length).toBeGreaterThan(0);
    }
  }, 60_000);
});
