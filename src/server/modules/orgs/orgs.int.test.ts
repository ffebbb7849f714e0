import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createHarness, type Harness } from "../../../../test/support/harness.ts";
import { engines } from "../../../../test/support/engines.ts";
import { rows } from "../../platform/db.ts";
import { verifyAuditChain } from "../../platform/audit/index.ts";

type ErrorBody = { error: { code: string; message: string; fields: { path: string; message: string }[] } };

describe.each(engines())("organisations on %s", (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine);
  });
  afterAll(async () => h?.dispose());

  const count = async (table: string) =>
    Number((await rows<{ n: string }>(h.database.db, sql`select count(*)::text as n from ${sql.identifier(table)}`))[0]?.n);

  it("seeds the province, the five cities and 东湖新技术开发区 as a zone without a code of its own", async () => {
    const admin = await h.as("admin");
    const regions = (await admin.get("/api/v1/regions")).body as { items: { code: string }[] };
    expect(regions.items.map((r) => r.code)).toEqual(["420000", "420100", "420200", "420700", "421100", "421200"]);
    const zone = (await admin.get(`/api/v1/orgs?q=${encodeURIComponent("东湖高新区")}`)).body as {
      items: { name: string; isZone: boolean; districtCode: string | null; cityCode: string; kind: string }[];
    };
    expect(zone.items).toEqual([expect.objectContaining({ name: "武汉东湖新技术开发区", isZone: true, districtCode: null, cityCode: "420100", kind: "district" })]);
  });

  it("names the expected check character for a wrong credit code, in Chinese and in English", async () => {
    const officer = await h.as("officer");
    const before = await count("organisations");
    const res = await officer.post("/api/v1/orgs", { name: "某某科技有限公司", kind: "enterprise", cityCode: "420100", creditCode: "914200007570131370" });
    expect(res.status).toBe(422);
    const body = res.body as ErrorBody;
    expect(body.error.fields).toEqual([{ path: "creditCode", message: expect.stringContaining("应为“P”") }]);
    const en = await officer.request("POST", "/api/v1/orgs", { name: "X Co", kind: "enterprise", cityCode: "420100", creditCode: "914200007570131370" }, { "accept-language": "en" });
    expect((en.body as ErrorBody).error.fields[0]?.message).toContain('should be "P"');
    expect(await count("organisations")).toBe(before);
  });

  it("checks every field at the edge and never answers 500", async () => {
    const officer = await h.as("officer");
    const res = await officer.post("/api/v1/orgs", { name: "", kind: "shop", cityCode: "110000", website: "not a url", creditCode: 7 });
    expect(res.status).toBe(422);
    const paths = (res.body as ErrorBody).error.fields.map((f) => f.path).sort();
    expect(paths).toEqual(["cityCode", "creditCode", "kind", "name", "website"]);
    expect((await officer.post("/api/v1/orgs", "{not json")).status).toBe(400);
    expect((await officer.get("/api/v1/orgs/not-a-uuid")).status).toBe(422);
    expect((await officer.get("/api/v1/orgs?page=-1")).status).toBe(422);
    // PostgreSQL refuses NUL in text: a data exception, answered 400, never 500 (the driver's error is wrapped).
    expect((await officer.get("/api/v1/users?q=%00")).status).toBe(400);
    expect((await officer.get("/api/v1/orgs?q=a%00b")).status).toBe(400);
    expect((await officer.post("/api/v1/orgs", { name: "含\u0000字符", kind: "enterprise", cityCode: "420100" })).status).toBe(400);
  });

  it("answers 413 for an oversize body", async () => {
    const officer = await h.as("officer");
    const res = await officer.post("/api/v1/orgs", { name: "x".repeat(3 * 1024 * 1024), kind: "enterprise", cityCode: "420100" });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: { code: "payload_too_large" } });
  });

  it("creates, updates and shows the history of an organisation, each write audited", async () => {
    const officer = await h.as("officer");
    const created = await officer.post("/api/v1/orgs", { name: "武汉某光电有限公司", kind: "enterprise", cityCode: "420100", creditCode: " 91420000757013137p " });
    expect(created.status).toBe(201);
    const org = created.body as { id: string; creditCode: string };
    expect(org.creditCode).toBe("91420000757013137P");
    const updated = await officer.patch(`/api/v1/orgs/${org.id}`, { contactName: "张工" });
    expect(updated.status).toBe(200);
    const history = (await officer.get(`/api/v1/orgs/${org.id}/history`)).body as { items: { action: string; actorName: string; before: unknown; after: { contactName?: string } }[] };
    expect(history.items.map((e) => e.action)).toEqual(["organisation.create", "organisation.update"]);
    expect(history.items[1]?.after.contactName).toBe("张工");
    expect(history.items[0]?.actorName).toBe("p_officer");
  });

  it("refuses a taken credit code with 409, writing nothing and keeping the chain whole", async () => {
    const officer = await h.as("officer");
    const before = await count("organisations");
    const events = await count("audit_events");
    const res = await officer.post("/api/v1/orgs", { name: "重复代码公司", kind: "enterprise", cityCode: "420100", creditCode: "91420100616400352X" });
    expect(res.status).toBe(409);
    expect((res.body as ErrorBody).error.fields[0]).toMatchObject({ path: "creditCode", message: expect.stringContaining("长飞光纤光缆股份有限公司") });
    expect(await count("organisations")).toBe(before);
    expect(await count("audit_events")).toBe(events);
    expect((await verifyAuditChain(h.database.db)).ok).toBe(true);
  });

  it("rolls back the whole write when a later step fails", async () => {
    const officer = await h.as("officer");
    const users = await count("users");
    const events = await count("audit_events");
    // The second membership names an organisation in 黄石, outside a Wuhan officer's reach: nothing of the user may remain.
    const res = await officer.post("/api/v1/users", {
      username: "halfway",
      displayName: "半途",
      password: "Corridor-2026",
      memberships: [
        { orgId: h.orgIds["武汉大学"], role: "member" },
        { orgId: h.orgIds["湖北理工学院"], role: "member" },
      ],
    });
    expect(res.status).toBe(422);
    expect((res.body as ErrorBody).error.fields[0]?.path).toBe("memberships.1.orgId");
    expect(await count("users")).toBe(users);
    expect(await count("audit_events")).toBe(events);
  });

  it("does not let an officer grant the admin role", async () => {
    const officer = await h.as("officer");
    const res = await officer.post("/api/v1/users", {
      username: "wannabe",
      displayName: "想当管理员",
      password: "Corridor-2026",
      memberships: [{ orgId: h.orgIds["武汉大学"], role: "admin" }],
    });
    expect(res.status).toBe(403);
  });

  it("keeps the parent chain free of cycles", async () => {
    const admin = await h.as("admin");
    const a = (await admin.post("/api/v1/orgs", { name: "上级单位甲", kind: "institute", cityCode: "420100" })).body as { id: string };
    const b = (await admin.post("/api/v1/orgs", { name: "下级单位乙", kind: "institute", cityCode: "420100", parentId: a.id })).body as { id: string };
    const cycle = await admin.patch(`/api/v1/orgs/${a.id}`, { parentId: b.id });
    expect(cycle.status).toBe(422);
    expect((cycle.body as ErrorBody).error.fields[0]?.path).toBe("parentId");
  });
});

