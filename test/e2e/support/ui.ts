/** Steps a person takes in the UI, written once for every journey. */
import type { Page } from "playwright-core";

/** Ant Design puts a space between two Chinese characters of a button (登 录): match either way. */
export const buttonName = (text: string) => new RegExp([...text].join("\\s*"));

/** Waits until no button shows a spinner: Ant Design ignores clicks on a loading button. */
export async function settled(page: Page): Promise<void> {
  await page.locator(".ant-btn-loading").first().waitFor({ state: "detached" });
}

export async function submitLogin(page: Page, username: string, password: string): Promise<number> {
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await settled(page);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/api/v1/auth/login")),
    page.getByRole("button", { name: buttonName("登录") }).click(),
  ]);
  return response.status();
}

export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  const status = await submitLogin(page, username, password);
  if (status !== 200) throw new Error(`sign-in as ${username} answered ${status}`);
  await page.waitForURL(`${baseUrl}/`);
}

/** Opens an Ant Design select by its label and picks the option whose text is exactly `option`. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: new RegExp(`^${option}$`) }).click();
}
