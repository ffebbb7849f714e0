import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createHarness, type Client, type Harness } from "../../../../test/support/harness.ts";
import { engines } from "../../../../test/support/engines.ts";
import { patentCheckChar } from "../../../shared/patent-number.ts";
import { flagOverdue } from "./service/demands.ts";
import { searchMarket } from "./service/search.ts";
import { SearchQuery } from "./contract.ts";
import { rows } from "../../platform/db.ts";

type ErrorBody = { error: { code: string; message: string; fields: { path: string; message: string }[] } };
type Search = { items: { kind: string; id: string; title: string; snippet: string; score: number }[]; total: number; totalExact: boolean; facets: { kind: { value: string; count: number }[]; city: { value: string; count: number }[] }; tokens: string[] };

let serial = 0;
/** A valid invention application number of 2021 (ZC 0006-2003), different each call. */
function applicationNo(type = "1"): string {
  serial += 1;
  const digits = `2021${type}${String(1000000 + serial * 7919).slice(-7)}`;
  return `${digits}.${patentCheckChar(digits)}`;
}

describe.each(engines())("technology marketplace on %s", (engine) => {
  let h: Harness;
  let anonymous: Client;
  let member: Client;
  let officer: Client;
  let admin: Client;
  let changfei: string;
  let university: string;
  beforeAll(async () => {
    h = await createHarness(engine);
    anonymous = h.anonymous();
    member = await h.as("member");
    officer = await h.as("officer");
    admin = await h.as("admin");
    changfei = h.orgIds["长飞光纤光缆股份有限公司"] ?? "";
    university = h.orgIds["湖北理工学院"] ?? "";
  });
  afterAll(async () => h?.dispose());

  it("stores a patent once per application number, derives its high-value flag, and names the expected check digit", async () => {
    const no = applicationNo();
    const body = {
      applicationNo: no,
      title: "一种基于光纤光栅的分布式温度传感方法及系统",
      abstract: "本发明公开了一种基于光纤光栅的分布式温度传感方法，通过解调反射波长实现高精度测温。",
      applicants: ["长飞光纤光缆股份有限公司"],
      inventors: ["张三", "李四"],
      legalStatus: "有效",
      ipc: ["G01K 11/32"],
      ownerOrgId: changfei,
      cityCode: "420100",
      domain: "光电子信息",
      filingDate: "2012-03-01",
      grantDate: "2015-06-01",
    };
    const first = await member.post("/api/v1/market/patents", body);
    expect(first.status, first.text).toBe(200);
    expect(first.body).toMatchObject({ created: true });
    const again = await member.post("/api/v1/market/patents", { ...body, title: "一种基于光纤光栅的分布式温度传感方法及装置" });
    expect(again.body).toMatchObject({ created: false, id: (first.body as { id: string }).id });
    const other = await (await h.as("otherCity")).post("/api/v1/market/patents", { ...body, ownerOrgId: university });
    expect(other.status).toBe(409);
    const count = (await h.database.db.execute(sql`select count(*)::int as n from market_patents where application_no = ${no}`)) as unknown as { rows: { n: number }[] };
    expect(count.rows[0]?.n).toBe(1);
    const record = (await anonymous.get(`/api/v1/market/patents/${(first.body as { id: string }).id}`)).body as { highValue: boolean; highValueCategories: string[] };
    // Filed 2012-03-01, in force: maintained more than 10 years.
    expect(record.highValue).toBe(true);
    expect(record.highValueCategories).toContain("hvp-maintained-10y");

    const digits = no.slice(0, 12);
    const wrong = `${digits}.${patentCheckChar(digits) === "1" ? "2" : "1"}`;
    const bad = await member.post("/api/v1/market/patents", { ...body, applicationNo: wrong });
    expect(bad.status).toBe(422);
    const field = (bad.body as ErrorBody).error.fields[0];
    expect(field?.path).toBe("applicationNo");
    expect(field?.message).toContain(patentCheckChar(digits));
  });

  it("searches Chinese text with facets and marked snippets, publicly, and never fails on odd input", async () => {
    const created = await member.post("/api/v1/market/achievements", {
      title: "高速硅光调制器芯片及其封装技术",
      summary: "面向数据中心的硅基光电子调制器，带宽超过 100GHz，已完成中试，可用于 800G 光模块。",
      domain: "光电子信息",
      trl: 6,
      transferModes: ["许可", "合作开发"],
      negotiable: true,
      ownerOrgId: changfei,
      published: true,
    });
    expect(created.status, created.text).toBe(201);
    const draft = await member.post("/api/v1/market/achievements", { title: "未公开的硅光调制器草稿", summary: "这是一条没有公开的成果记录，不应出现在公开检索中。", domain: "光电子信息", trl: 3, transferModes: ["转让"], price: 50, ownerOrgId: changfei });
    expect(draft.status).toBe(201);
    const res = await anonymous.get(`/api/v1/market/search?q=${encodeURIComponent("硅光调制器")}`);
    expect(res.status).toBe(200);
    const s = res.body as Search;
    expect(s.items.map((i) => i.id)).toContain((created.body as { id: string }).id);
    expect(s.items.map((i) => i.id)).not.toContain((draft.body as { id: string }).id);
    expect(s.items[0]?.snippet).toContain("<mark>");
    expect(s.facets.kind.find((f) => f.value === "achievement")?.count).toBeGreaterThanOrEqual(1);
    const filtered = (await anonymous.get(`/api/v1/market/search?q=${encodeURIComponent("硅光调制器")}&city=420200`)).body as Search;
    expect(filtered.items.map((i) => i.id)).not.toContain((created.body as { id: string }).id);
    // Names match as typed: the applicant of the patent above.
    const byName = (await anonymous.get(`/api/v1/market/search?kind=patent&q=${encodeURIComponent("长飞光纤")}`)).body as Search;
    expect(byName.total).toBeGreaterThanOrEqual(1);
    // A two-character name (no trigram to look up) matches a whole name: the patent's inventor 张三.
    const byShortName = (await anonymous.get(`/api/v1/market/search?kind=patent&q=${encodeURIComponent("张三")}`)).body as Search;
    expect(byShortName.total).toBeGreaterThanOrEqual(1);
    expect(s.totalExact).toBe(true);
    // Counting stops at the cap per kind: then the counts are lower bounds and the answer says so.
    const capped = await searchMarket(h.database.db, SearchQuery.parse({ q: "硅光调制器" }), 1);
    expect(capped.totalExact).toBe(false);
    expect(capped.total).toBeLessThanOrEqual(s.total);
    expect(capped.items.length).toBeGreaterThanOrEqual(1);
    for (const q of ["", "a & | !", "'; drop table market_patents; --", "\u0000\u0001\u0002", "x".repeat(10_000), "😀🀄", "(((", ":*", "\\", "光纤 & | ! ("]) {
      const odd = await anonymous.get(`/api/v1/market/search?q=${encodeURIComponent(q)}`);
      expect([200, 400, 422], `${JSON.stringify(q.slice(0, 20))}: ${odd.text.slice(0, 200)}`).toContain(odd.status);
    }
    const tooLong = await anonymous.get(`/api/v1/market/search?q=${"长".repeat(10_001)}`);
    expect(tooLong.status).toBe(422);
    // An update changes only what it names: the record stays published and 面议.
    const createdId = (created.body as { id: string }).id;
    expect((await member.patch(`/api/v1/market/achievements/${createdId}`, { trl: 7 })).status).toBe(200);
    const after = (await anonymous.get(`/api/v1/market/achievements/${createdId}`)).body as { trl: number; published: boolean; negotiable: boolean; contactPhone?: string };
    expect(after).toMatchObject({ trl: 7, published: true, negotiable: true });
    expect(after.contactPhone).toBeUndefined();
  });

  it("runs a demand: draft → published (48-hour clock) → a provider responds; the SLA flags the silent ones", async () => {
    const d = await member.post("/api/v1/market/demands", { title: "光纤预制棒沉积工艺的在线监测", description: "现有沉积过程缺乏在线监测手段，需要一种非接触式的实时检测方法。", domain: "光电子信息", budget: 80, orgId: changfei });
    expect(d.status, d.text).toBe(201);
    const id = (d.body as { id: string }).id;
    expect((await anonymous.get(`/api/v1/market/demands/${id}`)).status).toBe(404);
    expect((await member.post(`/api/v1/market/demands/${id}/publish`, {})).body).toMatchObject({ status: "published" });
    expect((await anonymous.get(`/api/v1/market/demands/${id}`)).status).toBe(200);
    // The enterprise does not answer its own demand; a university does.
    expect((await member.post(`/api/v1/market/demands/${id}/responses`, { orgId: changfei, message: "自己回应" })).status).toBe(403);
    const other = await h.as("otherCity");
    const answered = await other.post(`/api/v1/market/demands/${id}/responses`, { orgId: university, message: "我校光纤传感团队有相关成果，可对接。" });
    expect(answered.status, answered.text).toBe(201);
    const mine = (await member.get(`/api/v1/market/demands/${id}/responses`)).body as { items: { orgName: string }[] };
    expect(mine.items.map((r) => r.orgName)).toEqual(["湖北理工学院"]);

    // A demand published 49 hours ago with no response is flagged once.
    const silent = await member.post("/api/v1/market/demands", { title: "低损耗光纤熔接设备国产化", description: "需要一种低损耗的光纤熔接设备替代进口，损耗低于 0.02dB。", domain: "光电子信息", negotiable: true, orgId: changfei });
    const silentId = (silent.body as { id: string }).id;
    await member.post(`/api/v1/market/demands/${silentId}/publish`, {});
    await h.database.db.execute(sql`update market_demands set published_at = now() - interval '49 hours' where id = ${silentId}`);
    expect(await flagOverdue(h.database.db)).toBeGreaterThanOrEqual(1);
    expect(await flagOverdue(h.database.db)).toBe(0);
    const sla = await officer.get("/api/v1/market/sla");
    expect(sla.status).toBe(200);
    const view = sla.body as { overdue: { id: string }[]; distribution: { cityCode: string; responded: number }[]; demo: boolean };
    expect(view.overdue.map((o) => o.id)).toContain(silentId);
    expect(view.distribution.find((c) => c.cityCode === "420100")?.responded).toBeGreaterThanOrEqual(1);
    // The seeded demo marketplace is counted, so the answer says 示例数据; with no demo demand left, it does not.
    expect(view.demo).toBe(true);
    const demoIds = (await rows<{ id: string }>(h.database.db, sql`update market_demands set is_demo = false where is_demo returning id`)).map((r) => r.id);
    expect(((await officer.get("/api/v1/market/sla")).body as { demo: boolean }).demo).toBe(false);
    await h.database.db.execute(sql`update market_demands set is_demo = true where id in (${sql.join(demoIds.map((id) => sql`${id}`), sql`, `)})`);
    expect((await member.get("/api/v1/market/sla")).status).toBe(403);
  });

  it("registers deals with their contract fields and shows the flows between the cities", async () => {
    const deal = {
      title: "硅光调制器技术许可",
      sellerOrgId: university,
      buyerOrgId: changfei,
      amount: 300,
      signedOn: "2025-09-01",
      contractType: "licensing",
      registrationNo: `2025420200${Date.now() % 1000000}`,
      registeredAmount: 300,
      techTransactionAmount: 260,
      domain: "光电子信息",
    };
    const bad = await member.post("/api/v1/market/deals", { ...deal, techTransactionAmount: 400 });
    expect(bad.status).toBe(422);
    expect((bad.body as ErrorBody).error.fields[0]?.path).toBe("techTransactionAmount");
    const ok = await member.post("/api/v1/market/deals", deal);
    expect(ok.status, ok.text).toBe(201);
    expect((await member.post("/api/v1/market/deals", deal)).status).toBe(409);
    const flows = (await admin.get("/api/v1/market/flows?year=2025")).body as { cells: { from: string; to: string; amount: number; count: number }[] };
    expect(flows.cells.find((c) => c.from === "420200" && c.to === "420100")).toMatchObject({ amount: 300, count: 1 });
    const xlsx = await admin.request("GET", "/api/v1/market/flows.xlsx?year=2025");
    expect(xlsx.status).toBe(200);
    expect((await member.get("/api/v1/market/flows")).status).toBe(403);
  });

  it("suggests supply for a demand with the reasons, and stores feedback", async () => {
    const post = (body: Record<string, unknown>) => member.post("/api/v1/market/achievements", { domain: "光电子信息", transferModes: ["许可"], negotiable: true, published: true, ...body });
    const other = await h.as("otherCity");
    const good = await other.post("/api/v1/market/achievements", { title: "光纤预制棒沉积过程的激光散射在线监测系统", summary: "利用激光散射信号实时监测光纤预制棒沉积层的厚度与均匀性，非接触式测量，已在产线验证。", domain: "光电子信息", trl: 7, transferModes: ["许可"], negotiable: true, published: true, ownerOrgId: university });
    expect(good.status, good.text).toBe(201);
    await post({ title: "一种新能源汽车电池包的热管理结构", summary: "液冷板与相变材料结合的电池包热管理方案。", domain: "新能源与智能网联汽车", trl: 6 });
    const d = await member.post("/api/v1/market/demands", { title: "光纤预制棒沉积厚度在线监测", description: "沉积过程需要非接触式的在线监测手段，实时测量沉积层厚度与均匀性。", domain: "光电子信息", budget: 200, orgId: changfei });
    const demandId = (d.body as { id: string }).id;
    await member.post(`/api/v1/market/demands/${demandId}/publish`, {});
    const res = await member.get(`/api/v1/market/demands/${demandId}/matches?limit=5`);
    expect(res.status, res.text).toBe(200);
    const m = res.body as { items: { id: string; kind: string; reasons: { sharedTerms: string[]; sameDomain: boolean; distanceKm: number | null; text: string[] } }[] };
    const top = m.items[0];
    expect(top?.id).toBe((good.body as { id: string }).id);
    expect(top?.reasons.sameDomain).toBe(true);
    expect(top?.reasons.sharedTerms.length).toBeGreaterThan(0);
    expect(top?.reasons.distanceKm).toBeGreaterThan(0);
    expect(top?.reasons.text.join("；")).toMatch(/共同关键词/);
    // The enterprise's own records are never suggested to it.
    expect(m.items.every((i) => i.id !== demandId)).toBe(true);
    const fb = await member.post("/api/v1/market/feedback", { subjectKind: "demand", subjectId: demandId, targetKind: "achievement", targetId: top?.id, useful: true, rank: 1 });
    expect(fb.status).toBe(200);
    await member.post("/api/v1/market/feedback", { subjectKind: "demand", subjectId: demandId, targetKind: "achievement", targetId: top?.id, useful: false, rank: 1 });
    const again = (await member.get(`/api/v1/market/demands/${demandId}/matches?limit=5`)).body as { items: { id: string; feedback: boolean | null }[] };
    expect(again.items.find((i) => i.id === top?.id)?.feedback).toBe(false);
    const reverse = (await other.get(`/api/v1/market/achievements/${(good.body as { id: string }).id}/matches`)).body as { items: { id: string }[] };
    expect(reverse.items.map((i) => i.id)).toContain(demandId);
  });

  it("imports patents from .xlsx or .csv all or nothing, with row errors, and merges a second import by application number", async () => {
    const nos = [applicationNo(), applicationNo(), applicationNo()];
    const header = ["申请号*", "专利名称*", "摘要", "申请人*", "发明人", "法律状态*", "申请日", "授权公告日", "所在市*", "技术领域", "战略性新兴产业"];
    const line = (no: string, i: number) => [no, `一种光纤传感装置${i}`, "一种用于测量温度的光纤传感装置。", "长飞光纤光缆股份有限公司", "王五；赵六", "有效", "2021-03-01", "2023-02-01", "武汉市", "光电子信息", i === 0 ? "是" : "否"];
    const csv = (rows: string[][]) => [header, ...rows].map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(",")).join("\r\n");
    const form = (text: string, name = "专利.csv", orgId = changfei) => {
      const f = new FormData();
      f.append("file", new File([text], name, { type: "text/csv" }));
      f.append("orgId", orgId);
      return f;
    };
    const ok = await member.post("/api/v1/market/import/patents", form(csv(nos.map(line))));
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body).toMatchObject({ kind: "patent", rows: 3, created: 3, updated: 0 });
    const again = await member.post("/api/v1/market/import/patents", form(csv(nos.map(line))));
    expect(again.body).toMatchObject({ rows: 3, created: 0, updated: 3 });
    const found = (await anonymous.get(`/api/v1/market/search?kind=patent&q=${encodeURIComponent("光纤传感装置")}`)).body as Search;
    expect(found.total).toBeGreaterThanOrEqual(3);

    const wrongDigit = `${nos[0]?.slice(0, 12)}.${nos[0]?.endsWith("1") ? "2" : "1"}`;
    const bad = await member.post("/api/v1/market/import/patents", form(csv([line(applicationNo(), 0), line(wrongDigit, 1), [...line(applicationNo(), 2).slice(0, 8), "上海市", "光电子信息", "也许"]])));
    expect(bad.status).toBe(422);
    const fields = (bad.body as ErrorBody).error.fields.map((f) => `${f.path}: ${f.message}`).join("\n");
    expect(fields).toMatch(/第3行 A（申请号）/);
    expect(fields).toMatch(/第4行 I（所在市）.*上海市/);
    expect(fields).toMatch(/第4行 K（战略性新兴产业）/);
    // Nothing of the rejected file was written (its first row was valid).
    expect((await h.database.db.execute(sql`select count(*)::int as n from market_patents where title = '一种光纤传感装置0'`)) as unknown).toMatchObject({ rows: [{ n: 1 }] });
    const dup = await member.post("/api/v1/market/import/patents", form(csv([line(nos[0] ?? "", 0), line(nos[0] ?? "", 1)])));
    expect(JSON.stringify(dup.body)).toMatch(/与第 2 行重复/);
    const foreign = await (await h.as("otherCity")).post("/api/v1/market/import/patents", form(csv([line(nos[1] ?? "", 0)]), "专利.csv", university));
    expect(foreign.status).toBe(422);
    expect(JSON.stringify(foreign.body)).toMatch(/已由其他单位登记/);
    expect((await member.post("/api/v1/market/import/patents", form(csv([line(applicationNo(), 0)]), "专利.csv", university))).status).toBe(403);
    const headers = await member.post("/api/v1/market/import/patents", form("名称,数量\n甲,1"));
    expect(JSON.stringify(headers.body)).toMatch(/缺少必需的列/);
    const binary = await member.post("/api/v1/market/import/patents", form("\u0000\u0001garbage", "专利.pdf"));
    expect(binary.status).toBe(422);
  });
});
