/**
 * Durability: 500 concurrent creates against the real server process, SIGKILL part way, restart, and every create
 * that was answered 2xx must be there. On both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { engines, freshStore, type Fresh } from "../support/engines.ts";
import { startServerProcess } from "../support/server.ts";
import { openDatabase } from "../../src/server/platform/db.ts";
import { verifyAuditChain } from "../../src/server/platform/audit/index.ts";

const TOTAL = 500;
const KILL_AFTER = 150;

async function signIn(url: string, password: string): Promise<string> {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password }),
  });
  const cookie = login.headers.get("set-cookie")?.split(";")[0] ?? "";
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const token = await fetch(`${url}/api/v1/auth/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
    body: JSON.stringify({ name: "durability" }),
  });
  return ((await token.json()) as { token: string }).token;
}

describe.each(engines())("durability on %s", (engine) => {
  let store: Fresh;
  beforeAll(async () => {
    store = await freshStore(engine);
  });
  afterAll(async () => store?.dispose());

  it(`keeps every answered create of ${TOTAL} concurrent ones across a SIGKILL`, { timeout: 240_000 }, async () => {
    const first = await startServerProcess(store.env);
    const password = first.adminPassword;
    expect(password).toBeTruthy();
    const token = await signIn(first.url, password ?? "");
    const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };

    const acknowledged: string[] = [];
    let answered = 0;
    let killing: Promise<void> | null = null;
    const requests = Array.from({ length: TOTAL }, (_, i) =>
      fetch(`${first.url}/api/v1/orgs`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ name: `耐久性测试单位${String(i).padStart(3, "0")}`, kind: "enterprise", cityCode: "420100" }),
      })
        .then(async (res) => {
          if (res.status >= 200 && res.status < 300) acknowledged.push(((await res.json()) as { id: string }).id);
          answered++;
          if (answered === KILL_AFTER) killing = first.kill("SIGKILL");
        })
        .catch(() => undefined),
    );
    await Promise.all(requests);
    await (killing ?? first.kill("SIGKILL"));
    expect(first.child.signalCode).toBe("SIGKILL");
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER - 5);
    expect(acknowledged.length).toBeLessThan(TOTAL);

    const second = await startServerProcess(store.env);
    try {
      expect(second.adminPassword).toBeNull();
      const missing: string[] = [];
      for (const id of acknowledged) {
        const res = await fetch(`${second.url}/api/v1/orgs/${id}`, { headers: auth });
        if (res.status !== 200) missing.push(`${id}: ${res.status}`);
      }
      expect(missing).toEqual([]);
    } finally {
      await second.kill("SIGTERM");
    }
    const db = store.env.DATABASE_URL
      ? await openDatabase({ databaseUrl: store.env.DATABASE_URL })
      : await openDatabase({ dataDir: path.join(store.env.DATA_DIR ?? "", "pglite") });
    try {
      expect((await verifyAuditChain(db.db)).ok).toBe(true);
    } finally {
      await db.close();
    }
  });
});
