import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createHarness, PASSWORD, type Harness } from "../support/harness.ts";
import { engines } from "../support/engines.ts";

describe.each(engines())("accounts and sessions on %s", (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine);
  });
  afterAll(async () => h?.dispose());

  it("signs in with a HttpOnly SameSite=Lax cookie and reads /me", async () => {
    const anon = h.anonymous();
    const res = await anon.post("/api/v1/auth/login", { username: "p_member", password: PASSWORD });
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const client = await h.as("member");
    const me = await client.get("/api/v1/auth/me");
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { username: "p_member" }, isAdmin: false });
  });

  it("answers security headers", async () => {
    const res = await h.anonymous().get("/api/v1/health");
    expect(res.body).toEqual({ status: "ok", db: engine });
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("locks an account for 15 minutes after 5 failed sign-ins", async () => {
    await h.makeUser("locky", "武汉大学", "member");
    const anon = h.anonymous();
    for (let i = 1; i <= 4; i++) {
      const res = await anon.post("/api/v1/auth/login", { username: "locky", password: "Wrong-pass-1" });
      expect(res.status).toBe(401);
    }
    const fifth = await anon.post("/api/v1/auth/login", { username: "locky", password: "Wrong-pass-1" });
    expect(fifth.status).toBe(403);
    expect(fifth.body).toMatchObject({ error: { code: "account_locked" } });
    expect((fifth.body as { error: { message: string } }).error.message).toContain("15 分钟");
    // Even the right password is refused while locked.
    const right = await anon.post("/api/v1/auth/login", { username: "locky", password: PASSWORD });
    expect(right.status).toBe(403);
    // Fifteen minutes later it opens again.
    await h.database.db.execute(sql`update users set locked_until = now() - interval '1 second' where username = 'locky'`);
    const later = await anon.post("/api/v1/auth/login", { username: "locky", password: PASSWORD });
    expect(later.status).toBe(200);
  });

  it("rate-limits failures per client address", async () => {
    const client = h.anonymous();
    await h.database.db.execute(sql`delete from login_failures`);
    let last = 0;
    for (let i = 0; i < 21; i++) {
      last = (await client.post("/api/v1/auth/login", { username: `ghost${i}`, password: "Nope-nope-1" })).status;
    }
    expect(last).toBe(429);
    await h.database.db.execute(sql`delete from login_failures`);
  });

  it("ends a session after 30 idle minutes and after 12 hours", async () => {
    const idle = await h.as("member");
    await h.database.db.execute(sql`update sessions set last_seen_at = now() - interval '31 minutes'`);
    expect((await idle.get("/api/v1/auth/me")).status).toBe(401);

    const old = await h.as("member");
    await h.database.db.execute(sql`update sessions set created_at = now() - interval '12 hours 1 minute'`);
    expect((await old.get("/api/v1/auth/me")).status).toBe(401);

    const fresh = await h.as("member");
    expect((await fresh.get("/api/v1/auth/me")).status).toBe(200);
  });

  it("refuses a mutating request without the CSRF token, and logs out", async () => {
    const client = await h.as("officer");
    const csrf = client.csrf;
    client.csrf = null;
    const refused = await client.post("/api/v1/auth/tokens", { name: "x" });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: { code: "csrf_failed" } });
    client.csrf = csrf;
    expect((await client.post("/api/v1/auth/logout")).status).toBe(200);
    expect((await client.get("/api/v1/auth/me")).status).toBe(401);
  });

  it("changes the password with the rules checked, ending other sessions", async () => {
    await h.makeUser("changer", "武汉大学", "member");
    const a = await h.login("changer");
    const b = await h.login("changer");
    const weak = await a.post("/api/v1/auth/password", { currentPassword: PASSWORD, newPassword: "abcdefgh" });
    expect(weak.status).toBe(422);
    expect(weak.body).toMatchObject({ error: { fields: [{ path: "newPassword" }] } });
    const wrong = await a.post("/api/v1/auth/password", { currentPassword: "Not-the-one-1", newPassword: "Better-pass-9" });
    expect(wrong.body).toMatchObject({ error: { fields: [{ path: "currentPassword" }] } });
    const ok = await a.post("/api/v1/auth/password", { currentPassword: PASSWORD, newPassword: "Better-pass-9" });
    expect(ok.status).toBe(200);
    expect((await a.get("/api/v1/auth/me")).status).toBe(200);
    expect((await b.get("/api/v1/auth/me")).status).toBe(401);
    await h.login("changer", "Better-pass-9");
  });

  it("issues hashed API tokens that authenticate without a cookie and can be revoked", async () => {
    const client = await h.as("officer");
    const created = await client.post("/api/v1/auth/tokens", { name: "数据接口" });
    expect(created.status).toBe(201);
    const { token, id } = created.body as { token: string; id: string };
    const stored = await h.database.db.execute(sql`select token_hash from api_tokens where id = ${id}`);
    expect(JSON.stringify(stored)).not.toContain(token);
    const machine = h.anonymous();
    machine.headers.authorization = `Bearer ${token}`;
    expect((await machine.get("/api/v1/orgs?pageSize=1")).status).toBe(200);
    expect((await client.delete(`/api/v1/auth/tokens/${id}`)).status).toBe(200);
    expect((await machine.get("/api/v1/orgs?pageSize=1")).status).toBe(401);
  });

  it("stores argon2id hashes, never the password", async () => {
    const result = await h.database.db.execute(sql`select password_hash from users where username = 'p_member'`);
    expect(JSON.stringify(result)).toContain("$argon2id$");
  });
});
