/** Journey (b): a user who gets the password wrong five times is locked out, and the login page says so. */
import { describe, expect, test } from "vitest";
import { useStack } from "./support/stack.ts";
import { apiSignIn, createMember } from "./support/api.ts";
import { submitLogin } from "./support/ui.ts";
import { screenshot } from "./support/browser.ts";

describe("lockout", () => {
  const stack = useStack();

  test("five failed sign-ins lock the account and the login page shows the lockout message", async () => {
    const password = "Member-Pass-2026";
    await createMember(stack.url, await apiSignIn(stack.url, "admin", stack.adminPassword), "lin.member", password);

    const { page, console } = await stack.newPage();
    await page.goto(`${stack.url}/login`);
    const alert = page.locator(".ant-alert");
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await submitLogin(page, "lin.member", `wrong-${attempt}`)).toBe(401);
      await expect.poll(() => alert.textContent()).toContain("用户名或密码错误");
    }
    expect(await submitLogin(page, "lin.member", "wrong-5")).toBe(403);
    await expect.poll(() => alert.textContent()).toContain("锁定");
    await expect(alert.textContent()).resolves.toMatch(/\d+ 分钟/);
    await screenshot(page, "b1-locked");

    // Locked means locked: the right password is refused too, with the same message, and no session is made.
    expect(await submitLogin(page, "lin.member", password)).toBe(403);
    await expect.poll(() => alert.textContent()).toContain("锁定");
    expect(page.url()).toContain("/login");

    expect(console.cspViolations).toEqual([]);
    expect(console.pageErrors).toEqual([]);
  });
});
