import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import mammoth from "mammoth";
import { createHarness, type Client, type Harness } from "../../../../test/support/harness.ts";
import { engines } from "../../../../test/support/engines.ts";
import { creditCode, freshEnterprise, importWorkbook, uploadForm } from "../../../../test/support/enterprises.ts";
import { todayInShanghai } from "../../platform/clock.ts";

type ErrorBody = { error: { code: string; message: string; fields: { path: string; message: string }[] } };
type Assessment = {
  assessedOn: string;
  tiers: { tier: string; result: { eligible: boolean | null; ruleSet: string; incomplete: boolean } | null; gaps: { text: string }[]; missing: { path: string; message: string }[] }[];
  nearest: { tier: string } | null;
};
type Funnel = { year: number; rows: { cityCode: string; registered: number; reserve: number; applied: number; certified: number; validHighTech: number; techSme: number }[] };
type Indicators = { items: { id: string; code: string; computedFrom: string | null; cityValues: { cityCode: string; year: number; value: number | null; sourceKind: string; reference: boolean }[] }[] };

const DATE = "2026-06-15";
const thisYear = Number(todayInShanghai().slice(0, 4));

/** The high-tech example of docs/assess-input.md as registry facts and years: eligible (score 80) on DATE. */
const FACTS = {
  ownsCoreIp: true,
  techFieldInCatalogue: true,
  majorIncidentPastYear: false,
  hteAdvancement: { grade: "A", points: 7 },
  hteCoreSupport: { grade: "A", points: 7 },
  hteQuantityPoints: 7,
  hteAcquisition: { grade: "A", points: 5 },
  hteStandards: { grade: "A", points: 1 },
  hteConversionPoints: 26,
  hteRdManagement: { system: 5, institution: 5, conversionIncentive: 3, talent: 3 },
  hteGrowth: { netAssetsPoints: 6, salesPoints: 5 },
};
const YEARS: Record<number, Record<string, unknown>> = {
  2023: { salesRevenue: 6000, rdExpense: 420, rdExpenseDomestic: 400, netAssets: 4000, resultsConverted: 5 },
  2024: { salesRevenue: 7500, rdExpense: 480, rdExpenseDomestic: 470, netAssets: 5000, resultsConverted: 5 },
  2025: {
    salesRevenue: 9000,
    rdExpense: 540,
    rdExpenseDomestic: 520,
    netAssets: 6200,
    resultsConverted: 5,
    employees: 150,
    techStaff: 30,
    highTechRevenue: 7800,
    totalRevenue: 9200,
    ip: { invention: { selfDeveloped: 3, acquired: 0 }, utilityModel: { selfDeveloped: 6, acquired: 0 }, design: { selfDeveloped: 0, acquired: 0 }, software: { selfDeveloped: 0, acquired: 0 } },
  },
};

const fields = (res: { body: unknown }) => (res.body as ErrorBody).error.fields;

