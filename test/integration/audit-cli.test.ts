import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { sql } from "drizzle-orm";
import { engines, freshStore, type Fresh } from "../support/engines.ts";
import { corridor } from "../support/cli.ts";
import { openDatabase, type Database } from "../../src/server/platform/db.ts";

async function openStore(store: Fresh): Promise<Database> {
  return store.env.DATABASE_URL
    ? openDatabase({ databaseUrl: store.env.DATABASE_URL })
    : openDatabase({ dataDir: path.join(store.env.DATA_DIR ?? "", "pglite") });
}

describe.each(engines())("the corridor CLI and the audit chain on %s", (engine) => {
  let store: Fresh;
  beforeAll(async () => {
    store = await freshStore(engine);
  });
  afterAll(async () => store?.dispose());

  it("seeds and creates the first admin with a random password shown once", async () => {
    const first = await corridor(["seed", "--json"], store.env);
    expect(first.code).toBe(0);
    const result = JSON.parse(first.stdout) as { created: number; admin: { username: string; password: string } | null };
    expect(result.created).toBeGreaterThan(20);
    expect(result.admin?.username).toBe("admin");
    expect(result.admin?.password).toMatch(/^.{16}$/);
    const again = JSON.parse((await corridor(["seed", "--json"], store.env)).stdout) as typeof result;
    expect(again).toEqual({ created: 0, admin: null });
  });

  it("creates users, refusing a taken name and a weak password with exit 2", async () => {
    const ok = await corridor(["user", "create", "--username", "wh_officer", "--password", "Corridor-2026", "--role", "officer", "--json"], store.env);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ username: "wh_officer", role: "officer" });
    const taken = await corridor(["user", "create", "--username", "wh_officer", "--password", "Corridor-2026", "--role", "officer"], store.env);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain("已被使用");
    const weak = await corridor(["user", "create", "--username", "weakling", "--password", "password", "--role", "member"], store.env);
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain("至少 3 类");
  });

  it("verifies the chain, then catches one event altered with SQL", async () => {
    const intact = await corridor(["audit", "verify", "--json"], store.env);
    expect(intact.code).toBe(0);
    const before = JSON.parse(intact.stdout) as { ok: boolean; events: number };
    expect(before.ok).toBe(true);
    expect(before.events).toBeGreaterThan(20);

    const db = await openStore(store);
    try {
      // The table refuses changes by itself...
      await expect(db.db.execute(sql`update audit_events set actor_name = 'x' where id = 7`)).rejects.toThrow();
      // ...so the attacker first disables the trigger, as an owner of the database could.
      await db.db.execute(sql`alter table audit_events disable trigger audit_events_no_change`);
      await db.db.execute(sql`update audit_events set after = jsonb_set(after, '{name}', '"篡改后的名称"') where id = 7`);
      await db.db.execute(sql`alter table audit_events enable trigger audit_events_no_change`);
    } finally {
      await db.close();
    }
    const broken = await corridor(["audit", "verify", "--json"], store.env);
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({ ok: false, events: 6, firstBreak: { id: 7, reason: "hash" } });
  });
});
