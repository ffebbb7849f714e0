import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { createHarness, type Client, type Harness } from "../../../../test/support/harness.ts";
import { engines } from "../../../../test/support/engines.ts";
import { todayInShanghai } from "../../platform/clock.ts";
import { addDays, periodOf } from "../../../shared/periods.ts";

type TaskBody = { id: string; light: string; reasons: { code: string; message: string }[]; reports: { id: string; state: string }[]; units: { orgName: string; role: string; orgStatus: string }[]; completed: boolean };
type ErrorBody = { error: { code: string; message: string; fields: { path: string; message: string }[] } };

const today = todayInShanghai();
const quarter = periodOf("quarterly", today).key;

async function makePlan(admin: Client, opts: { start?: string; end?: string; due?: string | null; lead?: string; responsible?: string[] } = {}) {
  const res = await admin.post("/api/v1/plans", {
    title: "测试实施方案",
    periodKind: "quarterly",
    startDate: opts.start ?? addDays(today, -200),
    endDate: opts.end ?? addDays(today, 200),
    chapters: [{ number: "一", title: "重点任务" }],
    targets: [],
    tasks: [
      {
        chapter: "一",
        number: "(一)",
        path: ["一", "(一)"],
        title: "推进一项工作",
        body: "推进一项工作。",
        dueDate: opts.due ?? null,
        leadUnits: [{ name: opts.lead ?? "省科技厅" }],
        responsibleUnits: (opts.responsible ?? ["武汉市人民政府"]).map((name) => ({ name })),
        targets: [],
      },
    ],
  });
  expect(res.status).toBe(201);
  const planId = (res.body as { id: string }).id;
  const tasks = (await admin.get(`/api/v1/plans/${planId}/tasks`)).body as { items: TaskBody[] };
  return { planId, taskId: tasks.items[0]?.id ?? "", created: res.body as { pendingOrganisations: string[] } };
}

