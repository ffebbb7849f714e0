/** Steps of the plan-supervision journey in the UI: reading a task's light, reporting, reviewing. */
import type { Page } from "playwright-core";
import { buttonName, settled } from "./ui.ts";

/** The light of the only task light on the page (the task page's header), once the page shows one. */
export async function lightOnTaskPage(page: Page): Promise<string | null> {
  const light = page.getByTestId("task-light");
  await light.first().waitFor();
  return light.first().getAttribute("data-light");
}

export async function lightInRow(page: Page, title: string): Promise<string | null> {
  const row = page.locator(".ant-table-row", { hasText: title });
  await row.waitFor();
  return row.getByTestId("task-light").getAttribute("data-light");
}

/** Fills the 报送进展 form (the period stays at its default, the current one) and submits it. */
export async function submitReport(page: Page, percent: number, text: string, evidence?: { name: string; body: string }): Promise<void> {
  const form = page.locator("form#report");
  await form.getByLabel("累计完成进度").fill(String(percent));
  await form.getByLabel("进展情况").fill(text);
  if (evidence) {
    await form.locator('input[type="file"]').setInputFiles({ name: evidence.name, mimeType: "text/plain", buffer: Buffer.from(evidence.body) });
    await form.locator(".ant-upload-list-item-done").waitFor();
  }
  await settled(page);
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/reports") && r.request().method() === "POST"),
    form.getByRole("button", { name: buttonName("报送") }).click(),
  ]);
}

/** The report items of the task page's timeline in a given review state. */
export const reportsIn = (page: Page, state: "submitted" | "approved" | "returned") => page.locator(`[data-testid="report"][data-state="${state}"]`);

export async function returnReport(page: Page, reason: string): Promise<void> {
  await reportsIn(page, "submitted").getByRole("button", { name: buttonName("退回") }).click();
  const modal = page.locator(".ant-modal");
  await modal.getByLabel("退回原因").fill(reason);
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/return") && r.request().method() === "POST"),
    modal.getByRole("button", { name: buttonName("退回") }).click(),
  ]);
}

export async function approveReport(page: Page): Promise<void> {
  await reportsIn(page, "submitted").getByRole("button", { name: buttonName("通过") }).click();
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/approve") && r.request().method() === "POST"),
    page.locator(".ant-popconfirm").getByRole("button", { name: buttonName("确定") }).click(),
  ]);
}
