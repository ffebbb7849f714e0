import { afterAll, describe, expect, it } from "vitest";
import { sharedWorker, WorkerThread } from "./thread.ts";
import { indexTokens } from "../search/segment.ts";

const SEGMENT = new URL("../search/segment.ts", import.meta.url);

describe("WorkerThread", () => {
  const worker = new WorkerThread();
  afterAll(() => worker.close());

  it("runs a TypeScript module's export in another thread, with the same result", async () => {
    const text = "基于深度学习的光纤通信系统 5G-Advanced";
    await expect(worker.run(SEGMENT, "indexTokens", text)).resolves.toEqual(indexTokens(text));
  });

  it("answers tasks in the order asked, many at once", async () => {
    const texts = Array.from({ length: 20 }, (_, i) => `光谷科创大走廊第${i}号任务`);
    const results = await Promise.all(texts.map((t) => worker.run<string, string[]>(SEGMENT, "indexTokens", t)));
    expect(results).toEqual(texts.map((t) => indexTokens(t)));
  });

  it("rejects with the worker's error when the task throws, and stays usable", async () => {
    await expect(worker.run(SEGMENT, "noSuchExport", "x")).rejects.toThrow(/worker task failed/);
    await expect(worker.run(SEGMENT, "indexTokens", "光谷")).resolves.toEqual(["光谷"]);
  });

  it("refuses tasks once closed", async () => {
    const other = new WorkerThread();
    await other.close();
    await expect(other.run(SEGMENT, "indexTokens", "光谷")).rejects.toThrow();
  });
});

describe("sharedWorker", () => {
  it("gives the same worker to consecutive callers while it lives", async () => {
    const a = sharedWorker();
    const b = sharedWorker();
    expect(a).not.toBeNull();
    expect(b).toBe(a);
    await expect(a?.run(SEGMENT, "indexTokens", "光谷科创")).resolves.toEqual(indexTokens("光谷科创"));
    await a?.close();
    const c = sharedWorker();
    expect(c).not.toBe(a);
    await expect(c?.run(SEGMENT, "indexTokens", "光谷")).resolves.toEqual(["光谷"]);
    await c?.close();
  });
});
