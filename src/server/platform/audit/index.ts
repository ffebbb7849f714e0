/**
 * The audit trail. `appendAudit` runs inside the caller's transaction, so an event exists exactly when its write
 * committed. A transaction-scoped advisory lock orders appenders, so each event chains to the one committed before it
 * on every engine and with any number of server processes.
 */
import { asc, and, desc, eq, gt } from "drizzle-orm";
import { auditEvents } from "./schema.ts";
import { eventHash, findBreak, GENESIS_HASH, type ChainBreak, type StoredEvent } from "./chain.ts";
import { sql, type Queryable, type Tx } from "../db.ts";
import type { RequestMeta } from "../context.ts";

const AUDIT_LOCK_KEY = 7_426_001;

export type AuditInput = {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

export async function appendAudit(tx: Tx, meta: RequestMeta, input: AuditInput): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const [last] = await tx.select({ hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
  const fields = {
    occurredAt: new Date().toISOString(),
    actorId: meta.actor?.userId ?? null,
    actorName: meta.actor?.username ?? meta.systemName ?? "anonymous",
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    before: toJson(input.before),
    after: toJson(input.after),
    clientIp: meta.clientIp,
    requestId: meta.requestId,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx.insert(auditEvents).values({ ...fields, prevHash, hash: eventHash(prevHash, fields) });
}

/** Plain JSON as jsonb stores it (Dates as ISO strings), so the hash of what is read back equals what was written. */
function toJson(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

export type AuditEvent = StoredEvent;

export async function entityHistory(q: Queryable, entityType: string, entityId: string): Promise<AuditEvent[]> {
  return (await q
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(asc(auditEvents.id))) as AuditEvent[];
}

export type VerifyResult = { ok: boolean; events: number; firstBreak?: ChainBreak };

/** Walks the whole chain in pages, so memory stays flat however long the trail is. */
export async function verifyAuditChain(q: Queryable, pageSize = 5000): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let afterId = 0;
  let events = 0;
  for (;;) {
    const page = (await q
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.id, afterId))
      .orderBy(asc(auditEvents.id))
      .limit(pageSize)) as AuditEvent[];
    if (page.length === 0) return { ok: true, events };
    const result = findBreak(page, prev);
    if (result.break) return { ok: false, events: events + result.count, firstBreak: result.break };
    events += result.count;
    prev = result.last;
    afterId = page[page.length - 1]?.id ?? afterId;
  }
}

export { auditEvents };