describe.each(engines())("pending organisations on %s", (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine);
  });
  afterAll(async () => h?.dispose());

  it("matches printed names through aliases and merges a pending organisation, moving its memberships", async () => {
    const { matchOrganisationNames, createPendingOrganisation } = await import("./index.ts");
    const matches = await matchOrganisationNames(h.database.db, ["省发改委", "省发展改革委", "湖北省发展和改革委员会", "省未来局"]);
    expect(new Set(matches.slice(0, 3).map((m) => m.org?.id)).size).toBe(1);
    expect(matches[3]?.org).toBeNull();

    const ctx = { db: h.database.db, actor: null, clientIp: null, requestId: null, systemName: "test" };
    const pendingId = await h.database.db.transaction((tx) => createPendingOrganisation(tx, ctx, "省未来局"));
    const officer = await h.as("officer");
    // Only an admin confirms or merges.
    const wuhanPending = await h.database.db.transaction((tx) => createPendingOrganisation(tx, ctx, "武汉市未来局"));
    expect((await officer.patch(`/api/v1/orgs/${wuhanPending}`, { status: "active" })).status).toBe(403);
    const admin = await h.as("admin");
    expect((await admin.patch(`/api/v1/orgs/${wuhanPending}`, { status: "active" })).status).toBe(200);

    await h.makeUser("future_clerk", "湖北省科学技术厅", "member");
    const clerk = (await admin.get("/api/v1/users?q=future_clerk")).body as { items: { id: string }[] };
    const clerkId = clerk.items[0]?.id ?? "";
    expect((await admin.post(`/api/v1/users/${clerkId}/memberships`, { orgId: pendingId, role: "member" })).status).toBe(201);

    const into = h.orgIds["湖北省科学技术厅"] ?? "";
    const merged = await admin.post(`/api/v1/orgs/${pendingId}/merge`, { intoId: into });
    expect(merged.status).toBe(200);
    const target = (await admin.get(`/api/v1/orgs/${into}`)).body as { aliases: string[] };
    expect(target.aliases).toContain("省未来局");
    const old = (await admin.get(`/api/v1/orgs/${pendingId}`)).body as { status: string };
    expect(old.status).toBe("archived");
    const user = (await admin.get(`/api/v1/users/${clerkId}`)).body as { memberships: { orgId: string }[] };
    expect(user.memberships.map((m) => m.orgId)).toEqual([into]);
    expect((await matchOrganisationNames(h.database.db, ["省未来局"]))[0]?.org?.id).toBe(into);
  });
});

describe.each(engines())("exports on %s", (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine);
  });
  afterAll(async () => h?.dispose());

  it("exports the list the caller sees, with the same filters, to .xlsx", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const other = await h.as("otherCity");
    const res = await h.app.request("/api/v1/orgs.xlsx?kind=university", { headers: { cookie: other.cookie ?? "" } });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.worksheets[0];
    const names: string[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) names.push(String(row.getCell(1).value));
    });
    expect(names.sort()).toEqual(["湖北师范大学", "湖北理工学院"]);
    expect(sheet?.getRow(1).getCell(4).value).toBe("统一社会信用代码");
  });
});
