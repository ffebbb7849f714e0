/**
 * The matching evaluation through the real path (data/market/match-eval.json, data/market/README.md): the
 * labelled synthetic corpus and demands are written to a database as any import would write them, each demand is
 * matched by the service's own candidate search and re-ranking, and the ranking is scored against the graded
 * judgements: mean nDCG@10 and recall@50 (grade 3, the items that solve the demand's own problem).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { evalCorpus, evalDemands, type EvalItem, type EvalSpec } from "../match-eval.ts";
import { meanDefined, ndcgAtK, recallAtK } from "../match-metrics.ts";
import { achievementValues, demandValues, expertValues, patentValues } from "../seed.ts";
import { writeRecords, type Owner } from "./import.ts";
import { rankById } from "./matching.ts";
import type { Kind } from "../contract.ts";
import { ensureOrganisationsByName, seedBaseData } from "../../orgs/index.ts";
import { ORG_KINDS } from "../../../../shared/regions.ts";
import { todayInShanghai } from "../../../platform/clock.ts";
import type { Ctx } from "../../../platform/context.ts";

export const EVAL_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../../data/market/match-eval.json");

type Query = { demand: number; grades: Record<string, number[]> };
type EvalFile = { corpus: EvalSpec["corpus"]; demands: EvalSpec["demands"]; queries: Query[] };

export type EvalFigures = { demands: number; corpus: number; ndcg10: number; recall50: number; loadSeconds: number; matchMsP50: number; matchMsP95: number };

const orgKind = (k: string) => ((ORG_KINDS as readonly string[]).includes(k) ? k : "enterprise");

function ownerOfItem(item: EvalItem): { name: string; kind: string; cityCode: string } {
  if (item.kind === "expert") return { name: item.record.organisation, kind: orgKind(item.record.organisationKind), cityCode: item.record.cityCode };
  return { name: item.record.owner, kind: orgKind(item.record.ownerKind), cityCode: item.record.cityCode };
}

/** Loads the evaluation set into `ctx.db` (which must be empty of market records) and scores the matcher. */
export async function evaluateMatching(ctx: Ctx, opts: { file?: string; limit?: number; onProgress?: (line: string) => void } = {}): Promise<EvalFigures> {
  const data = JSON.parse(readFileSync(opts.file ?? EVAL_FILE, "utf8")) as EvalFile;
  const spec: EvalSpec = { corpus: data.corpus, demands: data.demands };
  const corpus = evalCorpus(spec);
  const demands = evalDemands(spec);
  const started = performance.now();
  await seedBaseData(ctx);
  const today = todayInShanghai();
  const indexToId = new Map<string, number>();
  const owners = new Map<string, Owner>();
  const ownerOf = (name: string): Owner | null => owners.get(name) ?? null;
  await ctx.db.transaction(async (tx) => {
    const found = await ensureOrganisationsByName(tx, [...corpus.map(ownerOfItem), ...demands.map((d) => ({ name: d.enterprise, kind: "enterprise", cityCode: d.cityCode }))]);
    for (const [name, o] of found) owners.set(name, { id: o.id, name: o.name, cityCode: o.cityCode });
    for (const kind of ["achievement", "patent", "expert"] as const) {
      const items = corpus.filter((i) => i.kind === kind);
      const records = items.map((i, row) => ({ row, values: i.kind === "patent" ? patentValues(i.record) : i.kind === "achievement" ? achievementValues(i.record) : expertValues(i.record) }));
      const ids: string[] = [];
      await writeRecords(tx, ctx, kind as Kind, records, (r) => {
        const item = items[r.row];
        return item ? ownerOf(ownerOfItem(item).name) : null;
      }, today, () => undefined, { demo: true, ids });
      ids.forEach((id, n) => indexToId.set(`${kind}:${id}`, items[n]?.index ?? -1));
    }
  });
  const demandIds: string[] = [];
  await ctx.db.transaction((tx) => writeRecords(tx, ctx, "demand", demands.map((d, row) => ({ row, values: demandValues(d) })), (r) => ownerOf(demands[r.row]?.enterprise ?? ""), today, () => undefined, { demo: true, ids: demandIds }));
  await ctx.db.execute(sql`analyze`);
  const loadSeconds = (performance.now() - started) / 1000;
  opts.onProgress?.(`loaded ${corpus.length} corpus items and ${demands.length} demands in ${loadSeconds.toFixed(1)} s`);

  const ndcg: (number | null)[] = [];
  const recall: (number | null)[] = [];
  const times: number[] = [];
  for (const q of data.queries) {
    const id = demandIds[q.demand];
    if (!id) continue;
    const t = performance.now();
    const ranked = await rankById(ctx.db, "demand", id, opts.limit ?? 50);
    times.push(performance.now() - t);
    const ranking = ranked.map((m) => indexToId.get(`${m.kind}:${m.id}`) ?? -1);
    const grades = new Map<number, number>();
    for (const [grade, indices] of Object.entries(q.grades)) for (const i of indices) grades.set(i, Number(grade));
    ndcg.push(ndcgAtK(ranking, grades, 10));
    recall.push(recallAtK(ranking, grades, 50, 3));
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? Number.NaN;
  return { demands: times.length, corpus: corpus.length, ndcg10: meanDefined(ndcg) ?? 0, recall50: meanDefined(recall) ?? 0, loadSeconds, matchMsP50: at(0.5), matchMsP95: at(0.95) };
}
