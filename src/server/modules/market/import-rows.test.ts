import { describe, expect, it } from "vitest";
import { batchKeys, buildBatch, type BatchContext, type BatchInput, type BatchOutput } from "./import-rows.ts";
import { patentValues, demandValues } from "./seed.ts";
import { syntheticDemands, syntheticPatents } from "./synthetic.ts";
import { WorkerThread } from "../../platform/workers/thread.ts";

const context: BatchContext = { today: "2026-11-25", now: "2026-11-25T08:00:00.000Z", userId: null, pledgeThresholdYuan: 10_000_000, demo: true };
const owner = { id: "00000000-0000-4000-8000-000000000001", name: "华中科技大学", cityCode: "420100" };
const patents = [...syntheticPatents(50, 5)].map((p) => ({ values: patentValues(p), owner }));
const demands = [...syntheticDemands(20, 6)].map((d) => ({ values: demandValues(d), owner }));
const input = (kind: "patent" | "demand", records: typeof patents): BatchInput => {
  const [first] = records;
  if (!first) throw new Error("no records");
  return { kind, records, context, columns: batchKeys(kind, first, context).map((k) => [k, k]) };
};
/** The rows without the ids made for them (random): everything else is determined by the input. */
const withoutIds = (out: BatchOutput) => (JSON.parse(out.rows) as Record<string, unknown>[]).map(({ id: _id, ...rest }) => rest);

describe("buildBatch", () => {
  it("builds each record's row, 高价值 flag and search document", () => {
    const out = buildBatch(input("patent", patents));
    const rows = JSON.parse(out.rows) as Record<string, unknown>[];
    expect(rows).toHaveLength(50);
    expect(out.keys).toEqual(patents.map((p) => p.values.applicationNo));
    expect(rows.map((r) => r.id)).toEqual(out.ids);
    for (const r of rows) {
      expect(String(r.search)).toMatch(/^'[^']+':\d+[ABCD]/);
      expect(r.ownerOrgId).toBe(owner.id);
      expect(typeof r.highValue).toBe("boolean");
      expect(r.isDemo).toBe(true);
    }
    expect(out.termCounts.get("")).toBe(50);
    expect([...out.termCounts.values()].every((n) => n >= 1 && n <= 50)).toBe(true);
  });

  it("counts words such as constructor and hasOwnProperty like any other", () => {
    const records = patents.slice(0, 1).map((p) => ({ values: { ...p.values, title: "constructor hasOwnProperty toString" }, owner }));
    const out = buildBatch(input("patent", records));
    expect(out.termCounts.get("constructor")).toBe(1);
    expect(out.termCounts.get("hasownproperty")).toBe(1);
  });

  it("gives the same rows in a worker thread as in the caller's (dates and arrays included)", async () => {
    const worker = new WorkerThread();
    try {
      for (const [kind, records] of [["patent", patents], ["demand", demands]] as const) {
        const here = buildBatch(input(kind, records));
        const there = await worker.run<BatchInput, BatchOutput>(new URL("./import-rows.ts", import.meta.url), "buildBatch", input(kind, records));
        expect(withoutIds(there)).toEqual(withoutIds(here));
        expect(there.termCounts).toEqual(here.termCounts);
      }
    } finally {
      await worker.close();
    }
  });
});
