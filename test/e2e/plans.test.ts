/**
 * Journey (issue 4, point 6): an admin imports the seed plan through the page; an officer of 鄂州市人民政府 signs
 * for a task and reports; the lead unit (省科技厅, the admin's own unit) returns the report once with a reason, the
 * officer reports again, the lead unit approves; the task's light follows each step and the dashboard shows it. The
 * officer's dashboard also shows its city's demand first-response times (the marketplace's SLA card).
 *
 * Dates are chosen so the lights hold on any day of the year (plans/task-status.ts): the plan runs from 1 January
 * of last year to 31 December of this year, quarterly. Progress is held against the plan as of the last quarter's
 * end, which is then between 50 % and 87.5 % of the way: a task without a report is behind plan (yellow), a
 * counted 95 % report is ahead of it (green), and nothing is overdue before the year ends.
 */
import path from "node:path";
import { readFile } from "node:fs/promises";
import { describe, expect, test } from "vitest";
import { useStack } from "./support/stack.ts";
import { apiSignIn, createUserIn } from "./support/api.ts";
import { buttonName, settled, signIn } from "./support/ui.ts";
import { ROOT, screenshot } from "./support/browser.ts";
import { approveReport, lightInRow, lightOnTaskPage, reportsIn, returnReport, submitReport } from "./support/plans.ts";

const PLAN_FILE = path.join(ROOT, "data/guanggu-corridor-action-plan-2023-2025.txt");
/** 二 (三): 省科技厅 leads, the five city governments (鄂州市人民政府 among them) are responsible. */
const TASK = "组织关键核心技术联合攻关";
const OFFICER = { username: "ezhou_officer", password: "Ezhou#Officer2024", orgName: "鄂州市人民政府", role: "officer" };
const year = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()));

