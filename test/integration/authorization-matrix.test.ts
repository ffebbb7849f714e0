/**
 * The authorisation matrix: for every API route, the status each persona gets. Targets live in 武汉; "otherCity"
 * is a member in 黄石. A record outside the caller's scope is 404 (its existence is not confirmed), a visible record
 * the caller may not change is 403. Every route the app serves must have a row here, or this suite fails.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { createHarness, PASSWORD, PERSONAS, type Client, type Harness, type Persona } from "../support/harness.ts";
import { engines } from "../support/engines.ts";
import { patentCheckChar } from "../../src/shared/patent-number.ts";
import { creditCode, freshEnterprise, importWorkbook, registeredChangfei, uploadForm as sheetForm } from "../support/enterprises.ts";

type Expect = Record<Persona, number>;
type Cell = { path: string; body?: unknown };
type Row = { route: string; expect: Expect; prepare: (h: Harness, persona: Persona) => Promise<Cell> };

const [A, O, M, OF, AD] = PERSONAS;
const row = (anonymous: number, otherCity: number, member: number, officer: number, admin: number): Expect => ({
  [A]: anonymous,
  [O]: otherCity,
  [M]: member,
  [OF]: officer,
  [AD]: admin,
}) as Expect;
const uniq = () => randomBytes(4).toString("hex");
const wuhanEnterprise = (h: Harness) => h.orgIds["长飞光纤光缆股份有限公司"] ?? "";

/** A fresh user of a Wuhan enterprise, as a target the caller did not make. */
async function targetUser(h: Harness): Promise<string> {
  return h.makeUser(`t_${uniq()}`, "长飞光纤光缆股份有限公司", "member");
}

const fixed = (path: string, body?: unknown) => async (): Promise<Cell> => ({ path, body });

/** A fresh plan with one task: lead 湖北省科学技术厅 (the admin's organisation), responsible 武汉市人民政府 (the officer's). */
async function freshPlan(h: Harness): Promise<{ planId: string; taskId: string }> {
  const admin = await h.as("admin");
  const year = new Date().getFullYear();
  const res = await admin.post("/api/v1/plans", {
    title: `矩阵测试方案${uniq()}`,
    periodKind: "quarterly",
    startDate: `${year - 1}-01-01`,
    endDate: `${year + 1}-12-31`,
    chapters: [{ number: "一", title: "重点任务" }],
    targets: [],
    tasks: [
      {
        chapter: "一",
        number: "(一)",
        path: ["一", "(一)"],
        title: "测试任务",
        body: "推进测试工作。",
        leadUnits: [{ name: "省科技厅" }],
        responsibleUnits: [{ name: "武汉市人民政府" }],
        targets: [],
      },
    ],
  });
  const planId = (res.body as { id: string }).id;
  const tasks = await admin.get(`/api/v1/plans/${planId}/tasks`);
  return { planId, taskId: (tasks.body as { items: { id: string }[] }).items[0]?.id ?? "" };
}

const currentQuarter = () => {
  const d = new Date(Date.now() + 8 * 3600_000);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
};

/** The officer (武汉市人民政府) signs for the task and reports on it; returns the report's id. */
async function reported(h: Harness, taskId: string, evidenceFileIds: string[] = []): Promise<string> {
  const officer = await h.as("officer");
  await officer.post(`/api/v1/tasks/${taskId}/acknowledge`, {});
  const res = await officer.post(`/api/v1/tasks/${taskId}/reports`, { periodKey: currentQuarter(), statusText: "按计划推进", percent: 30, evidenceFileIds });
  const reports = (res.body as { reports: { id: string }[] }).reports;
  return reports[reports.length - 1]?.id ?? "";
}

const uploadForm = () => {
  const form = new FormData();
  form.append("file", new File(["证明材料"], "证明.txt", { type: "text/plain" }));
  return form;
};

const planForm = () => {
  const form = new FormData();
  form.append("file", new File(["一、重点任务\n(一)推进测试工作。(省科技厅负责)\n"], "方案.txt", { type: "text/plain" }));
  return form;
};

const YEAR_2025 = { employees: 300, techStaff: 60, operatingRevenue: 52000, salesRevenue: 51000, rdExpense: 2600, rdExpenseDomestic: 2500 };

/** 长飞's 2025 figures entered afresh by its member (status draft). */
async function draftYear(h: Harness): Promise<string> {
  const id = await registeredChangfei(h);
  const member = await h.as("member");
  await member.request("PUT", `/api/v1/enterprises/${id}/years/2025`, YEAR_2025);
  return id;
}