describe.each(engines())("plan supervision on %s", (engine) => {
  let h: Harness;
  let admin: Client;
  let officer: Client;
  beforeAll(async () => {
    h = await createHarness(engine);
    admin = await h.as("admin");
    officer = await h.as("officer");
  });
  afterAll(async () => h?.dispose());

  it("imports the seed plan from its text on first start, every unit matched to an organisation", async () => {
    const plans = (await admin.get("/api/v1/plans")).body as { items: { id: string; title: string; counts: { tasks: number } }[] };
    expect(plans.items).toHaveLength(1);
    expect(plans.items[0]?.title).toBe("加快推进光谷科技创新大走廊协同创新高质量发展行动方案(2023—2025年)");
    expect(plans.items[0]?.counts.tasks).toBe(10);
    const pending = await h.database.db.execute(sql`select count(*)::int as n from organisations where status = 'pending'`);
    expect(JSON.stringify(pending)).toContain('"n":0');
    const kpis = ((await admin.get("/api/v1/dashboard")).body as { kpis: { code: string; target: { value: number; comparator: string; year: number } }[] }).kpis;
    expect(kpis.map((k) => [k.code, k.target.comparator, k.target.value, k.target.year]).sort()).toEqual([
      ["ht_va_share", ">=", 36, 2025],
      ["hte_count", ">", 15000, 2025],
      ["platforms_prov_plus", ">", 1500, 2025],
      ["rd_intensity", ">", 4.2, 2025],
    ]);
  });

  it("computes the corridor R&D intensity as a ratio of sums, labelled demo where demo figures enter", async () => {
    const items = ((await admin.get("/api/v1/indicators")).body as { items: { code: string; series: { year: number; value: number | null; demo: boolean }[]; cityValues: { cityCode: string; year: number; value: number; sourceKind: string }[] }[] }).items;
    const gdp = items.find((i) => i.code === "gdp");
    const rd = items.find((i) => i.code === "rd_expenditure");
    const intensity = items.find((i) => i.code === "rd_intensity");
    const year = 2022;
    const corridor = ["420100", "420200", "420700", "421100", "421200"];
    const sum = (xs: { cityCode: string; year: number; value: number }[] | undefined) => (xs ?? []).filter((v) => v.year === year && corridor.includes(v.cityCode)).reduce((a, v) => a + v.value, 0);
    const point = intensity?.series.find((s) => s.year === year);
    expect(point?.value).toBeCloseTo((sum(rd?.cityValues) / sum(gdp?.cityValues)) * 100, 6);
    expect(point?.demo).toBe(true);
  });

  it("previews a text, naming unknown units, and creates pending organisations on import", async () => {
    const text = "某某实施方案\n一、重点任务\n(一)建设共享平台。(牵头单位:省科技厅;责任单位:省未来产业局、武汉市人民政府)\n(二)推进联合攻关。(省数据局负责)\n";
    const preview = await admin.post("/api/v1/plans/preview", { text });
    expect(preview.status).toBe(200);
    const body = preview.body as { tasks: { responsibleUnits: { name: string; match: string }[] }[]; warnings: { code: string }[]; stats: { unknown: number } };
    expect(body.tasks[0]?.responsibleUnits.map((u) => u.match)).toEqual(["unknown", "matched"]);
    expect(body.warnings.filter((w) => w.code === "unknown_unit")).toHaveLength(2);
    expect(body.stats.unknown).toBe(2);
    const { created, taskId } = await makePlan(admin, { responsible: ["省未来产业局", "武汉市人民政府"] });
    expect(created.pendingOrganisations).toEqual(["省未来产业局"]);
    const task = (await admin.get(`/api/v1/tasks/${taskId}`)).body as TaskBody;
    expect(task.units.find((u) => u.orgName === "省未来产业局")?.orgStatus).toBe("pending");
    // Merging the pending organisation into the real one moves the task's unit with it.
    const orgs = (await admin.get(`/api/v1/orgs?q=${encodeURIComponent("省未来产业局")}&status=pending`)).body as { items: { id: string }[] };
    const merged = await admin.post(`/api/v1/orgs/${orgs.items[0]?.id}/merge`, { intoId: h.orgIds["湖北省经济和信息化厅"] });
    expect(merged.status).toBe(200);
    const after = (await admin.get(`/api/v1/tasks/${taskId}`)).body as TaskBody;
    expect(after.units.map((u) => u.orgName)).toContain("湖北省经济和信息化厅");
  });

  it("refuses what is not a plan with a reason, and answers an HTML page with no items with a warning", async () => {
    const empty = await admin.post("/api/v1/plans/preview", { text: "   \n  " });
    expect(empty.status).toBe(422);
    expect((empty.body as ErrorBody).error.fields[0]?.message).toContain("文本为空");
    const binary = await admin.post("/api/v1/plans/preview", { text: "PK\u0003\u0004\u0000\u0000binary" });
    expect((binary.body as ErrorBody).error.fields[0]?.message).toContain("不是文本");
    const html = await admin.post("/api/v1/plans/preview", { text: "<html><body><h1>首页</h1><p>欢迎访问</p></body></html>" });
    expect(html.status).toBe(200);
    expect((html.body as { tasks: unknown[]; warnings: { code: string }[] }).warnings[0]?.code).toBe("not_a_plan");
    const big = await admin.post("/api/v1/plans/preview", { text: "一".repeat(3 * 1024 * 1024) });
    expect(big.status).toBe(413);
  });

  it("runs the cycle: acknowledge, report, return, report again, approve; each refusal with its reason", async () => {
    const { taskId, planId } = await makePlan(admin);
    const early = await officer.post(`/api/v1/tasks/${taskId}/reports`, { periodKey: quarter, statusText: "进展", percent: 10 });
    expect(early.status).toBe(409);
    expect((early.body as ErrorBody).error.message).toContain("先签收");
    expect((await officer.post(`/api/v1/tasks/${taskId}/acknowledge`, {})).status).toBe(200);
    expect((await officer.post(`/api/v1/tasks/${taskId}/acknowledge`, {})).status).toBe(409);

    const bad = await officer.post(`/api/v1/tasks/${taskId}/reports`, { periodKey: quarter, statusText: "进展", percent: 101 });
    expect(bad.status).toBe(422);
    expect((bad.body as ErrorBody).error.fields[0]?.path).toBe("percent");
    const malformed = await officer.post(`/api/v1/tasks/${taskId}/reports`, { periodKey: "2024-13", statusText: "进展", percent: 10 });
    expect((malformed.body as ErrorBody).error.fields[0]?.path).toBe("periodKey");
    const future = await officer.post(`/api/v1/tasks/${taskId}/reports`, { periodKey: periodOf("quarterly", addDays(today, 120)).key, statusText: "进展", percent: 10 });
    expect((future.body as ErrorBody).error.fields[0]?.message).toContain("尚未开始");

    const first = await officer.post(`/api/v1/tasks/${taskId}/reports`, { periodKey: quarter, statusText: "完成选址", percent: 40 });
    expect(first.status).toBe(201);
    expect((await officer.post(`/api/v1/tasks/${taskId}/reports`, { periodKey: quarter, statusText: "再报", percent: 45 })).status).toBe(409);
    const reportId = (first.body as TaskBody).reports[0]?.id ?? "";
    // The reporting unit cannot review itself; the lead unit (the admin's 省科技厅) can.
    expect((await officer.post(`/api/v1/reports/${reportId}/approve`)).status).toBe(403);
    const returned = await admin.post(`/api/v1/reports/${reportId}/return`, { reason: "请补充证明材料" });
    expect(returned.status).toBe(200);
    expect((await admin.post(`/api/v1/reports/${reportId}/approve`)).status).toBe(409);

    const second = await officer.post(`/api/v1/tasks/${taskId}/reports`, { periodKey: quarter, statusText: "已补充材料，全面完成", percent: 100 });
    expect(second.status).toBe(201);
    const secondId = (second.body as TaskBody).reports.find((r) => r.state === "submitted")?.id ?? "";
    const approved = await admin.post(`/api/v1/reports/${secondId}/approve`);
    expect(approved.status).toBe(200);
    expect((approved.body as TaskBody).completed).toBe(true);
    const twice = await admin.post(`/api/v1/reports/${secondId}/approve`);
    expect(twice.status).toBe(409);
    expect((twice.body as ErrorBody).error.message).toContain("不能重复复核");

    const history = await h.database.db.execute(sql`select action from audit_events where entity_type = 'task' and entity_id = ${taskId} order by id`);
    expect(JSON.stringify(history)).toMatch(/task\.acknowledge.*task\.report.*task\.report_return.*task\.report.*task\.report_approve/);

    expect((await admin.post(`/api/v1/plans/${planId}/close`)).status).toBe(200);
    const closed = await officer.post(`/api/v1/tasks/${taskId}/reports`, { periodKey: quarter, statusText: "结束后", percent: 100 });
    expect(closed.status).toBe(409);
    expect((closed.body as ErrorBody).error.message).toContain("计划已结束");
  });

  it("answers 404 to a unit that is not on the task", async () => {
    const { taskId } = await makePlan(admin);
    const member = await h.as("member");
    expect((await member.get(`/api/v1/tasks/${taskId}`)).status).toBe(404);
    expect((await member.post(`/api/v1/tasks/${taskId}/reports`, { periodKey: quarter, statusText: "x", percent: 1 })).status).toBe(404);
  });

  it("lights a task red when overdue or returned twice, yellow when behind plan, green when on plan", async () => {
    const overdue = await makePlan(admin, { start: addDays(today, -400), end: addDays(today, 100), due: addDays(today, -3) });
    const t1 = (await admin.get(`/api/v1/tasks/${overdue.taskId}`)).body as TaskBody;
    expect(t1.light).toBe("red");
    expect(t1.reasons.map((r) => r.code)).toContain("overdue");
    expect(t1.reasons.find((r) => r.code === "overdue")?.message).toContain("逾期 3 天");

    const behind = await makePlan(admin, { start: addDays(today, -300), end: addDays(today, 300) });
    const t2 = (await admin.get(`/api/v1/tasks/${behind.taskId}`)).body as TaskBody;
    expect(t2.light).toBe("yellow");
    expect(t2.reasons.map((r) => r.code)).toContain("behind_plan");

    await officer.post(`/api/v1/tasks/${behind.taskId}/acknowledge`, {});
    for (let i = 0; i < 2; i++) {
      const r = await officer.post(`/api/v1/tasks/${behind.taskId}/reports`, { periodKey: quarter, statusText: `第${i + 1}次`, percent: 90 });
      const id = (r.body as TaskBody).reports.find((x) => x.state === "submitted")?.id ?? "";
      await admin.post(`/api/v1/reports/${id}/return`, { reason: "材料不全" });
    }
    const t3 = (await admin.get(`/api/v1/tasks/${behind.taskId}`)).body as TaskBody;
    expect(t3.light).toBe("red");
    expect(t3.reasons.map((r) => r.code)).toContain("returned_twice");

    const onPlan = await makePlan(admin, { start: addDays(today, -300), end: addDays(today, 300) });
    await officer.post(`/api/v1/tasks/${onPlan.taskId}/acknowledge`, {});
    const r = await officer.post(`/api/v1/tasks/${onPlan.taskId}/reports`, { periodKey: quarter, statusText: "超前完成", percent: 90 });
    expect((r.body as TaskBody).light).toBe("green");
  });

  it("lists each unit's to-do and exports the task table and the bulletin", async () => {
    const { planId, taskId } = await makePlan(admin);
    const todo = (await officer.get("/api/v1/todo")).body as { items: { kind: string; taskId: string }[] };
    expect(todo.items.filter((i) => i.taskId === taskId).map((i) => i.kind)).toEqual(["acknowledge"]);

    const xlsx = await admin.request("GET", `/api/v1/plans/${planId}/tasks.xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-disposition")).toContain("filename*=UTF-8''");
    const res = await h.app.request(`/api/v1/plans/${planId}/tasks.xlsx`, { headers: { cookie: admin.cookie ?? "" } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, "序号", "重点任务", "牵头单位", "责任单位", "完成时限", "进展", "状态"]);
    expect(sheet?.getRow(2).getCell(3).value).toBe("湖北省科学技术厅");

    const docx = await h.app.request(`/api/v1/plans/${planId}/bulletin?period=${quarter}`, { headers: { cookie: admin.cookie ?? "" } });
    expect(docx.status).toBe(200);
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) })).value;
    expect(text).toContain(`督办通报（${quarter}）`);
    expect(text).toContain("主要指标进展");
  });
});
