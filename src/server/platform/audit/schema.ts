import { bigserial, index, jsonb, pgTable, text } from "drizzle-orm/pg-core";

/** Append-only; each event's hash covers its content and the previous event's hash (audit/chain.ts). */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    occurredAt: text("occurred_at").notNull(),
    actorId: text("actor_id"),
    actorName: text("actor_name").notNull(),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    clientIp: text("client_ip"),
    requestId: text("request_id"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [index("audit_events_entity_idx").on(t.entityType, t.entityId, t.id)],
);