/** The same, submitted for confirmation. */
async function submittedYear(h: Harness): Promise<string> {
  const id = await draftYear(h);
  await (await h.as("member")).post(`/api/v1/enterprises/${id}/years/2025/submit`, {});
  return id;
}

/** A certificate 长飞's member entered (unconfirmed). */
async function memberCertificate(h: Harness): Promise<{ id: string; certificateId: string }> {
  const id = await registeredChangfei(h);
  const res = await (await h.as("member")).post(`/api/v1/enterprises/${id}/certificates`, { tier: "tech-sme", number: `2026420100B${uniq()}`, year: 2026 });
  return { id, certificateId: (res.body as { id: string }).id };
}

/** A fresh Wuhan enterprise in the 2026 reserve pool. */
async function reserveEntry(h: Harness): Promise<string> {
  const orgId = await freshEnterprise(h);
  const res = await (await h.as("officer")).post("/api/v1/enterprises/reserve", { orgId, year: 2026 });
  return (res.body as { id: string }).id;
}

const CHANGFEI = "长飞光纤光缆股份有限公司";
const HOME_ORG: Record<Persona, string> = { anonymous: "", otherCity: "湖北理工学院", member: CHANGFEI, officer: "武汉市人民政府", admin: "湖北省科学技术厅" };
let patentSerial = 0;
/** A fresh, valid 2022 invention application number. */
function patentNo(): string {
  patentSerial += 1;
  const digits = `20221${String(1000000 + ((Date.now() + patentSerial * 7919) % 9000000)).slice(-7)}`;
  return `${digits}.${patentCheckChar(digits)}`;
}
async function marketRecord(h: Harness, path: string, body: Record<string, unknown>): Promise<string> {
  const res = await (await h.as("member")).post(`/api/v1/market/${path}`, body);
  return (res.body as { id: string }).id;
}
const achievement = (h: Harness, published = true) =>
  marketRecord(h, "achievements", { title: `矩阵测试成果${uniq()}`, summary: "一项用于矩阵测试的光电子成果摘要。", domain: "光电子信息", trl: 5, transferModes: ["许可"], negotiable: true, ownerOrgId: h.orgIds[CHANGFEI], published });
const draftDemand = (h: Harness) => marketRecord(h, "demands", { title: `矩阵测试需求${uniq()}`, description: "一项用于矩阵测试的技术需求描述。", domain: "光电子信息", budget: 10, orgId: h.orgIds[CHANGFEI] });
async function publishedDemand(h: Harness): Promise<string> {
  const id = await draftDemand(h);
  await (await h.as("member")).post(`/api/v1/market/demands/${id}/publish`, {});
  return id;
}

