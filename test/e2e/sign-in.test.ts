/** Journey (a): the administrator signs in and finds the platform's frame: navigation by module, counts, languages. */
import { describe, expect, test } from "vitest";
import { useStack } from "./support/stack.ts";
import { signIn, submitLogin } from "./support/ui.ts";
import { screenshot } from "./support/browser.ts";

describe("sign in", () => {
  const stack = useStack();

  test("admin signs in and sees the layout, in Chinese and in English", async () => {
    const { page, console } = await stack.newPage();
    await page.goto(`${stack.url}/orgs`);
    await page.waitForURL(/\/login\?next=%2Forgs$/);
    await screenshot(page, "a1-login");

    expect(await submitLogin(page, "admin", "wrong-password")).toBe(401);
    await expect.poll(() => page.locator(".ant-alert").textContent()).toContain("用户名或密码错误");

    await signIn(page, stack.url, "admin", stack.adminPassword);
    const nav = page.locator(".ant-layout-sider .ant-menu");
    for (const item of ["工作台", "单位管理", "用户管理", "账户"]) await nav.getByText(item, { exact: true }).waitFor();
    await expect(page.getByTestId("current-user").textContent()).resolves.toBeTruthy();
    // The dashboard counts what the server holds: the seeded organisations.
    const orgCount = page.locator(".ant-statistic", { hasText: "单位" }).first().locator(".ant-statistic-content-value");
    await expect.poll(async () => Number(await orgCount.textContent())).toBeGreaterThan(0);
    await screenshot(page, "a2-home-zh");

    await page.getByText("English", { exact: true }).click();
    await nav.getByText("Organisations", { exact: true }).click();
    await page.waitForURL(`${stack.url}/orgs`);
    await page.locator(".ant-table-row").first().waitFor();
    await expect(page.locator(".ant-table-thead").textContent()).resolves.toContain("Unified social credit code");
    // Ant Design's own texts follow the switch too (its pagination locale).
    await expect(page.locator(".ant-pagination").textContent()).resolves.toMatch(/in all/);
    await screenshot(page, "a3-orgs-en");

    await page.getByText("中文", { exact: true }).click();
    await nav.getByText("单位管理", { exact: true }).waitFor();

    expect(console.cspViolations).toEqual([]);
    expect(console.pageErrors).toEqual([]);
  });
});
