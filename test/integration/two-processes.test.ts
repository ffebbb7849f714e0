/**
 * Nothing assumes one process: a session made on one server process is honoured by another, and a logout on one
 * ends it on both. Needs a PostgreSQL server (PGlite is one process by nature).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, freshStore, type Fresh } from "../support/engines.ts";
import { startServerProcess, type ServerProcess } from "../support/server.ts";

describe.skipIf(!engines().includes("postgres"))("two server processes on one PostgreSQL", () => {
  let store: Fresh;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    store = await freshStore("postgres");
    a = await startServerProcess(store.env);
    b = await startServerProcess(store.env);
  }, 180_000);
  afterAll(async () => {
    await a?.kill();
    await b?.kill();
    await store?.dispose();
  });

  it("shares sessions and their end", async () => {
    expect(a.adminPassword).toBeTruthy();
    expect(b.adminPassword).toBeNull();
    const login = await fetch(`${a.url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "admin", password: a.adminPassword }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get("set-cookie")?.split(";")[0] ?? "";
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    expect((await fetch(`${b.url}/api/v1/auth/me`, { headers: { cookie } })).status).toBe(200);
    const out = await fetch(`${b.url}/api/v1/auth/logout`, { method: "POST", headers: { cookie, "x-csrf-token": csrfToken } });
    expect(out.status).toBe(200);
    expect((await fetch(`${a.url}/api/v1/auth/me`, { headers: { cookie } })).status).toBe(401);
  });
});