const ROWS: Row[] = [
  { route: "GET /api/v1/health", expect: row(200, 200, 200, 200, 200), prepare: fixed("/api/v1/health") },
  { route: "GET /api/v1/openapi.json", expect: row(200, 200, 200, 200, 200), prepare: fixed("/api/v1/openapi.json") },
  { route: "GET /api/docs", expect: row(200, 200, 200, 200, 200), prepare: fixed("/api/docs") },
  {
    route: "POST /api/v1/auth/login",
    expect: row(401, 200, 200, 200, 200),
    prepare: async (h, p) => ({ path: "/api/v1/auth/login", body: { username: h.usernames[p] ?? "nobody", password: PASSWORD } }),
  },
  { route: "POST /api/v1/auth/logout", expect: row(401, 200, 200, 200, 200), prepare: fixed("/api/v1/auth/logout", {}) },
  { route: "GET /api/v1/auth/me", expect: row(401, 200, 200, 200, 200), prepare: fixed("/api/v1/auth/me") },
  {
    route: "POST /api/v1/auth/password",
    expect: row(401, 200, 200, 200, 200),
    prepare: fixed("/api/v1/auth/password", { currentPassword: PASSWORD, newPassword: PASSWORD }),
  },
  { route: "GET /api/v1/auth/tokens", expect: row(401, 200, 200, 200, 200), prepare: fixed("/api/v1/auth/tokens") },
  { route: "POST /api/v1/auth/tokens", expect: row(401, 201, 201, 201, 201), prepare: fixed("/api/v1/auth/tokens", { name: "matrix" }) },
  {
    // Tokens are their owner's alone: the target belongs to the member persona.
    route: "DELETE /api/v1/auth/tokens/:id",
    expect: row(401, 404, 200, 404, 404),
    prepare: async (h) => {
      const owner = await h.as("member");
      const token = await owner.post("/api/v1/auth/tokens", { name: "target" });
      return { path: `/api/v1/auth/tokens/${(token.body as { id: string }).id}` };
    },
  },
  { route: "GET /api/v1/regions", expect: row(401, 200, 200, 200, 200), prepare: fixed("/api/v1/regions") },
  { route: "GET /api/v1/orgs", expect: row(401, 200, 200, 200, 200), prepare: fixed("/api/v1/orgs") },
  { route: "GET /api/v1/orgs.xlsx", expect: row(401, 200, 200, 200, 200), prepare: fixed("/api/v1/orgs.xlsx") },
  { route: "GET /api/v1/users.xlsx", expect: row(401, 200, 200, 200, 200), prepare: fixed("/api/v1/users.xlsx") },
  {
    route: "POST /api/v1/orgs",
    expect: row(401, 403, 403, 201, 201),
    prepare: async () => ({ path: "/api/v1/orgs", body: { name: `矩阵测试企业${uniq()}`, kind: "enterprise", cityCode: "420100" } }),
  },
  { route: "GET /api/v1/orgs/:id", expect: row(401, 404, 200, 200, 200), prepare: async (h) => ({ path: `/api/v1/orgs/${wuhanEnterprise(h)}` }) },
  {
    route: "PATCH /api/v1/orgs/:id",
    expect: row(401, 404, 403, 200, 200),
    prepare: async (h) => ({ path: `/api/v1/orgs/${wuhanEnterprise(h)}`, body: { address: `武汉市东湖高新区${uniq()}` } }),
  },
  {
    route: "GET /api/v1/orgs/:id/history",
    expect: row(401, 404, 200, 200, 200),
    prepare: async (h) => ({ path: `/api/v1/orgs/${wuhanEnterprise(h)}/history` }),
  },
  {
    // Merging is the admin's: a pending organisation (an unknown name from a document) into the one it really is.
    route: "POST /api/v1/orgs/:id/merge",
    expect: row(401, 404, 403, 403, 200),
    prepare: async (h) => {
      const admin = await h.as("admin");
      const pending = await admin.post("/api/v1/orgs", { name: `待合并单位${uniq()}`, kind: "enterprise", cityCode: "420100" });
      return { path: `/api/v1/orgs/${(pending.body as { id: string }).id}/merge`, body: { intoId: wuhanEnterprise(h) } };
    },
  },
  { route: "GET /api/v1/users", expect: row(401, 200, 200, 200, 200), prepare: fixed("/api/v1/users") },
  {
    route: "POST /api/v1/users",
    expect: row(401, 403, 403, 201, 201),
    prepare: async (h) => ({
      path: "/api/v1/users",
      body: { username: `u_${uniq()}`, displayName: "矩阵用户", password: PASSWORD, memberships: [{ orgId: wuhanEnterprise(h), role: "member" }] },
    }),
  },
  { route: "GET /api/v1/users/:id", expect: row(401, 404, 404, 200, 200), prepare: async (h) => ({ path: `/api/v1/users/${await targetUser(h)}` }) },
  {
    route: "PATCH /api/v1/users/:id",
    expect: row(401, 404, 404, 200, 200),
    prepare: async (h) => ({ path: `/api/v1/users/${await targetUser(h)}`, body: { displayName: "新名字" } }),
  },
  {
    route: "GET /api/v1/users/:id/history",
    expect: row(401, 404, 404, 200, 200),
    prepare: async (h) => ({ path: `/api/v1/users/${await targetUser(h)}/history` }),
  },
  {
    route: "POST /api/v1/users/:id/memberships",
    expect: row(401, 404, 404, 201, 201),
    prepare: async (h) => ({
      path: `/api/v1/users/${await targetUser(h)}/memberships`,
      body: { orgId: h.orgIds["武汉光庭信息技术股份有限公司"], role: "member" },
    }),
  },
  {
    route: "DELETE /api/v1/users/:id/memberships/:membershipId",
    expect: row(401, 404, 404, 200, 200),
    prepare: async (h) => {
      const id = await targetUser(h);
      const admin = await h.as("admin");
      const user = await admin.get(`/api/v1/users/${id}`);
      const membershipId = (user.body as { memberships: { id: string }[] }).memberships[0]?.id;
      return { path: `/api/v1/users/${id}/memberships/${membershipId}` };
    },
  },
  { route: "GET /api/v1/plans", expect: row(401, 200, 200, 200, 200), prepare: fixed("/api/v1/plans") },
  { route: "GET /api/v1/plans/:planId", expect: row(401, 200, 200, 200, 200), prepare: async (h) => ({ path: `/api/v1/plans/${(await freshPlan(h)).planId}` }) },
  { route: "GET /api/v1/plans/:planId/tasks", expect: row(401, 200, 200, 200, 200), prepare: async (h) => ({ path: `/api/v1/plans/${(await freshPlan(h)).planId}/tasks` }) },
  { route: "GET /api/v1/plans/:planId/tasks.xlsx", expect: row(401, 200, 200, 200, 200), prepare: async (h) => ({ path: `/api/v1/plans/${(await freshPlan(h)).planId}/tasks.xlsx` }) },
  { route: "GET /api/v1/plans/:planId/bulletin", expect: row(401, 200, 200, 200, 200), prepare: async (h) => ({ path: `/api/v1/plans/${(await freshPlan(h)).planId}/bulletin` }) },
  {
    // Importing and closing plans is the province's (admins, provincial officers).
    route: "POST /api/v1/plans/:planId/close",
    expect: row(401, 403, 403, 403, 200),
    prepare: async (h) => ({ path: `/api/v1/plans/${(await freshPlan(h)).planId}/close`, body: {} }),
  },
  { route: "POST /api/v1/plans/preview", expect: row(401, 403, 403, 403, 200), prepare: fixed("/api/v1/plans/preview", { text: "一、重点任务\n(一)推进测试工作。(省科技厅负责)" }) },
  { route: "POST /api/v1/plans/preview/file", expect: row(401, 403, 403, 403, 200), prepare: async () => ({ path: "/api/v1/plans/preview/file", body: planForm() }) },
  {
    route: "POST /api/v1/plans",
    expect: row(401, 403, 403, 403, 201),
    prepare: async () => ({
      path: "/api/v1/plans",
      body: { title: `方案${uniq()}`, periodKind: "monthly", startDate: "2026-01-01", endDate: "2026-12-31", chapters: [], targets: [], tasks: [{ chapter: "一", number: "1", path: ["1"], title: "任务", body: "", leadUnits: [{ name: "省科技厅" }], responsibleUnits: [], targets: [] }] },
    }),
  },
  // A task is seen by the province and by its units (and their city's officers); others get 404.
  { route: "GET /api/v1/tasks/:id", expect: row(401, 404, 404, 200, 200), prepare: async (h) => ({ path: `/api/v1/tasks/${(await freshPlan(h)).taskId}` }) },
  { route: "POST /api/v1/tasks/:id/acknowledge", expect: row(401, 404, 404, 200, 200), prepare: async (h) => ({ path: `/api/v1/tasks/${(await freshPlan(h)).taskId}/acknowledge`, body: {} }) },
  {
    // Responsible units report; the lead unit (the admin's) sees the task but does not report on it.
    route: "POST /api/v1/tasks/:id/reports",
    expect: row(401, 404, 404, 201, 403),
    prepare: async (h) => {
      const { taskId } = await freshPlan(h);
      await (await h.as("officer")).post(`/api/v1/tasks/${taskId}/acknowledge`, {});
      return { path: `/api/v1/tasks/${taskId}/reports`, body: { periodKey: currentQuarter(), statusText: "进展顺利", percent: 20 } };
    },
  },
  {
    // The lead unit reviews; the reporting unit cannot approve itself.
    route: "POST /api/v1/reports/:id/approve",
    expect: row(401, 404, 404, 403, 200),
    prepare: async (h) => ({ path: `/api/v1/reports/${await reported(h, (await freshPlan(h)).taskId)}/approve`, body: {} }),
  },
  {
    route: "POST /api/v1/reports/:id/return",
    expect: row(401, 404, 404, 403, 200),
    prepare: async (h) => ({ path: `/api/v1/reports/${await reported(h, (await freshPlan(h)).taskId)}/return`, body: { reason: "请补充证明材料" } }),
  },
  {
    route: "GET /api/v1/reports/:id/evidence/:fileId",
    expect: row(401, 404, 404, 200, 200),
    prepare: async (h) => {
      const officer = await h.as("officer");
      const file = (await officer.post("/api/v1/files", uploadForm())).body as { id: string };
      const reportId = await reported(h, (await freshPlan(h)).taskId, [file.id]);
      return { path: `/api/v1/reports/${reportId}/evidence/${file.id}` };
    },
  },
  { route: "GET /api/v1/todo", expect: row(401, 200, 200, 200, 200), prepare: fixed("/api/v1/todo") },
  { route: "GET /api/v1/indicators", expect: row(401, 200, 200, 200, 200), prepare: fixed("/api/v1/indicators") },
  {
    // A city's officers report their own city's figures; the province and admins any city's.
    route: "PUT /api/v1/indicators/:id/values/:cityCode/:year",
    expect: row(401, 403, 403, 200, 200),
    prepare: async (h) => {
      const admin = await h.as("admin");
      const list = (await admin.get("/api/v1/indicators")).body as { items: { id: string; code: string }[] };
      const id = list.items.find((i) => i.code === "ht_value_added")?.id ?? "";
      return { path: `/api/v1/indicators/${id}/values/420100/2025`, body: { value: 17000, sourceKind: "demo", source: "矩阵测试（示例数据）" } };
    },
  },
  {
    // Counted from the enterprise registry: nobody types it (422 for those who may write values at all).
    route: "PUT /api/v1/indicators/:id/values/:cityCode/:year#computed",
    expect: row(401, 403, 403, 422, 422),
    prepare: async (h) => {
      const admin = await h.as("admin");
      const list = (await admin.get("/api/v1/indicators")).body as { items: { id: string; code: string }[] };
      const id = list.items.find((i) => i.code === "hte_count")?.id ?? "";
      return { path: `/api/v1/indicators/${id}/values/420100/2025`, body: { value: 17000, sourceKind: "demo", source: "矩阵测试（示例数据）" } };
    },
  },
  { route: "GET /api/v1/dashboard", expect: row(401, 200, 200, 200, 200), prepare: fixed("/api/v1/dashboard") },
  { route: "POST /api/v1/files", expect: row(401, 201, 201, 201, 201), prepare: async () => ({ path: "/api/v1/files", body: uploadForm() }) },
  // Enterprise cultivation. 长飞 is the member persona's enterprise in 武汉; the officer is 武汉's; otherCity is a
  // university member in 黄石 (sees no Wuhan enterprise, manages no registry).
  { route: "GET /api/v1/enterprises", expect: row(401, 200, 200, 200, 200), prepare: fixed("/api/v1/enterprises") },
  { route: "GET /api/v1/enterprises.xlsx", expect: row(401, 200, 200, 200, 200), prepare: fixed("/api/v1/enterprises.xlsx") },
  { route: "GET /api/v1/enterprises/mine", expect: row(401, 200, 200, 200, 200), prepare: fixed("/api/v1/enterprises/mine") },
  {
    route: "POST /api/v1/enterprises",
    expect: row(401, 403, 403, 201, 201),
    prepare: async () => ({ path: "/api/v1/enterprises", body: { name: `矩阵登记企业${uniq()}有限公司`, creditCode: creditCode(), cityCode: "420100", foundedOn: "2015-06-01" } }),
  },
  { route: "GET /api/v1/enterprises/import/template.xlsx", expect: row(401, 200, 200, 200, 200), prepare: fixed("/api/v1/enterprises/import/template.xlsx") },
  {
    route: "POST /api/v1/enterprises/import",
    expect: row(401, 403, 403, 200, 200),
    prepare: async () => ({ path: "/api/v1/enterprises/import", body: sheetForm(await importWorkbook([{ creditCode: creditCode(), name: `导入企业${uniq()}有限公司`, city: "武汉市", year: 2025, employees: 50, techStaff: 10 }])) }),
  },
  { route: "GET /api/v1/enterprises/reserve", expect: row(401, 403, 403, 200, 200), prepare: fixed("/api/v1/enterprises/reserve") },
  { route: "GET /api/v1/enterprises/reserve.xlsx", expect: row(401, 403, 403, 200, 200), prepare: fixed("/api/v1/enterprises/reserve.xlsx") },
  { route: "GET /api/v1/enterprises/reserve/candidates", expect: row(401, 403, 403, 200, 200), prepare: fixed("/api/v1/enterprises/reserve/candidates") },
  {
    route: "POST /api/v1/enterprises/reserve",
    expect: row(401, 404, 404, 201, 201),
    prepare: async (h) => ({ path: "/api/v1/enterprises/reserve", body: { orgId: await freshEnterprise(h), year: 2026 } }),
  },
  {
    route: "PATCH /api/v1/enterprises/reserve/:id",
    expect: row(401, 404, 404, 200, 200),
    prepare: async (h) => ({ path: `/api/v1/enterprises/reserve/${await reserveEntry(h)}`, body: { stage: "applied", appliedOn: "2026-05-10" } }),
  },
  {
    route: "POST /api/v1/enterprises/reserve/:id/visits",
    expect: row(401, 404, 404, 201, 201),
    prepare: async (h) => ({ path: `/api/v1/enterprises/reserve/${await reserveEntry(h)}/visits`, body: { visitedOn: "2026-03-02", visitors: "市科技局 张三", topics: "研发费用归集辅导" } }),
  },
  { route: "GET /api/v1/enterprises/funnel", expect: row(401, 403, 403, 200, 200), prepare: fixed("/api/v1/enterprises/funnel") },
  { route: "GET /api/v1/enterprises/:id", expect: row(401, 404, 200, 200, 200), prepare: async (h) => ({ path: `/api/v1/enterprises/${await registeredChangfei(h)}` }) },
  {
    route: "PATCH /api/v1/enterprises/:id",
    expect: row(401, 404, 200, 200, 200),
    prepare: async (h) => ({ path: `/api/v1/enterprises/${await registeredChangfei(h)}`, body: { industry: "光纤光缆制造", facts: { residentEnterprise: true } } }),
  },
  { route: "GET /api/v1/enterprises/:id/history", expect: row(401, 404, 200, 200, 200), prepare: async (h) => ({ path: `/api/v1/enterprises/${await registeredChangfei(h)}/history` }) },
  {
    route: "PUT /api/v1/enterprises/:id/years/:year",
    expect: row(401, 404, 200, 200, 200),
    prepare: async (h) => ({ path: `/api/v1/enterprises/${await registeredChangfei(h)}/years/2025`, body: YEAR_2025 }),
  },
  {
    route: "POST /api/v1/enterprises/:id/years/:year/submit",
    expect: row(401, 404, 200, 200, 200),
    prepare: async (h) => ({ path: `/api/v1/enterprises/${await draftYear(h)}/years/2025/submit`, body: {} }),
  },
  {
    // Confirming and returning are the city officer's; the enterprise cannot confirm its own figures.
    route: "POST /api/v1/enterprises/:id/years/:year/confirm",
    expect: row(401, 404, 403, 200, 200),
    prepare: async (h) => ({ path: `/api/v1/enterprises/${await submittedYear(h)}/years/2025/confirm`, body: {} }),
  },
  {
    route: "POST /api/v1/enterprises/:id/years/:year/return",
    expect: row(401, 404, 403, 200, 200),
    prepare: async (h) => ({ path: `/api/v1/enterprises/${await submittedYear(h)}/years/2025/return`, body: { reason: "研发费用明细不全" } }),
  },
  {
    route: "POST /api/v1/enterprises/:id/certificates",
    expect: row(401, 404, 201, 201, 201),
    prepare: async (h) => ({ path: `/api/v1/enterprises/${await registeredChangfei(h)}/certificates`, body: { tier: "tech-sme", number: `2026420100A${uniq()}`, year: 2026 } }),
  },
  {
    route: "POST /api/v1/enterprises/:id/certificates/:certificateId/confirm",
    expect: row(401, 404, 403, 200, 200),
    prepare: async (h) => {
      const { id, certificateId } = await memberCertificate(h);
      return { path: `/api/v1/enterprises/${id}/certificates/${certificateId}/confirm`, body: {} };
    },
  },
  {
    route: "DELETE /api/v1/enterprises/:id/certificates/:certificateId",
    expect: row(401, 404, 204, 204, 204),
    prepare: async (h) => {
      const { id, certificateId } = await memberCertificate(h);
      return { path: `/api/v1/enterprises/${id}/certificates/${certificateId}` };
    },
  },
  { route: "GET /api/v1/enterprises/:id/assessment", expect: row(401, 404, 200, 200, 200), prepare: async (h) => ({ path: `/api/v1/enterprises/${await registeredChangfei(h)}/assessment` }) },
  { route: "GET /api/v1/enterprises/:id/gap-report.docx", expect: row(401, 404, 200, 200, 200), prepare: async (h) => ({ path: `/api/v1/enterprises/${await registeredChangfei(h)}/gap-report.docx` }) },

  // The marketplace: 长飞 (the member persona's enterprise) owns the records; published ones are public.
  { route: "GET /api/v1/market/search", expect: row(200, 200, 200, 200, 200), prepare: fixed(`/api/v1/market/search?q=${encodeURIComponent("光纤 传感")}`) },
  { route: "GET /api/v1/market/mine", expect: row(401, 200, 200, 200, 200), prepare: fixed("/api/v1/market/mine?kind=achievement") },
  {
    route: "POST /api/v1/market/achievements",
    expect: row(401, 403, 201, 403, 201),
    prepare: async (h) => ({ path: "/api/v1/market/achievements", body: { title: `矩阵成果${uniq()}`, summary: "一项用于矩阵测试的成果摘要内容。", domain: "光电子信息", trl: 4, transferModes: ["转让"], price: 30, ownerOrgId: h.orgIds[CHANGFEI] } }),
  },
  {
    route: "POST /api/v1/market/patents",
    expect: row(401, 403, 200, 403, 200),
    prepare: async (h) => ({ path: "/api/v1/market/patents", body: { applicationNo: patentNo(), title: "一种矩阵测试用光纤连接器", applicants: [CHANGFEI], legalStatus: "有效", ownerOrgId: h.orgIds[CHANGFEI], cityCode: "420100", filingDate: "2022-01-05", grantDate: "2023-05-05" } }),
  },
  {
    route: "POST /api/v1/market/demands",
    expect: row(401, 403, 201, 403, 201),
    prepare: async (h) => ({ path: "/api/v1/market/demands", body: { title: `矩阵需求${uniq()}`, description: "一项用于矩阵测试的需求描述内容。", domain: "光电子信息", negotiable: true, orgId: h.orgIds[CHANGFEI] } }),
  },
  {
    route: "POST /api/v1/market/experts",
    expect: row(401, 403, 201, 403, 201),
    prepare: async (h) => ({ path: "/api/v1/market/experts", body: { name: `专家${uniq()}`, fields: ["光纤通信"], orgId: h.orgIds[CHANGFEI] } }),
  },
  {
    // Published: others see it (403, not 404) but only its owner's people and admins change it.
    route: "PATCH /api/v1/market/achievements/:id",
    expect: row(401, 403, 200, 403, 200),
    prepare: async (h) => ({ path: `/api/v1/market/achievements/${await achievement(h)}`, body: { trl: 6 } }),
  },
  { route: "PATCH /api/v1/market/demands/:id", expect: row(401, 404, 200, 404, 200), prepare: async (h) => ({ path: `/api/v1/market/demands/${await draftDemand(h)}`, body: { budget: 20 } }) },
  {
    route: "PATCH /api/v1/market/experts/:id",
    expect: row(401, 404, 200, 404, 200),
    prepare: async (h) => ({ path: `/api/v1/market/experts/${await marketRecord(h, "experts", { name: `专家${uniq()}`, fields: ["激光"], orgId: h.orgIds[CHANGFEI] })}`, body: { title: "教授级高工" } }),
  },
  { route: "GET /api/v1/market/:kind/:id", expect: row(200, 200, 200, 200, 200), prepare: async (h) => ({ path: `/api/v1/market/achievements/${await achievement(h)}` }) },
  { route: "GET /api/v1/market/:kind/:id/history", expect: row(401, 200, 200, 200, 200), prepare: async (h) => ({ path: `/api/v1/market/achievements/${await achievement(h)}/history` }) },
  { route: "POST /api/v1/market/demands/:id/publish", expect: row(401, 404, 200, 404, 200), prepare: async (h) => ({ path: `/api/v1/market/demands/${await draftDemand(h)}/publish`, body: {} }) },
  { route: "POST /api/v1/market/demands/:id/close", expect: row(401, 403, 200, 403, 200), prepare: async (h) => ({ path: `/api/v1/market/demands/${await publishedDemand(h)}/close`, body: {} }) },
  {
    // Each persona answers in its own organisation's name; the demand's owner does not answer itself.
    route: "POST /api/v1/market/demands/:id/responses",
    expect: row(401, 201, 403, 201, 201),
    prepare: async (h, persona) => ({ path: `/api/v1/market/demands/${await publishedDemand(h)}/responses`, body: { orgId: h.orgIds[HOME_ORG[persona]] ?? h.orgIds[CHANGFEI], message: "可以对接" } }),
  },
  { route: "GET /api/v1/market/demands/:id/responses", expect: row(401, 200, 200, 200, 200), prepare: async (h) => ({ path: `/api/v1/market/demands/${await publishedDemand(h)}/responses` }) },
  {
    // A party (seller 湖北理工学院, buyer 长飞), an officer of either city, or an admin registers a deal.
    route: "POST /api/v1/market/deals",
    expect: row(401, 201, 201, 201, 201),
    prepare: async (h) => ({
      path: "/api/v1/market/deals",
      body: { title: "矩阵测试成交", sellerOrgId: h.orgIds["湖北理工学院"], buyerOrgId: h.orgIds[CHANGFEI], amount: 10, signedOn: "2025-06-01", contractType: "service", registrationNo: `M${uniq()}${uniq()}` },
    }),
  },
  { route: "GET /api/v1/market/deals", expect: row(401, 200, 200, 200, 200), prepare: fixed("/api/v1/market/deals") },
  { route: "GET /api/v1/market/flows", expect: row(401, 403, 403, 200, 200), prepare: fixed("/api/v1/market/flows") },
  { route: "GET /api/v1/market/flows.xlsx", expect: row(401, 403, 403, 200, 200), prepare: fixed("/api/v1/market/flows.xlsx") },
  { route: "GET /api/v1/market/demands/:id/matches", expect: row(401, 200, 200, 200, 200), prepare: async (h) => ({ path: `/api/v1/market/demands/${await publishedDemand(h)}/matches` }) },
  { route: "GET /api/v1/market/achievements/:id/matches", expect: row(401, 200, 200, 200, 200), prepare: async (h) => ({ path: `/api/v1/market/achievements/${await achievement(h)}/matches` }) },
  {
    route: "POST /api/v1/market/feedback",
    expect: row(401, 200, 200, 200, 200),
    prepare: async (h) => ({ path: "/api/v1/market/feedback", body: { subjectKind: "demand", subjectId: await publishedDemand(h), targetKind: "achievement", targetId: await achievement(h), useful: true } }),
  },
  { route: "GET /api/v1/market/import/:kind/template.xlsx", expect: row(401, 200, 200, 200, 200), prepare: fixed("/api/v1/market/import/patents/template.xlsx") },
  {
    // Records are imported in the name of an organisation the caller acts for (here 长飞).
    route: "POST /api/v1/market/import/:kind",
    expect: row(401, 403, 200, 403, 200),
    prepare: async (h) => {
      const form = new FormData();
      form.append("file", new File([`专家姓名,x\n`.replace("专家姓名,x", "姓名*,研究方向*") + `张${uniq()},光纤通信\n`], "专家.csv", { type: "text/csv" }));
      form.append("orgId", h.orgIds[CHANGFEI] ?? "");
      return { path: "/api/v1/market/import/experts", body: form };
    },
  },
  { route: "GET /api/v1/market/sla", expect: row(401, 403, 403, 200, 200), prepare: fixed("/api/v1/market/sla") },
];

