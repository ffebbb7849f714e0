/**
 * Journey (c): the administrator registers an organisation, mistypes its credit code, reads the server's
 * explanation under the field, corrects it, finds the organisation in the list and reads its history.
 */
import { describe, expect, test } from "vitest";
import { useStack } from "./support/stack.ts";
import { buttonName, choose, signIn } from "./support/ui.ts";
import { screenshot } from "./support/browser.ts";

describe("organisations", () => {
  const stack = useStack();

  test("create with a bad credit code, fix it, find it in the list, read its history", async () => {
    const name = "武汉光谷测试科技有限公司";
    const { page, console } = await stack.newPage();
    await signIn(page, stack.url, "admin", stack.adminPassword);

    await page.locator(".ant-layout-sider").getByText("单位管理", { exact: true }).click();
    await page.getByRole("button", { name: /新建单位/ }).click();
    await page.waitForURL(`${stack.url}/orgs/new`);
    await page.getByLabel("单位名称").fill(name);
    await choose(page, "单位类型", "企业");
    await choose(page, "所在城市", "湖北省");
    const creditCode = page.getByLabel("统一社会信用代码");
    await creditCode.fill("914200007570131370");
    await page.getByRole("button", { name: buttonName("保存") }).click();

    // The server's message, under the field it concerns (the form item that holds the input).
    const fieldError = page.locator(".ant-form-item", { has: creditCode }).locator(".ant-form-item-explain-error");
    await expect.poll(() => fieldError.textContent()).toContain("应为“P”");
    await expect(creditCode.getAttribute("aria-invalid")).resolves.toBe("true");
    expect(page.url()).toBe(`${stack.url}/orgs/new`);
    await screenshot(page, "c1-credit-code-error");

    await creditCode.fill("91420000757013137P");
    await page.getByRole("button", { name: buttonName("保存") }).click();
    await page.waitForURL(/\/orgs\/[0-9a-f-]{36}$/);
    const detailUrl = page.url();

    await page.locator(".ant-layout-sider").getByText("单位管理", { exact: true }).click();
    await page.getByPlaceholder("单位名称、简称或统一社会信用代码").fill("光谷测试");
    await page.getByPlaceholder("单位名称、简称或统一社会信用代码").press("Enter");
    await page.waitForURL(/[?&]q=/);
    // The new organisation may already be on the unfiltered first page: wait for the search's answer.
    await expect.poll(() => page.locator(".ant-table-row").count()).toBe(1);
    const row = page.locator(".ant-table-row", { hasText: name });
    await expect(row.textContent()).resolves.toContain("91420000757013137P");
    await screenshot(page, "c2-list");

    await row.getByRole("link", { name }).click();
    await page.waitForURL(detailUrl);
    const event = page.getByTestId("history-event");
    await event.first().waitFor();
    await expect(event.count()).resolves.toBe(1);
    const text = await event.first().textContent();
    expect(text).toContain("创建");
    expect(text).toContain("admin");
    expect(text).toContain("91420000757013137P");
    await screenshot(page, "c3-detail-history");

    expect(console.cspViolations).toEqual([]);
    expect(console.pageErrors).toEqual([]);
  });
});
