/**
 * An app on a fresh database with one persona per role, for integration tests that call the API in-process.
 * Personas: admin (湖北省科学技术厅), officer (武汉市人民政府), member (长飞光纤, 武汉), otherCity (湖北理工学院, 黄石).
 */
import { eq } from "drizzle-orm";
import { createApp, type App } from "../../src/server/app.ts";
import { seedAndBootstrap } from "../../src/server/main.ts";
import { organisations, provisionUser } from "../../src/server/modules/orgs/index.ts";
import type { Database, Engine } from "../../src/server/platform/db.ts";
import type { Role } from "../../src/server/platform/context.ts";
import { openFresh } from "./engines.ts";

export const PASSWORD = "Corridor-2026";
export const PERSONAS = ["anonymous", "otherCity", "member", "officer", "admin"] as const;
export type Persona = (typeof PERSONAS)[number];

const PERSONA_HOME: Record<Exclude<Persona, "anonymous">, { org: string; role: Role }> = {
  admin: { org: "湖北省科学技术厅", role: "admin" },
  officer: { org: "武汉市人民政府", role: "officer" },
  member: { org: "长飞光纤光缆股份有限公司", role: "member" },
  otherCity: { org: "湖北理工学院", role: "member" },
};

export type Response = { status: number; body: unknown; headers: Headers; text: string };

export class Client {
  constructor(
    private readonly app: App,
    public cookie: string | null = null,
    public csrf: string | null = null,
    public headers: Record<string, string> = {},
  ) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const h: Record<string, string> = { ...this.headers, ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== "GET") h["x-csrf-token"] = this.csrf;
    let payload: string | FormData | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      payload = typeof body === "string" ? body : JSON.stringify(body);
      h["content-type"] ??= "application/json";
    }
    const res = await this.app.request(path, { method, headers: h, body: payload });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text; // not JSON (the docs page, a malformed answer): the test sees the text
    }
    return { status: res.status, body: parsed, headers: res.headers, text };
  }
  get = (path: string, headers?: Record<string, string>) => this.request("GET", path, undefined, headers);
  post = (path: string, body?: unknown, headers?: Record<string, string>) => this.request("POST", path, body ?? {}, headers);
  patch = (path: string, body?: unknown) => this.request("PATCH", path, body ?? {});
  delete = (path: string) => this.request("DELETE", path);
}

export type Harness = {
  engine: Engine;
  app: App;
  database: Database;
  orgIds: Record<string, string>;
  userIds: Partial<Record<Persona, string>>;
  usernames: Partial<Record<Persona, string>>;
  anonymous: () => Client;
  login: (username: string, password?: string) => Promise<Client>;
  as: (persona: Persona) => Promise<Client>;
  makeUser: (username: string, org: string, role: Role) => Promise<string>;
  dispose: () => Promise<void>;
};

export async function createHarness(engine: Engine): Promise<Harness> {
  const { database, dispose } = await openFresh(engine);
  await seedAndBootstrap(database, () => undefined);
  const app = createApp({ database });
  const system = { db: database.db, actor: null, clientIp: null, requestId: null, systemName: "test" };
  const orgRows = await database.db.select({ id: organisations.id, name: organisations.name }).from(organisations);
  const orgIds = Object.fromEntries(orgRows.map((o) => [o.name, o.id]));
  const makeUser = async (username: string, org: string, role: Role) => {
    const orgId = orgIds[org];
    if (!orgId) throw new Error(`no organisation ${org}`);
    return (await provisionUser(system, { username, password: PASSWORD, role, orgId })).id;
  };
  const userIds: Harness["userIds"] = {};
  const usernames: Harness["usernames"] = {};
  for (const [persona, home] of Object.entries(PERSONA_HOME)) {
    const username = `p_${persona.toLowerCase()}`;
    userIds[persona as Persona] = await makeUser(username, home.org, home.role);
    usernames[persona as Persona] = username;
  }
  const login = async (username: string, password = PASSWORD) => {
    const client = new Client(app);
    const res = await client.post("/api/v1/auth/login", { username, password });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${res.text}`);
    client.cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? null;
    client.csrf = (res.body as { csrfToken: string }).csrfToken;
    return client;
  };
  return {
    engine,
    app,
    database,
    orgIds,
    userIds,
    usernames,
    anonymous: () => new Client(app),
    login,
    as: (persona) => (persona === "anonymous" ? Promise.resolve(new Client(app)) : login(usernames[persona] ?? "")),
    makeUser,
    dispose,
  };
}

export async function orgIdByName(database: Database, name: string): Promise<string> {
  const [row] = await database.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name));
  if (!row) throw new Error(`no organisation ${name}`);
  return row.id;
}