describe("plan supervision", () => {
  const stack = useStack({ SEED_PLAN: "0" });

  test("import the plan, sign for and report a task, return it once, approve it; the light and the dashboard follow", async () => {
    const admin = await apiSignIn(stack.url, "admin", stack.adminPassword);
    await createUserIn(stack.url, admin, OFFICER);

    // The admin imports the plan's official text through the page and corrects its dates.
    const { page, console } = await stack.newPage();
    await signIn(page, stack.url, "admin", stack.adminPassword);
    await page.locator(".ant-layout-sider").getByText("计划任务", { exact: true }).click();
    await page.getByRole("button", { name: /导入计划/ }).click();
    await page.waitForURL(`${stack.url}/plans/import`);
    await page.locator('input[type="file"]').setInputFiles(PLAN_FILE);
    await page.getByText("导入预览").waitFor();
    await expect.poll(() => page.locator(".ant-table-row").count()).toBe(10);
    await expect(page.locator('[data-testid="unit-chip"][data-match="matched"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-testid="unit-chip"][data-match="unknown"]').count()).resolves.toBe(0);
    await page.getByLabel("开始日期").fill(`${year - 1}-01-01`);
    await page.getByLabel("结束日期").fill(`${year}-12-31`);
    await screenshot(page, "p1-import-preview");
    await settled(page);
    await page.getByRole("button", { name: /确认导入/ }).click();
    await page.getByText("计划已导入，共 10 项任务").waitFor();
    await screenshot(page, "p2-imported");
    await page.getByRole("button", { name: buttonName("打开计划") }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    await expect.poll(() => lightInRow(page, TASK)).toBe("yellow");
    await screenshot(page, "p3-plan-before-reports");

    // The task table exports as the 任务分工表, the current quarter's 督办通报 as a Word file.
    const [table] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /导出任务分工表/ }).click()]);
    expect(table.suggestedFilename()).toBe("任务分工表.xlsx");
    await page.getByRole("button", { name: /督办通报/ }).click();
    const [bulletin] = await Promise.all([page.waitForEvent("download"), page.locator(".ant-popover").getByRole("button", { name: buttonName("下载") }).click()]);
    expect(bulletin.suggestedFilename()).toMatch(/^督办通报-\d{4}-Q[1-4]\.docx$/);

    await page.getByRole("link", { name: TASK }).click();
    await page.waitForURL(/\/tasks\/[0-9a-f-]{36}$/);
    const taskUrl = page.url();
    await expect.poll(() => lightOnTaskPage(page)).toBe("yellow");
    await expect(page.getByTestId("light-reasons").textContent()).resolves.toContain("落后于计划进度");

    // The officer of 鄂州市人民政府 finds the task in the to-do list, signs for it and reports 95 %.
    const officer = await stack.newPage();
    await signIn(officer.page, stack.url, OFFICER.username, OFFICER.password);
    await officer.page.locator(".ant-layout-sider").getByText("我的待办", { exact: true }).click();
    const toSign = officer.page.getByTestId("todo-acknowledge").getByRole("link", { name: new RegExp(TASK) });
    await toSign.click();
    await officer.page.waitForURL(taskUrl);
    await officer.page.getByRole("button", { name: /签收（鄂州市人民政府）/ }).click();
    await officer.page.getByTestId("acknowledged").first().waitFor();
    await expect(officer.page.locator("form#report").textContent()).resolves.toContain("（本期）");
    await submitReport(officer.page, 95, "已组织鄂州市重点企业申报关键核心技术攻关项目 3 项。", { name: "进展说明.txt", body: "攻关项目申报清单" });
    await reportsIn(officer.page, "submitted").waitFor();
    await expect.poll(() => lightOnTaskPage(officer.page)).toBe("green");
    await screenshot(officer.page, "p4-officer-reported");

    // The lead unit returns it once, with a reason: the report no longer counts and the task is behind again.
    await page.goto(taskUrl);
    await returnReport(page, "请补充攻关项目的立项批复文件。");
    await reportsIn(page, "returned").waitFor();
    await expect(page.getByTestId("return-reason").textContent()).resolves.toContain("请补充攻关项目的立项批复文件");
    await expect.poll(() => lightOnTaskPage(page)).toBe("yellow");
    await screenshot(page, "p5-lead-returned");

    // The officer reads the reason and reports again; the lead unit approves.
    await officer.page.reload();
    await expect(officer.page.getByTestId("return-reason").textContent()).resolves.toContain("立项批复");
    await submitReport(officer.page, 95, "已补充 3 个攻关项目的立项批复文件。");
    await reportsIn(officer.page, "submitted").waitFor();
    await expect.poll(() => lightOnTaskPage(officer.page)).toBe("green");

    await page.reload();
    await approveReport(page);
    await reportsIn(page, "approved").waitFor();
    await expect.poll(() => lightOnTaskPage(page)).toBe("green");
    await expect(reportsIn(page, "returned").count()).resolves.toBe(1);
    await screenshot(page, "p6-lead-approved");

    // The dashboard: the task has left the attention list; one green task in the numbers behind the pie.
    await page.locator(".ant-layout-sider").getByText("督办驾驶舱", { exact: true }).click();
    const attention = page.getByTestId("attention");
    await attention.locator(".ant-table-row").first().waitFor();
    await expect(attention.locator(".ant-table-row").count()).resolves.toBe(9);
    await expect(attention.textContent()).resolves.not.toContain(TASK);
    await expect(page.getByTestId("kpi-card").count()).resolves.toBe(4);
    await expect(page.getByTestId("demo-badge").count()).resolves.toBeGreaterThan(0);
    const pie = page.getByTestId("light-pie");
    await pie.getByRole("switch", { name: "数据" }).click();
    await expect(pie.locator(".ant-table-row", { hasText: "正常" }).textContent()).resolves.toContain("1");
    await page.waitForTimeout(500); // ECharts' entrance animation, for the picture
    await screenshot(page, "p7-dashboard");

    // Its numbers export as CSV that Excel opens in Chinese (UTF-8 with a byte-order mark).
    await pie.getByRole("button", { name: /导出/ }).hover();
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByText("数据（CSV）").click()]);
    const csvText = await readFile(await csv.path(), "utf8");
    expect(csvText.startsWith("\uFEFF")).toBe(true);
    expect(csvText).toContain("正常,1");

    // The officer of 鄂州市人民政府 oversees its city's demands: the dashboard shows it their first-response times.
    await officer.page.locator(".ant-layout-sider").getByText("督办驾驶舱", { exact: true }).click();
    await expect.poll(() => officer.page.getByTestId("sla-card").locator(".ant-card-head").textContent(), { timeout: 90_000 }).toContain("需求首次响应时效");
    await screenshot(officer.page, "p8-officer-dashboard");

    for (const watch of [console, officer.console]) {
      expect(watch.cspViolations).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
    }
  });
});