describe.each(engines())("enterprise cultivation on %s", (engine) => {
  let h: Harness;
  let admin: Client;
  let officer: Client;
  let member: Client;
  let changfei: string;
  beforeAll(async () => {
    h = await createHarness(engine);
    admin = await h.as("admin");
    officer = await h.as("officer");
    member = await h.as("member");
    changfei = h.orgIds["长飞光纤光缆股份有限公司"] ?? "";
  });
  afterAll(async () => h?.dispose());

  async function enterFigures(id: string, client = member) {
    for (const [year, figures] of Object.entries(YEARS)) {
      const res = await client.request("PUT", `/api/v1/enterprises/${id}/years/${year}`, figures);
      expect(res.status, res.text).toBe(200);
    }
  }

  /** R&D cut in 2024 and 2025: Σ研发 530 ÷ Σ销售 22500 = 2.36 %, under the 4 % the 2025 sales require. */
  async function lowRd(id: string) {
    await member.request("PUT", `/api/v1/enterprises/${id}/years/2024`, { ...YEARS[2024], rdExpense: 100, rdExpenseDomestic: 90 });
    await member.request("PUT", `/api/v1/enterprises/${id}/years/2025`, { ...YEARS[2025], rdExpense: 10, rdExpenseDomestic: 9 });
  }

  it("refuses bad registry input with field errors in Chinese", async () => {
    const badCode = await officer.post("/api/v1/enterprises", { name: "错误代码有限公司", creditCode: "91420100MA4K0000X1", cityCode: "420100" });
    expect(badCode.status).toBe(422);
    expect(fields(badCode)[0]?.path).toBe("creditCode");
    const future = await officer.post("/api/v1/enterprises", { name: "未来公司有限公司", creditCode: creditCode(), cityCode: "420100", foundedOn: "2099-01-01" });
    expect(future.status).toBe(422);
    expect(fields(future)[0]).toMatchObject({ path: "foundedOn" });
    const id = await freshEnterprise(h);
    const put = (year: number, body: unknown) => officer.request("PUT", `/api/v1/enterprises/${id}/years/${year}`, body);
    const staff = await put(2025, { employees: 30, techStaff: 35 });
    expect(staff.status).toBe(422);
    expect(fields(staff).map((f) => f.path)).toContain("techStaff");
    expect(fields(staff).find((f) => f.path === "techStaff")?.message).toMatch(/科技人员/);
    const share = await put(2025, { rdExpense: 100, rdExpenseDomestic: 120 });
    expect(share.status).toBe(422);
    expect(fields(share).map((f) => f.path)).toContain("rdExpenseDomestic");
    const negative = await put(2025, { employees: -3 });
    expect(negative.status).toBe(422);
    expect(fields(negative)[0]?.path).toBe("employees");
    const later = await put(thisYear + 2, { employees: 3 });
    expect(later.status).toBe(422);
    const unknown = await put(2025, { employes: 3 });
    expect(unknown.status).toBe(422);
    const none = await officer.request("PUT", `/api/v1/enterprises/${id}/years/2025`, { employees: 10, techStaff: 2 });
    expect(none.status).toBe(200);
    const unknownTier = await officer.post(`/api/v1/enterprises/${id}/certificates`, { tier: "unicorn", year: 2025 });
    expect(unknownTier.status).toBe(422);
    expect(fields(unknownTier)[0]?.path).toBe("tier");
  });

  it("an enterprise registers itself, enters its figures and sees every tier assessed, with gaps in words", async () => {
    const reg = await member.post("/api/v1/enterprises", { orgId: changfei, industry: "光纤光缆制造", foundedOn: "2015-04-10", facts: FACTS });
    expect(reg.status, reg.text).toBe(201);
    await enterFigures(changfei);
    const res = await member.get(`/api/v1/enterprises/${changfei}/assessment?date=${DATE}`);
    expect(res.status).toBe(200);
    const a = res.body as Assessment;
    expect(a.tiers.map((t) => t.tier)).toEqual(["high-tech", "tech-sme", "innovative-sme", "specialized-sme", "little-giant"]);
    const hte = a.tiers.find((t) => t.tier === "high-tech");
    expect(hte?.result).toMatchObject({ eligible: true, ruleSet: "HTE-2016" });

    // Less R&D in 2025: the R&D ratio falls short, and the gap says by how much and what it would take.
    await lowRd(changfei);
    const short = (await member.get(`/api/v1/enterprises/${changfei}/assessment?date=${DATE}`)).body as Assessment;
    const gapText = short.tiers.find((t) => t.tier === "high-tech")?.gaps.map((g) => g.text).join("\n") ?? "";
    expect(short.tiers.find((t) => t.tier === "high-tech")?.result?.eligible).toBe(false);
    expect(gapText).toMatch(/研发费用占比 [\d.]+%，需达到 [\d.]+%，差 [\d.]+ 个百分点，约 [\d.]+ 万元/);

    // A missing figure is never guessed: the result is undecided and names it.
    await member.request("PUT", `/api/v1/enterprises/${changfei}/years/2025`, { ...YEARS[2025], techStaff: null });
    const missing = (await member.get(`/api/v1/enterprises/${changfei}/assessment?date=${DATE}`)).body as Assessment;
    const hteMissing = missing.tiers.find((t) => t.tier === "high-tech");
    expect(hteMissing?.result?.eligible).toBeNull();
    expect(hteMissing?.result?.incomplete).toBe(true);
    expect(hteMissing?.missing.map((m) => m.path)).toContain("techStaff");
    await enterFigures(changfei);

    await lowRd(changfei);
    const docx = await h.app.request(`/api/v1/enterprises/${changfei}/gap-report.docx?date=${DATE}`, { headers: { cookie: member.cookie ?? "" } });
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toMatch(/wordprocessingml/);
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) })).value;
    expect(text).toContain("长飞光纤光缆股份有限公司");
    expect(text).toMatch(/研发费用占比 [\d.]+%，需达到 [\d.]+%/);
    await enterFigures(changfei);
  });

  it("figures go 草稿 → 报送 → 确认 by the city's officer, or back with a reason; the enterprise cannot confirm its own", async () => {
    const submit = await member.post(`/api/v1/enterprises/${changfei}/years/2025/submit`, {});
    expect(submit.body).toMatchObject({ status: "submitted" });
    expect((await member.post(`/api/v1/enterprises/${changfei}/years/2025/confirm`, {})).status).toBe(403);
    const back = await officer.post(`/api/v1/enterprises/${changfei}/years/2025/return`, { reason: "请补充研发费用辅助账" });
    expect(back.body).toMatchObject({ status: "returned" });
    await member.post(`/api/v1/enterprises/${changfei}/years/2025/submit`, {});
    const ok = await officer.post(`/api/v1/enterprises/${changfei}/years/2025/confirm`, {});
    expect(ok.body).toMatchObject({ status: "confirmed" });
    // The enterprise's own later edit needs confirming again.
    await member.request("PUT", `/api/v1/enterprises/${changfei}/years/2025`, YEARS[2025]);
    const detail = (await member.get(`/api/v1/enterprises/${changfei}`)).body as { years: { year: number; status: string }[] };
    expect(detail.years.find((y) => y.year === 2025)?.status).toBe("draft");
    const history = (await member.get(`/api/v1/enterprises/${changfei}/history`)).body as { items: { action: string }[] };
    expect(history.items.map((e) => e.action)).toEqual(expect.arrayContaining(["enterprise.register", "enterprise.year_set", "enterprise.year_confirm", "enterprise.year_return"]));
  });

  it("counts the 高企 KPI from the registry's confirmed, valid certificates, and refuses a typed value", async () => {
    const kpi = async () => {
      const list = (await admin.get("/api/v1/indicators")).body as Indicators;
      const hte = list.items.find((i) => i.code === "hte_count");
      const v = hte?.cityValues.find((c) => c.cityCode === "420100" && c.year === thisYear && !c.reference);
      return { id: hte?.id ?? "", computedFrom: hte?.computedFrom, value: v?.value ?? 0 };
    };
    const before = await kpi();
    expect(before.computedFrom).toBe("enterprise_registry");
    // The enterprise's own entry is not counted until the officer confirms it.
    const entered = await member.post(`/api/v1/enterprises/${changfei}/certificates`, { tier: "high-tech", number: `GR${thisYear - 1}42001${Math.floor(Math.random() * 9000 + 1000)}`, year: thisYear - 1, validFrom: `${thisYear - 1}-11-20`, validUntil: `${thisYear + 2}-11-19` });
    expect(entered.status).toBe(201);
    expect((await kpi()).value).toBe(before.value);
    const certId = (entered.body as { id: string }).id;
    expect((await officer.post(`/api/v1/enterprises/${changfei}/certificates/${certId}/confirm`, {})).status).toBe(200);
    expect((await kpi()).value).toBe(before.value + 1);
    const typed = await admin.request("PUT", `/api/v1/indicators/${before.id}/values/420100/${thisYear}`, { value: 20000, sourceKind: "official", source: "手工填报" });
    expect(typed.status).toBe(422);
    expect((typed.body as ErrorBody).error.fields[0]?.message).toMatch(/登记库/);
    // A certificate number is never registered twice.
    const again = await officer.post(`/api/v1/enterprises/${await freshEnterprise(h)}/certificates`, { tier: "high-tech", number: (entered.body as { number: string }).number, year: thisYear - 1 });
    expect(again.status).toBe(409);
  });

  it("runs the 高企后备库: nominate, coach, apply, certify — and the funnel follows", async () => {
    const funnel = async () => ((await officer.get(`/api/v1/enterprises/funnel?year=${thisYear}`)).body as Funnel).rows.find((r) => r.cityCode === "420100");
    const before = await funnel();
    const id = await freshEnterprise(h);
    const nominated = await officer.post("/api/v1/enterprises/reserve", { orgId: id, year: thisYear });
    expect(nominated.status).toBe(201);
    expect((await officer.post("/api/v1/enterprises/reserve", { orgId: id, year: thisYear })).status).toBe(409);
    const entry = (nominated.body as { id: string }).id;
    expect((await officer.post(`/api/v1/enterprises/reserve/${entry}/visits`, { visitedOn: todayInShanghai(), visitors: "市科技局 李四", topics: "研发费用归集与高新收入核算" })).status).toBe(201);
    const skip = await officer.patch(`/api/v1/enterprises/reserve/${entry}`, { stage: "certified" });
    expect(skip.status).toBe(422);
    expect(fields(skip)[0]?.path).toBe("stage");
    expect((await officer.patch(`/api/v1/enterprises/reserve/${entry}`, { stage: "applied" })).status).toBe(200);
    const noNumber = await officer.patch(`/api/v1/enterprises/reserve/${entry}`, { stage: "certified" });
    expect(noNumber.status).toBe(422);
    const certified = await officer.patch(`/api/v1/enterprises/reserve/${entry}`, { stage: "certified", certificate: { number: `GR${thisYear}42009${Math.floor(Math.random() * 9000 + 1000)}`, year: thisYear } });
    expect(certified.status, certified.text).toBe(200);
    const after = await funnel();
    expect(after?.registered).toBe((before?.registered ?? 0) + 1);
    expect(after?.reserve).toBe((before?.reserve ?? 0) + 1);
    expect(after?.applied).toBe((before?.applied ?? 0) + 1);
    expect(after?.certified).toBe((before?.certified ?? 0) + 1);
    expect(after?.validHighTech).toBe((before?.validHighTech ?? 0) + 1);
    const list = (await officer.get(`/api/v1/enterprises/reserve?year=${thisYear}`)).body as { items: { id: string; stage: string; visits: unknown[] }[] };
    expect(list.items.find((e) => e.id === entry)).toMatchObject({ stage: "certified", visits: [expect.anything()] });
    // Another city's officer neither sees nor changes Wuhan's pool.
    await h.makeUser("huangshi_officer", "黄石市人民政府", "officer");
    const hs = await h.login("huangshi_officer");
    expect((await hs.patch(`/api/v1/enterprises/reserve/${entry}`, { note: "x" })).status).toBe(404);
    const hsFunnel = (await hs.get(`/api/v1/enterprises/funnel?year=${thisYear}`)).body as Funnel;
    expect(hsFunnel.rows.map((r) => r.cityCode)).toEqual(["420200"]);
  });

  it("proposes enterprises within reach of 高企 for the pool", async () => {
    const name = `推荐候选科技有限公司${Date.now()}`;
    const id = await freshEnterprise(h, name);
    await officer.request("PATCH", `/api/v1/enterprises/${id}`, { foundedOn: "2015-04-10", facts: FACTS });
    await enterFigures(id, officer);
    const res = await officer.get(`/api/v1/enterprises/reserve/candidates?year=${thisYear}&pageSize=200&cityCode=420100`);
    expect(res.status).toBe(200);
    expect((res.body as { items: { orgId: string }[] }).items.map((c) => c.orgId)).toContain(id);
  });

  it("imports a spreadsheet all or nothing, with row errors in Chinese, and never doubles an enterprise", async () => {
    const count = async () => Number(((await h.database.db.execute(sql`select count(*)::int as n from enterprise_years`)) as unknown as { rows: { n: number }[] }).rows[0]?.n);
    const [a, b] = [creditCode(), creditCode()];
    const rows = [
      { creditCode: a, name: `导入甲科技有限公司${Date.now()}`, city: "武汉市", year: 2024, employees: 80, techStaff: 20, operatingRevenue: 3000 },
      { creditCode: a, name: "导入甲科技有限公司", city: "武汉市", year: 2025, employees: 90, techStaff: 25, operatingRevenue: 3600, hteNumber: `GR202542${Date.now() % 1e6}`, hteYear: 2025 },
      { creditCode: b, name: `导入乙科技有限公司${Date.now()}`, city: "鄂州", year: 2025, employees: 12, techStaff: 3 },
    ];
    const ok = await officer.post("/api/v1/enterprises/import", uploadForm(await importWorkbook(rows)));
    // The Wuhan officer may not import an 鄂州 enterprise: the whole file is refused.
    expect(ok.status).toBe(422);
    expect(fields(ok).some((f) => f.path.startsWith("第4行") && /鄂州/.test(f.message))).toBe(true);
    const yearsBefore = await count();
    const good = await admin.post("/api/v1/enterprises/import", uploadForm(await importWorkbook(rows)));
    expect(good.status, good.text).toBe(200);
    expect(good.body).toMatchObject({ rows: 3, created: 2, years: 3, certificates: 1 });
    expect(await count()).toBe(yearsBefore + 3);
    const again = await admin.post("/api/v1/enterprises/import", uploadForm(await importWorkbook(rows)));
    expect(again.body).toMatchObject({ created: 0, updated: 2 });
    expect(await count()).toBe(yearsBefore + 3);

    const bad = await admin.post(
      "/api/v1/enterprises/import",
      uploadForm(await importWorkbook([{ creditCode: creditCode(), name: "坏数据有限公司", city: "上海市", year: 2025, employees: 10, techStaff: 12 }, { creditCode: "123", name: "代码错误", city: "武汉市", year: 2025 }])),
    );
    expect(bad.status).toBe(422);
    const messages = fields(bad).map((f) => `${f.path}: ${f.message}`).join("\n");
    expect(messages).toMatch(/第2行 .*所在市.*上海市/);
    expect(messages).toMatch(/第3行 .*统一社会信用代码/);
    expect(await count()).toBe(yearsBefore + 3);

    const headers = await admin.post("/api/v1/enterprises/import", uploadForm(await importWorkbook([], { headers: ["企业", "代码"] })));
    expect(headers.status).toBe(422);
    expect(JSON.stringify(headers.body)).toMatch(/缺少必需的列/);
    const merged = await admin.post("/api/v1/enterprises/import", uploadForm(await importWorkbook([rows[0] ?? {}], { merge: "A2:B2" })));
    expect(JSON.stringify(merged.body)).toMatch(/合并单元格/);
    const formula = await admin.post("/api/v1/enterprises/import", uploadForm(await importWorkbook([rows[0] ?? {}], { formulaAt: { row: 2, column: "employees" } })));
    expect(JSON.stringify(formula.body)).toMatch(/公式/);
    const notXlsx = await admin.post("/api/v1/enterprises/import", uploadForm(Buffer.from("not a workbook")));
    expect(notXlsx.status).toBe(422);
  });

  it("streams the import's progress as server-sent events", async () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ creditCode: creditCode(), name: `进度测试${i}科技有限公司${Date.now()}`, city: "武汉市", year: 2025, employees: 20 + i, techStaff: 5 }));
    const res = await admin.request("POST", "/api/v1/enterprises/import", uploadForm(await importWorkbook(rows)), { accept: "text/event-stream" });
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/event: progress/);
    expect(res.text).toMatch(/event: result\ndata: \{"rows":40/);
  });
});
