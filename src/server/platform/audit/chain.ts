/**
 * The audit hash chain, pure: hash = SHA-256(prevHash + canonical JSON of the event).
 * Canonical JSON sorts object keys, so a jsonb round trip (which reorders keys) hashes the same.
 */
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export type ChainedFields = {
  occurredAt: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  clientIp: string | null;
  requestId: string | null;
};

export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Hashes exactly the chained fields, whatever else the record carries (its id, its own hash). */
export function eventHash(prevHash: string, e: ChainedFields): string {
  const body = canonicalJson({
    occurredAt: e.occurredAt,
    actorId: e.actorId,
    actorName: e.actorName,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before ?? null,
    after: e.after ?? null,
    clientIp: e.clientIp,
    requestId: e.requestId,
  });
  return createHash("sha256").update(prevHash).update("\n").update(body).digest("hex");
}

export type StoredEvent = ChainedFields & { id: number; prevHash: string; hash: string };
export type ChainBreak = { id: number; reason: "prev_hash" | "hash"; expected: string; actual: string };

/** Walks events in id order from the given previous hash; returns the first broken link, if any. */
export function findBreak(events: Iterable<StoredEvent>, startHash = GENESIS_HASH): { break?: ChainBreak; last: string; count: number } {
  let prev = startHash;
  let count = 0;
  for (const e of events) {
    if (e.prevHash !== prev) return { break: { id: e.id, reason: "prev_hash", expected: prev, actual: e.prevHash }, last: prev, count };
    const computed = eventHash(prev, e);
    if (computed !== e.hash) return { break: { id: e.id, reason: "hash", expected: computed, actual: e.hash }, last: prev, count };
    prev = e.hash;
    count++;
  }
  return { last: prev, count };
}
