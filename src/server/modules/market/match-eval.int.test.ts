import { afterAll, describe, expect, it } from "vitest";
import { openFresh } from "../../../../test/support/engines.ts";
import { evaluateMatching } from "./service/evaluate.ts";
import { MATCH_FLOORS } from "./match-floors.ts";

// The matching evaluation through the real service (data/market/match-eval.json): a change that makes matching
// worse than the floors fails the suite. Once, on the embedded engine — the ranking is the same SQL on both.
describe("supply–demand matching, measured", () => {
  let dispose: (() => Promise<void>) | null = null;
  afterAll(async () => dispose?.());

  it(`keeps nDCG@10 ≥ ${MATCH_FLOORS.ndcg10} and recall@50 ≥ ${MATCH_FLOORS.recall50} on the labelled set`, async () => {
    const fresh = await openFresh("pglite");
    dispose = fresh.dispose;
    const f = await evaluateMatching({ db: fresh.database.db, actor: null, clientIp: null, requestId: null, systemName: "eval" });
    expect(f.demands).toBeGreaterThanOrEqual(100);
    expect(f.ndcg10).toBeGreaterThanOrEqual(MATCH_FLOORS.ndcg10);
    expect(f.recall50).toBeGreaterThanOrEqual(MATCH_FLOORS.recall50);
  }, 600_000);
});
