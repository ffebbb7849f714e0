/**
 * Journey (d): the administrator creates a user with a membership (the server's password rule answering under the
 * password field first), then reads the user's page: memberships, a refused duplicate grant, disabling, history.
 */
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { useStack } from "./support/stack.ts";
import { buttonName, signIn } from "./support/ui.ts";
import { screenshot } from "./support/browser.ts";

const ORG = "长飞光纤光缆股份有限公司";

/** Picks an organisation in an OrgSelect by typing part of its name, inside `scope` (a form). */
async function pickOrg(page: Page, scope: string, search: string, name: string) {
  const input = page.locator(scope).getByLabel("单位", { exact: true });
  await input.click();
  await input.fill(search);
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: name }).click();
}

async function pickRole(page: Page, scope: string, role: string) {
  await page.locator(scope).getByLabel("角色", { exact: true }).click();
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: new RegExp(`^${role}$`) }).click();
}

describe("users", () => {
  const stack = useStack();

  test("create a user with a membership, then manage them on their page", async () => {
    const { page, console } = await stack.newPage();
    await signIn(page, stack.url, "admin", stack.adminPassword);
    await page.locator(".ant-layout-sider").getByText("用户管理", { exact: true }).click();
    await page.getByRole("button", { name: /新建用户/ }).click();
    await page.waitForURL(`${stack.url}/users/new`);

    await page.getByLabel("用户名").fill("wang.wu");
    await page.getByLabel("姓名").fill("王五");
    const password = page.getByLabel("初始密码");
    await password.fill("short");
    await pickOrg(page, "form#user", "长飞", ORG);
    await pickRole(page, "form#user", "成员");
    await page.getByRole("button", { name: buttonName("保存") }).click();
    const passwordError = page.locator(".ant-form-item", { has: password }).locator(".ant-form-item-explain-error");
    await expect.poll(() => passwordError.textContent()).toContain("至少 8 位");

    await password.fill("Wang-Wu-2026");
    await page.getByRole("button", { name: buttonName("保存") }).click();
    await page.waitForURL(/\/users\/[0-9a-f-]{36}$/);
    const memberships = page.locator(".ant-card", { hasText: "所属单位与角色" }).locator(".ant-table-row");
    await memberships.first().waitFor();
    await expect(memberships.count()).resolves.toBe(1);
    await expect(memberships.first().textContent()).resolves.toMatch(new RegExp(`${ORG}.*成员`));

    // The same role twice is refused, and the server says so under the role.
    await pickOrg(page, "form#grant", "长飞", ORG);
    await pickRole(page, "form#grant", "成员");
    await page.getByRole("button", { name: /添加单位角色/ }).click();
    const roleError = page.locator("form#grant .ant-form-item-explain-error");
    await expect.poll(() => roleError.textContent()).toContain("已有");
    await screenshot(page, "d1-user-duplicate-grant");

    await page.getByRole("button", { name: /停用账户/ }).click();
    await page.getByRole("button", { name: /启用账户/ }).waitFor();
    await expect(page.locator(".ant-descriptions").textContent()).resolves.toContain("已停用");

    const events = page.getByTestId("history-event");
    await expect.poll(() => events.count()).toBe(3);
    const texts = await events.allTextContents();
    expect(texts[0]).toMatch(/修改.*停用/);
    expect(texts[1]).toMatch(new RegExp(`授予角色.*${ORG}`));
    expect(texts[2]).toMatch(/创建.*wang\.wu/);
    await screenshot(page, "d2-user-detail");

    expect(console.cspViolations).toEqual([]);
    expect(console.pageErrors).toEqual([]);
  });
});
