/**
 * Journeys (technology marketplace): a member of 长飞光纤光缆股份有限公司 posts a demand from 我的发布, publishes it
 * (the 48-hour clock starts) and reads the suggested matches with their reasons; the university's achievement is
 * among them with a 共同关键词 reason, is marked 有用 (the answer stays after a reload), and 联系对接 shows the
 * university's contact. The university's member opens its achievement, finds the demand among those it could
 * serve and answers it in the university's name; it sees its answer on the demand, the enterprise sees the answer
 * and the clock stopped. An anonymous visitor finds the achievement on the public portal from the sign-in page,
 * with its marked snippet, opens it and its patent, and is asked to sign in to get in touch. The university's member
 * imports achievements from a .csv from 我的发布 (批量导入): a bad row refuses the whole file with the row, column
 * and reason in Chinese and a report to download; the corrected file is imported and its records are in 我的发布.
 *
 * The supply is seeded once through the API by the university's member: an achievement and a patent on silicon
 * modulators (sharing words with the demand), and an unrelated BeiDou achievement so the words have a corpus.
 */
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { useStack } from "./support/stack.ts";
import { apiSignIn, createUserIn } from "./support/api.ts";
import { buttonName, choose, settled, signIn } from "./support/ui.ts";
import { screenshot } from "./support/browser.ts";
import { patentCheckChar } from "../../src/shared/patent-number.ts";
import { MARKET_TEMPLATES } from "../../src/server/modules/market/import-sheet.ts";

const ENTERPRISE = "长飞光纤光缆股份有限公司";
const UNIVERSITY = "湖北理工学院";
const BUYER = { username: "changfei_member", password: "Changfei#Member2024", orgName: ENTERPRISE, role: "member" };
const SELLER = { username: "hbpu_member", password: "Hbpu#Member2024", orgName: UNIVERSITY, role: "member" };

const ACHIEVEMENT = "硅基电光调制器芯片及其封装技术";
const DEMAND = "数据中心光模块用高速硅基调制器芯片";
const PATENT = "一种硅基电光调制器及其制备方法";
const PATENT_DIGITS = "201310456789";

type Session = Awaited<ReturnType<typeof apiSignIn>>;