/** Every method+path the app routes under /api, from Hono's route table (middleware excluded). */
function servedRoutes(h: Harness): string[] {
  const seen = new Set<string>();
  for (const r of h.app.routes) {
    if (r.method === "ALL" || !r.path.startsWith("/api") || r.path.includes("*")) continue;
    seen.add(`${r.method} ${r.path}`);
  }
  return [...seen].sort();
}

describe.each(engines())("authorisation matrix on %s", (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine);
  });
  afterAll(async () => h?.dispose());

  it("has a row for every route the app serves, and no row for a route it does not", () => {
    const served = servedRoutes(h);
    const rows = [...new Set(ROWS.map((r) => r.route.split("#")[0] ?? r.route))].sort();
    expect(served.filter((r) => !rows.includes(r))).toEqual([]);
    expect(rows.filter((r) => !served.includes(r))).toEqual([]);
  });

  for (const r of ROWS) {
    it(r.route, async () => {
      const got: Partial<Expect> = {};
      for (const persona of PERSONAS) {
        const client: Client = await h.as(persona);
        const cell = await r.prepare(h, persona);
        const method = r.route.split(" ")[0] ?? "GET";
        const res = await client.request(method, cell.path, cell.body);
        got[persona] = res.status;
        if (res.status === 403 || res.status === 404 || res.status === 401) {
          expect(res.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
        }
      }
      expect(got).toEqual(r.expect);
    });
  }

  it("lists only the caller's cities", async () => {
    const other = await h.as("otherCity");
    const res = await other.get("/api/v1/orgs?pageSize=200");
    const cities = new Set((res.body as { items: { cityCode: string }[] }).items.map((o) => o.cityCode));
    expect([...cities]).toEqual(["420200"]);
    const member = await h.as("member");
    const users = await member.get("/api/v1/users");
    expect((users.body as { items: { username: string }[] }).items.map((u) => u.username)).toEqual(["p_member"]);
  });
});
