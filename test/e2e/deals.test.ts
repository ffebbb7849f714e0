/**
 * Journey (technology market): an officer of 湖北省科学技术厅 (the province, who oversees every city) registers a
 * technology contract sold by 湖北理工学院 (a university in 黄石) to 长飞光纤光缆股份有限公司 (an enterprise in 武汉):
 * the form refuses a 技术交易额 above the 合同成交额 as it is typed, and a second contract with the same 合同登记编号
 * gets the server's refusal under that field. The deal is in the list; the flows page draws it as 黄石（输出） →
 * 武汉（吸纳） with its amount (the Sankey's own data, and the matrix beside it), counts it as flowing across a city
 * border, and exports the flows as the server's .xlsx, which holds the same row. The SLA page shows the five cities.
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import type { Locator, Page } from "playwright-core";
import { useStack } from "./support/stack.ts";
import { apiSignIn, createUserIn } from "./support/api.ts";
import { buttonName, choose, settled, signIn } from "./support/ui.ts";
import { screenshot } from "./support/browser.ts";

const PROVINCE = { username: "province_officer", password: "Province#Officer2024", orgName: "湖北省科学技术厅", role: "officer" };
const SELLER = "湖北理工学院";
const BUYER = "长飞光纤光缆股份有限公司";
const TITLE = "光纤预制棒在线检测技术许可";
const REGISTRATION_NO = "2026420200000123";

/** 技术市场 → an entry in the left navigation (the group is open already on a marketplace page). */
async function openNav(page: Page, label: string): Promise<void> {
  const sider = page.locator(".ant-layout-sider");
  const group = sider.getByRole("menuitem", { name: "技术市场" });
  if ((await group.getAttribute("aria-expanded")) !== "true") await group.click();
  await sider.getByText(label, { exact: true }).click();
}

/** Types part of a name into a search select of the dialog and picks the option that starts with `name`. */
async function pick(page: Page, dialog: Locator, label: string, typed: string, name: string): Promise<void> {
  await dialog.getByLabel(label, { exact: true }).fill(typed);
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: name }).first().click();
}

async function fillDeal(page: Page, dialog: Locator, amount: string): Promise<void> {
  await dialog.getByLabel("项目名称", { exact: true }).fill(TITLE);
  await pick(page, dialog, "卖方（技术输出方）", "湖北理工", SELLER);
  await pick(page, dialog, "买方（技术吸纳方）", "长飞", BUYER);
  await dialog.getByLabel("成交金额（万元）", { exact: true }).fill(amount);
  await choose(page, "合同类别", "技术许可");
  await choose(page, "技术领域", "光电子信息");
  await dialog.getByLabel("合同登记编号", { exact: true }).fill(REGISTRATION_NO);
  await dialog.getByLabel("合同成交额（万元）", { exact: true }).fill(amount);
}

/** The rows of a table inside `card`, each row's cells as trimmed text. */
async function tableRows(card: Locator): Promise<string[][]> {
  const rows = card.locator(".ant-table-tbody .ant-table-row");
  const out: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator("td").allTextContents()).map((s) => s.trim()));
  return out;
}

