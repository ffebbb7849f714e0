import { describe, expect, it } from "vitest";
import { canonicalJson, eventHash, findBreak, GENESIS_HASH, type StoredEvent } from "./chain.ts";

function chain(n: number): StoredEvent[] {
  const out: StoredEvent[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const fields = {
      occurredAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      actorId: "u1",
      actorName: "张三",
      action: "organisation.update",
      entityType: "organisation",
      entityId: "o1",
      before: { name: `甲${i - 1}`, tags: [1, 2] },
      after: { tags: [1, 2], name: `甲${i}` },
      clientIp: "127.0.0.1",
      requestId: `r${i}`,
    };
    const hash = eventHash(prev, fields);
    out.push({ ...fields, id: i, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe("audit hash chain", () => {
  it("is insensitive to key order (jsonb reorders keys)", () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } })).toBe(canonicalJson({ a: { c: [3, { e: 5, f: 4 }], d: 2 }, b: 1 }));
  });
  it("verifies an intact chain", () => {
    expect(findBreak(chain(5))).toEqual({ last: chain(5)[4]?.hash, count: 5 });
  });
  it("finds a changed event", () => {
    const events = chain(5);
    const third = events[2];
    if (third) third.after = { name: "篡改" };
    expect(findBreak(events).break).toMatchObject({ id: 3, reason: "hash" });
  });
  it("finds a deleted event", () => {
    const events = chain(5);
    events.splice(1, 1);
    expect(findBreak(events).break).toMatchObject({ id: 3, reason: "prev_hash" });
  });
});