/** A POST through the API as the given session; the new record's id. */
async function post(baseUrl: string, session: Session, path: string, body: unknown): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: session.cookie, "x-csrf-token": session.csrf },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { id?: string };
  if (!res.ok || !json.id) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(json)}`);
  return json.id;
}

async function seedSupply(baseUrl: string, seller: Session, orgId: string) {
  const achievementId = await post(baseUrl, seller, "/market/achievements", {
    title: ACHIEVEMENT,
    summary: "面向数据中心光互连的硅基电光调制器芯片，调制带宽超过 60GHz，已完成中试验证，配套倒装封装工艺，可用于 400G/800G 光模块。",
    domain: "光电子信息",
    trl: 6,
    transferModes: ["许可", "合作开发"],
    price: 120,
    ownerOrgId: orgId,
    contactName: "王老师",
    contactPhone: "0714-6358888",
    published: true,
  });
  await post(baseUrl, seller, "/market/achievements", {
    title: "北斗高精度定位授时终端",
    summary: "基于北斗三号信号的厘米级定位与纳秒级授时终端，适用于电力、交通等行业的时间同步。",
    domain: "北斗",
    trl: 7,
    transferModes: ["转让"],
    negotiable: true,
    ownerOrgId: orgId,
    published: true,
  });
  await post(baseUrl, seller, "/market/patents", {
    applicationNo: `${PATENT_DIGITS}.${patentCheckChar(PATENT_DIGITS)}`,
    title: PATENT,
    abstract: "本发明公开了一种硅基电光调制器，采用行波电极与载流子耗尽型相移器，提高调制带宽并降低驱动电压。",
    applicants: [UNIVERSITY],
    inventors: ["李明", "张华"],
    legalStatus: "有效",
    ipc: ["G02F 1/025"],
    ownerOrgId: orgId,
    cityCode: "420200",
    domain: "光电子信息",
    filingDate: "2013-05-10",
    grantDate: "2016-08-03",
    published: true,
  });
  return { achievementId };
}

/** A .csv of achievements as someone saves the template from Excel: the template's headers, then one line per row. */
function achievementsCsv(rows: string[][]): Buffer {
  const header = MARKET_TEMPLATES.achievement.columns.map((c) => c.header);
  return Buffer.from(`\uFEFF${[header, ...rows].map((r) => r.join(",")).join("\r\n")}\r\n`, "utf8");
}

const IMPORTED = ["基于光纤光栅的分布式温度传感阵列", "高功率半导体激光器巴条封装工艺"];
/** 成果名称, 成果简介, 技术领域, TRL, 转化方式, 价格（万元）, 面议, 联系人, 联系电话, 公开. */
const importRow = (title: string, trl: string) => [title, `${title}，已完成样机验证，可用于电力与工业在线监测。`, "光电子信息", trl, "许可；合作开发", "", "是", "王老师", "0714-6358888", "否"];

/** 技术市场 → 我的发布 in the left navigation (the group is open already on a marketplace page). */
async function openMine(page: Page): Promise<void> {
  const sider = page.locator(".ant-layout-sider");
  const group = sider.getByRole("menuitem", { name: "技术市场" });
  if ((await group.getAttribute("aria-expanded")) !== "true") await group.click();
  await sider.getByText("我的发布", { exact: true }).click();
  await page.waitForURL(/\/market\/mine/);
}

describe("technology marketplace", () => {
  const stack = useStack();
  let achievementId = "";

  beforeAll(async () => {
    const admin = await apiSignIn(stack.url, "admin", stack.adminPassword);
    await createUserIn(stack.url, admin, BUYER);
    const universityId = await createUserIn(stack.url, admin, SELLER);
    const seller = await apiSignIn(stack.url, SELLER.username, SELLER.password);
    ({ achievementId } = await seedSupply(stack.url, seller, universityId));
  });

  test("an enterprise posts a demand, reads explained matches and gets in touch; the university answers", async () => {
    // The enterprise's member posts a demand from 我的发布; it is saved as a draft.
    const buyer = await stack.newPage();
    await signIn(buyer.page, stack.url, BUYER.username, BUYER.password);
    await buyer.page.locator(".ant-layout-header").getByRole("link", { name: /公开检索/ }).waitFor();
    await openMine(buyer.page);
    await buyer.page.getByTestId("mine-create").click();
    await buyer.page.waitForURL(/\/market\/demands\/new$/);
    const form = buyer.page.locator("form#demand");
    await form.getByLabel("需求名称").fill(DEMAND);
    await form.getByLabel("需求描述").fill("我司 800G 光模块产品需要调制带宽 60GHz 以上的硅基电光调制器芯片及封装方案，希望与高校合作开发或获得技术许可。");
    await choose(buyer.page, "所属领域", "光电子信息");
    await form.getByLabel("预算").fill("200");
    await settled(buyer.page);
    const [created] = await Promise.all([
      buyer.page.waitForResponse((r) => r.url().endsWith("/api/v1/market/demands") && r.request().method() === "POST"),
      form.getByRole("button", { name: buttonName("保存") }).click(),
    ]);
    expect(created.status()).toBe(201);
    await buyer.page.waitForURL(/\/market\/demands\/[0-9a-f-]{36}$/);
    const demandUrl = buyer.page.url();
    const demandId = demandUrl.split("/").pop() ?? "";
    await expect(buyer.page.getByTestId("demand-status").getAttribute("data-status")).resolves.toBe("draft");
    await expect(buyer.page.getByTestId("response-clock").getAttribute("data-state")).resolves.toBe("draft");

    // 发布: the clock starts.
    await buyer.page.getByTestId("demand-publish").click();
    await Promise.all([
      buyer.page.waitForResponse((r) => r.url().endsWith(`/demands/${demandId}/publish`) && r.ok()),
      buyer.page.locator(".ant-popconfirm").getByRole("button", { name: buttonName("确定") }).click(),
    ]);
    await expect.poll(() => buyer.page.getByTestId("demand-status").getAttribute("data-status")).toBe("published");
    await expect.poll(() => buyer.page.getByTestId("response-clock").getAttribute("data-state")).toBe("waiting");
    await expect(buyer.page.getByTestId("response-clock").textContent()).resolves.toContain("尚未响应");

    // 推荐对接: the university's achievement, explained.
    const match = buyer.page.locator(`[data-testid="match"][data-id="${achievementId}"]`);
    await match.waitFor();
    await expect(match.getByTestId("match-title").textContent()).resolves.toBe(ACHIEVEMENT);
    await expect(match.getByTestId("match-org").textContent()).resolves.toContain(UNIVERSITY);
    const reasons = await match.getByTestId("match-reason").allTextContents();
    expect(reasons.some((r) => r.startsWith("共同关键词："))).toBe(true);
    expect(reasons).toContain("同属光电子信息领域");
    expect(reasons.some((r) => /两地相距约 \d+ 公里/.test(r))).toBe(true);
    await screenshot(buyer.page, "m1-demand-matches");

    // 有用 is stored and shown again after a reload.
    await Promise.all([
      buyer.page.waitForResponse((r) => r.url().endsWith("/api/v1/market/feedback") && r.ok()),
      match.getByTestId("match-useful").click(),
    ]);
    await expect.poll(() => match.getByTestId("match-useful").getAttribute("aria-pressed")).toBe("true");
    await buyer.page.reload();
    await expect.poll(() => buyer.page.locator(`[data-testid="match"][data-id="${achievementId}"]`).getByTestId("match-useful").getAttribute("aria-pressed")).toBe("true");

    // 联系对接 shows the university and its contact.
    await match.getByTestId("match-contact").click();
    const contact = buyer.page.getByTestId("contact-details");
    await contact.waitFor();
    await expect(contact.textContent()).resolves.toContain(UNIVERSITY);
    await expect(contact.textContent()).resolves.toContain("王老师");
    await expect(contact.textContent()).resolves.toContain("0714-6358888");
    await buyer.page.locator(".ant-modal-footer").getByRole("button", { name: buttonName("关闭") }).click();

    // The university's member finds the demand among those its achievement could serve, and answers it.
    const university = await stack.newPage();
    await signIn(university.page, stack.url, SELLER.username, SELLER.password);
    await university.page.goto(`${stack.url}/market/achievements/${achievementId}`);
    const served = university.page.locator(`[data-testid="match"][data-id="${demandId}"]`);
    await served.waitFor();
    await expect(served.getByTestId("match-org").textContent()).resolves.toContain(ENTERPRISE);
    await served.getByTestId("match-contact").click();
    const respond = university.page.locator(".ant-modal", { hasText: `响应需求：${DEMAND}` });
    await expect(respond.textContent()).resolves.toContain(`关联成果：${ACHIEVEMENT}`);
    await respond.getByLabel("对接说明").fill("我校硅光团队可提供 60GHz 调制器芯片样片并合作开发封装，联系人王老师 0714-6358888。");
    await settled(university.page);
    await Promise.all([
      university.page.waitForResponse((r) => r.url().endsWith(`/demands/${demandId}/responses`) && r.request().method() === "POST" && r.status() === 201),
      respond.getByRole("button", { name: buttonName("提交响应") }).click(),
    ]);
    await served.getByTestId("match-responded").waitFor();
    await screenshot(university.page, "m2-university-answered");

    // On the demand's page the university sees its own answer.
    await served.getByTestId("match-title").click();
    await university.page.waitForURL(demandUrl);
    await expect.poll(() => university.page.getByTestId("responses-title").getAttribute("data-count")).toBe("1");
    await expect(university.page.getByTestId("demand-response").textContent()).resolves.toContain("60GHz 调制器芯片样片");

    // The enterprise sees the answer, and the clock stopped.
    await buyer.page.reload();
    await expect.poll(() => buyer.page.getByTestId("responses-title").getAttribute("data-count")).toBe("1");
    await expect(buyer.page.getByTestId("response-org").textContent()).resolves.toBe(UNIVERSITY);
    await expect(buyer.page.getByTestId("response-clock").getAttribute("data-state")).resolves.toBe("responded");
    await screenshot(buyer.page, "m3-demand-answered");

    // 我的发布 lists the published demand; its row unfolds to the answer.
    await openMine(buyer.page);
    const row = buyer.page.locator(".ant-table-row", { hasText: DEMAND });
    await expect.poll(() => row.getByTestId("row-state").getAttribute("data-state")).toBe("published");
    await row.locator(".ant-table-row-expand-icon").click();
    await expect(buyer.page.getByTestId("demand-response").first().textContent()).resolves.toContain(UNIVERSITY);

    expect(buyer.console.pageErrors).toEqual([]);
    expect(university.console.pageErrors).toEqual([]);
  });

  test("a university registers a patent, checked as it is typed", async () => {
    const { page, console } = await stack.newPage();
    await signIn(page, stack.url, SELLER.username, SELLER.password);
    await openMine(page);
    await page.getByRole("tab", { name: "专利" }).click();
    await page.getByTestId("mine-create").click();
    await page.waitForURL(/\/market\/patents\/new$/);
    const form = page.locator("form#patent");
    const digits = "202210987654";
    const check = patentCheckChar(digits);
    const field = (label: string) => form.locator(".ant-form-item", { has: page.getByLabel(label, { exact: true }) });

    // A wrong check character: the message names the right one.
    await form.getByLabel("申请号").fill(`${digits}.${check === "1" ? "2" : "1"}`);
    await expect.poll(() => field("申请号").locator(".ant-form-item-explain-error").textContent()).toContain(`应为“${check}”`);
    await form.getByLabel("申请号").fill(`${digits}.${check}`);
    await expect.poll(() => field("申请号").locator(".ant-form-item-explain-error").count()).toBe(0);
    await expect(field("专利类型").textContent()).resolves.toContain("按申请号为发明");

    await form.getByLabel("专利名称").fill("一种硅基微环调制器的热调谐方法");
    await form.getByLabel("申请人（专利权人）").fill(`${UNIVERSITY}；武汉大学`);
    await form.getByLabel("发明人").fill("李明、王芳");
    await form.getByLabel("IPC 分类号").fill("G02F1/025；G02F 1/01");
    await form.getByLabel("申请日").fill("2022-06-01");
    // 有效 needs a grant date, and the grant cannot come before the filing.
    await choose(page, "法律状态", "有效");
    await form.getByLabel("授权公告日").fill("2022-01-01");
    await expect.poll(() => field("授权公告日").locator(".ant-form-item-explain-error").textContent()).toContain("不能早于申请日");
    await form.getByLabel("授权公告日").fill("2023-09-15");
    await form.getByText("属于战略性新兴产业").click();
    await expect.poll(() => page.getByTestId("high-value-preview").textContent()).toContain("战略性新兴产业的发明专利");
    await screenshot(page, "m6-patent-form");
    await settled(page);
    const [saved] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/api/v1/market/patents") && r.request().method() === "POST"),
      form.getByRole("button", { name: buttonName("保存") }).click(),
    ]);
    expect(saved.status()).toBe(200);
    await page.waitForURL(/\/market\/patents\/[0-9a-f-]{36}$/);
    const details = page.getByTestId("record-details");
    await expect(details.textContent()).resolves.toContain("G02F 1/025");
    await expect(details.textContent()).resolves.toContain("武汉大学");
    await expect(page.getByTestId("high-value").textContent()).resolves.toContain("战略性新兴产业的发明专利");
    expect(console.pageErrors).toEqual([]);
  });

  test("an anonymous visitor finds the supply on the public portal and opens its records", async () => {
    const { page, console } = await stack.newPage();
    await page.goto(`${stack.url}/login`);
    await page.getByTestId("portal-link").click();
    await page.waitForURL(`${stack.url}/portal`);
    await page.getByRole("heading", { name: "科技成果与需求公开检索" }).waitFor();

    const box = page.getByPlaceholder("输入技术关键词、成果或专利名称、单位、发明人");
    await box.fill("硅基调制器");
    await Promise.all([page.waitForResponse((r) => r.url().includes("/api/v1/market/search?q=") && r.ok()), box.press("Enter")]);
    const hit = page.locator('[data-testid="search-result"]', { hasText: ACHIEVEMENT });
    await hit.waitFor();
    await expect(hit.locator("mark").count()).resolves.toBeGreaterThan(0);
    await expect(page.getByTestId("kind-tab-achievement").textContent()).resolves.toMatch(/成果 [1-9]/);
    await expect(page.getByTestId("kind-tab-patent").textContent()).resolves.toMatch(/专利 [1-9]/);

    // The 成果 tab with a minimum TRL, then the record.
    await page.getByTestId("kind-tab-achievement").click();
    await choose(page, "最低成熟度", "TRL 6 及以上");
    await expect.poll(() => page.locator('[data-testid="search-result"]').count()).toBeGreaterThan(0);
    await expect(page.locator('[data-testid="search-result"][data-kind="patent"]').count()).resolves.toBe(0);
    await screenshot(page, "m4-portal-search");
    await page.locator('[data-testid="search-result"]', { hasText: ACHIEVEMENT }).getByRole("link", { name: ACHIEVEMENT }).click();
    await page.waitForURL(/\/portal\/achievements\/[0-9a-f-]{36}$/);
    const details = page.getByTestId("record-details");
    await details.waitFor();
    await expect(details.textContent()).resolves.toContain("TRL 6");
    await expect(details.textContent()).resolves.toContain(UNIVERSITY);
    await expect(page.getByTestId("record-price").textContent()).resolves.toBe("120 万元");
    await expect(page.getByTestId("contact-action").textContent()).resolves.toContain("登录后联系对接");
    await expect(details.textContent()).resolves.not.toContain("0714-6358888");

    // Back to the search, then the patent with its 高价值 categories.
    await page.getByRole("button", { name: /返回检索/ }).click();
    await page.getByTestId("kind-tab-patent").click();
    await page.locator('[data-testid="search-result"]', { hasText: PATENT }).getByRole("link", { name: PATENT }).click();
    await page.waitForURL(/\/portal\/patents\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId("record-details").textContent()).resolves.toContain(`${PATENT_DIGITS}.${patentCheckChar(PATENT_DIGITS)}`);
    await expect(page.getByTestId("high-value").textContent()).resolves.toContain("维持年限超过10年的发明专利");
    await screenshot(page, "m5-portal-patent");

    // The portal reads in English too.
    await page.locator(".ant-segmented").getByText("English").click();
    await expect(page.getByTestId("contact-action").textContent()).resolves.toContain("Sign in to get in touch");

    // A record nobody published is not there.
    await page.goto(`${stack.url}/portal/demands/00000000-0000-4000-8000-000000000000`);
    await page.getByText("Page not found").waitFor();
    expect(console.pageErrors).toEqual([]);
    expect(console.cspViolations).toEqual([]);
  });

  test("a university imports achievements from a .csv: a bad row refuses the whole file, the corrected file is imported", async () => {
    const { page, console } = await stack.newPage();
    await signIn(page, stack.url, SELLER.username, SELLER.password);
    await openMine(page);
    await page.getByTestId("mine-import").click();
    await page.waitForURL(/\/market\/import/);
    await page.locator(".ant-radio-button-wrapper", { hasText: "科技成果" }).click();
    await expect.poll(() => page.locator("form").textContent()).toContain(UNIVERSITY);
    const upload = page.locator('input[type="file"]');

    // The second data row (sheet row 3) has TRL 12: the file is refused at that row and column (its letter and
    // header, as the server names it), nothing written.
    await upload.setInputFiles({ name: "成果清单.csv", mimeType: "text/csv", buffer: achievementsCsv([importRow(IMPORTED[0] ?? "", "6"), importRow(IMPORTED[1] ?? "", "12")]) });
    const rejected = page.getByTestId("import-rejected");
    await rejected.waitFor();
    await expect(rejected.getByRole("alert").textContent()).resolves.toContain("没有写入任何数据");
    const errors = page.getByTestId("import-errors").locator(".ant-table-row");
    await expect(errors.count()).resolves.toBe(1);
    await expect(errors.locator("td").allTextContents()).resolves.toEqual(["3", "D（技术成熟度（TRL 1–9））", "技术成熟度 12 不在 1–9 之间"]);
    await expect(page.getByTestId("import-errors-xlsx").isVisible()).resolves.toBe(true);
    const [report] = await Promise.all([page.waitForEvent("download"), page.getByTestId("import-errors-csv").click()]);
    expect(report.suggestedFilename()).toBe("成果清单-错误清单.csv");
    await expect(readFile(await report.path(), "utf8")).resolves.toContain("3,D（技术成熟度（TRL 1–9））,技术成熟度 12 不在 1–9 之间");
    await screenshot(page, "m7-import-rejected");

    // The corrected file: both rows are imported, and 我的发布 lists them.
    await page.getByTestId("import-again").click();
    await upload.setInputFiles({ name: "成果清单.csv", mimeType: "text/csv", buffer: achievementsCsv([importRow(IMPORTED[0] ?? "", "6"), importRow(IMPORTED[1] ?? "", "7")]) });
    const summary = page.getByTestId("import-summary");
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain("新增 2 条，更新 0 条");
    await screenshot(page, "m8-import-done");
    await page.getByTestId("import-to-mine").click();
    await page.waitForURL(/\/market\/mine\?kind=achievement/);
    await page.locator(".ant-table-row", { hasText: IMPORTED[1] ?? "" }).waitFor();
    expect(console.pageErrors).toEqual([]);
  });
});