describe("technology deals and flows", () => {
  const stack = useStack();

  test("a 黄石 university's licence to a 武汉 enterprise is registered, drawn as a 黄石 → 武汉 flow, and exported", async () => {
    const admin = await apiSignIn(stack.url, "admin", stack.adminPassword);
    await createUserIn(stack.url, admin, PROVINCE);

    const { page, console } = await stack.newPage();
    await signIn(page, stack.url, PROVINCE.username, PROVINCE.password);

    // 登记成交 from the deals list.
    await openNav(page, "技术合同成交");
    await page.getByTestId("deal-table").waitFor();
    await page.getByRole("button", { name: buttonName("登记成交") }).click();
    const dialog = page.locator(".ant-modal", { hasText: "技术合同认定登记" });
    await fillDeal(page, dialog, "150");

    // 技术交易额 above 合同成交额 is refused while typing; within it, the message goes.
    const tech = dialog.getByLabel("技术交易额（万元）", { exact: true });
    await tech.fill("180");
    // A `has` locator is matched inside the outer one, so it starts from the page, not from the dialog.
    const techItem = dialog.locator(".ant-form-item", { has: page.getByLabel("技术交易额（万元）", { exact: true }) });
    await expect.poll(() => techItem.locator(".ant-form-item-explain-error").textContent()).toBe("技术交易额（180 万元）不能大于合同成交额（150 万元）");
    await tech.fill("120");
    await techItem.locator(".ant-form-item-explain-error").waitFor({ state: "detached" });
    await screenshot(page, "d1-deal-form");

    await settled(page);
    const [created] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/api/v1/market/deals") && r.request().method() === "POST"),
      dialog.getByRole("button", { name: buttonName("登记") }).click(),
    ]);
    expect(created.status()).toBe(201);
    const row = page.getByTestId("deal-table").locator(".ant-table-row", { hasText: TITLE });
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(new RegExp(`${SELLER}.*黄石市.*${BUYER}.*武汉市.*技术许可.*150\\.00.*120\\.00`));

    // The same 合同登记编号 again: the server refuses, and says so under the field.
    await page.getByRole("button", { name: buttonName("登记成交") }).click();
    const again = page.locator(".ant-modal", { hasText: "技术合同认定登记" });
    await fillDeal(page, again, "80");
    await settled(page);
    const [refused] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/api/v1/market/deals") && r.request().method() === "POST"),
      again.getByRole("button", { name: buttonName("登记") }).click(),
    ]);
    expect(refused.status()).toBe(409);
    const numberItem = again.locator(".ant-form-item", { has: page.getByLabel("合同登记编号", { exact: true }) });
    await expect.poll(() => numberItem.locator(".ant-form-item-explain-error").textContent()).toBe(`技术合同登记编号 ${REGISTRATION_NO} 已登记，一份合同只能登记一次`);
    await again.getByRole("button", { name: buttonName("取消") }).click();

    // The flows: the Sankey's data has the 黄石 → 武汉 link with its amount, and the matrix agrees.
    await openNav(page, "五市技术流向");
    const sankey = page.getByTestId("flow-sankey");
    await sankey.locator("canvas").waitFor();
    await sankey.getByRole("switch", { name: "数据" }).click();
    await expect.poll(() => tableRows(sankey)).toEqual([["黄石（输出）", "武汉（吸纳）", "150"]]);
    const matrix = page.getByTestId("flow-matrix");
    const headings = (await matrix.locator("thead th").allTextContents()).map((h) => h.trim());
    const huangshi = (await tableRows(matrix)).find((r) => r[0] === "黄石");
    expect(huangshi?.[headings.indexOf("武汉")]).toBe("150");
    expect(huangshi?.[headings.indexOf("合计")]).toBe("150");
    await expect(page.getByTestId("total-amount").textContent()).resolves.toContain("150");
    await expect(page.getByTestId("cross-city-share").textContent()).resolves.toContain("100%");
    await page.waitForTimeout(500); // ECharts' entrance animation, for the picture
    await screenshot(page, "d2-flows");

    // By number of deals, the same link counts one.
    await page.getByTestId("flows-page").locator(".ant-segmented").getByText("项数", { exact: true }).click();
    await expect.poll(() => page.getByTestId("flows-page").getAttribute("data-measure")).toBe("count");
    await expect.poll(() => tableRows(sankey)).toEqual([["黄石（输出）", "武汉（吸纳）", "1"]]);

    // The province's export: the server's workbook, with the flow in it.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /导出流向 Excel/ }).click()]);
    expect(download.suggestedFilename()).toBe("技术流向.xlsx");
    const workbook = new ExcelJS.Workbook();
    // A copy in a fresh Uint8Array is backed by an ArrayBuffer of its own, the type exceljs asks for.
    await workbook.xlsx.load(new Uint8Array(await readFile(await download.path())).buffer);
    const sheet = workbook.worksheets[0];
    const cells: unknown[][] = [];
    sheet?.eachRow((r) => cells.push(Array.isArray(r.values) ? r.values.slice(1) : []));
    expect(cells[0]).toEqual(["输出城市（卖方）", "吸纳城市（买方）", "成交额（万元）", "项数"]);
    expect(cells).toContainEqual(["黄石市", "武汉市", 150, 1]);

    // The SLA page answers for every city the province oversees. Its first read flags every demo demand that has
    // waited 48 hours, one audit event each, before it answers: on a busy machine that takes a while.
    await openNav(page, "需求响应时效");
    await expect.poll(async () => (await tableRows(page.getByTestId("sla-numbers"))).map((r) => r[0]), { timeout: 90_000 }).toEqual(["武汉市", "黄石市", "鄂州市", "黄冈市", "咸宁市"]);
    await page.getByTestId("overdue-table").waitFor();
    await screenshot(page, "d3-sla");

    expect(console.cspViolations).toEqual([]);
    expect(console.pageErrors).toEqual([]);
  });
});
