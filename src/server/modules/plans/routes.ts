/** /api/v1: plans (督办), tasks, progress reports, indicators and the dashboard. Thin: parse → one service call. */
import { createRoute } from "@hono/zod-openapi";
import { z } from "../../platform/validation.ts";
import { binaryContent, createRouter, ctxOf, FileForm, errorResponses, IdParam, jsonBody, jsonContent, pageOf } from "../../platform/http.ts";
import { attachment, DOCX_MIME, XLSX_MIME } from "../../platform/export.ts";
import { fieldError } from "../../platform/errors.ts";
import { AcknowledgeBody, Plan, PlanCreate, PlanParams, PlanPreview, PreviewRequest, ReportBody, ReturnBody, Task, TaskListQuery, TodoItem } from "./contract.ts";
import { createPlan, previewPlan, previewUploadedPlan } from "./service/import.ts";
import { getPlan, listPlans, listPlanTasks, todoList } from "./service/plans.ts";
import { getTask, taskView } from "./service/tasks.ts";
import { acknowledgeTask, closePlan, currentPeriod, reviewProgressReport, submitProgressReport } from "./service/progress.ts";
import { listIndicators, setIndicatorValue } from "./service/indicators.ts";
import { dashboard } from "./service/dashboard.ts";
import { bulletinDocx, taskTableXlsx } from "./service/exports.ts";
import { evidenceFile } from "./service/evidence.ts";
import { isRegionCode } from "../../../shared/regions.ts";
import type { PeriodKind } from "../../../shared/periods.ts";

const Ok = z.object({ id: z.string(), status: z.string() });
const ValueParams = z.object({ id: z.uuid(), cityCode: z.string().regex(/^\d{6}$/), year: z.coerce.number().int().min(1990).max(2100) });
const ValueBody = z.object({
  value: z.number().finite().nullish(),
  numerator: z.number().finite().nonnegative().nullish(),
  denominator: z.number().finite().positive().nullish(),
  sourceKind: z.enum(["official", "secondary", "forecast", "lower_bound", "demo"]),
  source: z.string().trim().min(2).max(300),
  sourceUrl: z.url().max(500).nullish(),
  note: z.string().max(1000).nullish(),
});
const BulletinQuery = z.object({ period: z.string().max(10).optional() });
const EvidenceParams = z.object({ id: z.uuid(), fileId: z.uuid() });

export function planRoutes() {
  const r = createRouter();

  r.openapi(
    createRoute({ method: "post", path: "/plans/preview", tags: ["plans"], summary: "解析计划文本（预览，不保存） Preview a plan text", request: jsonBody(PreviewRequest), responses: { 200: jsonContent(PlanPreview), ...errorResponses(401, 403, 413, 422) } }),
    async (c) => c.json(await previewPlan(ctxOf(c), c.req.valid("json").text, c.get("lang")), 200),
  );

  r.openapi(
    createRoute({
      method: "post",
      path: "/plans/preview/file",
      tags: ["plans"],
      summary: "上传 .txt/.docx 预览 Preview an uploaded plan file",
      request: { body: { required: true, content: { "multipart/form-data": { schema: FileForm } } } },
      responses: { 200: jsonContent(PlanPreview.extend({ text: z.string() })), ...errorResponses(401, 403, 413, 422) },
    }),
    async (c) => c.json(await previewUploadedPlan(ctxOf(c), (await c.req.parseBody())["file"], c.get("lang")), 200),
  );

  r.openapi(
    createRoute({ method: "post", path: "/plans", tags: ["plans"], summary: "确认导入计划 Create a plan from its (corrected) preview", request: jsonBody(PlanCreate), responses: { 201: jsonContent(z.object({ id: z.string(), tasks: z.number(), pendingOrganisations: z.array(z.string()) })), ...errorResponses(401, 403, 413, 422) } }),
    async (c) => c.json(await createPlan(ctxOf(c), c.req.valid("json")), 201),
  );

  r.openapi(
    createRoute({ method: "get", path: "/plans", tags: ["plans"], summary: "计划列表 Plans", responses: { 200: jsonContent(z.object({ items: z.array(Plan) })), ...errorResponses(401) } }),
    async (c) => c.json({ items: await listPlans(ctxOf(c), c.get("lang")) }, 200),
  );

  r.openapi(
    createRoute({ method: "get", path: "/plans/{planId}", tags: ["plans"], summary: "计划详情 A plan", request: { params: PlanParams }, responses: { 200: jsonContent(Plan), ...errorResponses(401, 404, 422) } }),
    async (c) => c.json(await getPlan(ctxOf(c), c.req.valid("param").planId, c.get("lang")), 200),
  );

  r.openapi(
    createRoute({ method: "get", path: "/plans/{planId}/tasks", tags: ["plans"], summary: "任务列表 Tasks", request: { params: PlanParams, query: TaskListQuery }, responses: { 200: jsonContent(pageOf(Task)), ...errorResponses(401, 404, 422) } }),
    async (c) => {
      const { all: _all, ...page } = await listPlanTasks(ctxOf(c), c.req.valid("param").planId, c.req.valid("query"), c.get("lang"));
      return c.json(page, 200);
    },
  );

  r.openapi(
    createRoute({ method: "get", path: "/plans/{planId}/tasks.xlsx", tags: ["plans"], summary: "导出任务分工表 (.xlsx) Export the task table", request: { params: PlanParams, query: TaskListQuery }, responses: { 200: binaryContent(XLSX_MIME, "任务分工表"), ...errorResponses(401, 404, 422) } }),
    async (c) => {
      const { all } = await listPlanTasks(ctxOf(c), c.req.valid("param").planId, c.req.valid("query"), c.get("lang"));
      const buf = await taskTableXlsx(all.map(taskView), c.get("lang"));
      return c.body(new Uint8Array(buf), 200, { "content-type": XLSX_MIME, "content-disposition": attachment("任务分工表.xlsx") });
    },
  );

  r.openapi(
    createRoute({ method: "get", path: "/plans/{planId}/bulletin", tags: ["plans"], summary: "督办通报 (.docx) Supervision bulletin", request: { params: PlanParams, query: BulletinQuery }, responses: { 200: binaryContent(DOCX_MIME, "督办通报"), ...errorResponses(401, 404, 422) } }),
    async (c) => {
      const lang = c.get("lang");
      const ctx = ctxOf(c);
      const { planId } = c.req.valid("param");
      const plan = await getPlan(ctx, planId, lang);
      const tasks = await listPlanTasks(ctx, planId, { page: 1, pageSize: 500 }, lang);
      const kpis = (await listIndicators(ctx)).filter((i) => i.target !== null);
      const periodKey = c.req.valid("query").period ?? currentPeriod(plan.periodKind as PeriodKind).key;
      const buf = await bulletinDocx({ planTitle: plan.title, periodKey, tasks: tasks.all.map(taskView), kpis }, lang);
      return c.body(new Uint8Array(buf), 200, { "content-type": DOCX_MIME, "content-disposition": attachment(`督办通报-${periodKey}.docx`) });
    },
  );

  r.openapi(
    createRoute({ method: "post", path: "/plans/{planId}/close", tags: ["plans"], summary: "结束计划 Close a plan", request: { params: PlanParams }, responses: { 200: jsonContent(Ok), ...errorResponses(401, 403, 404, 409, 422) } }),
    async (c) => c.json(await closePlan(ctxOf(c), c.req.valid("param").planId), 200),
  );

  r.openapi(
    createRoute({ method: "get", path: "/tasks/{id}", tags: ["plans"], summary: "任务详情 A task", request: { params: IdParam }, responses: { 200: jsonContent(Task), ...errorResponses(401, 404, 422) } }),
    async (c) => c.json(taskView(await getTask(ctxOf(c), c.req.valid("param").id, c.get("lang"))), 200),
  );

  r.openapi(
    createRoute({ method: "post", path: "/tasks/{id}/acknowledge", tags: ["plans"], summary: "签收任务 Acknowledge a task", request: { params: IdParam, body: { required: false, content: { "application/json": { schema: AcknowledgeBody } } } }, responses: { 200: jsonContent(Task), ...errorResponses(401, 403, 404, 409, 422) } }),
    async (c) => c.json(taskView(await acknowledgeTask(ctxOf(c), c.req.valid("param").id, c.req.valid("json")?.orgId, c.get("lang"))), 200),
  );

  r.openapi(
    createRoute({ method: "post", path: "/tasks/{id}/reports", tags: ["plans"], summary: "报送进展 Report progress", request: { params: IdParam, ...jsonBody(ReportBody) }, responses: { 201: jsonContent(Task), ...errorResponses(401, 403, 404, 409, 422) } }),
    async (c) => c.json(taskView(await submitProgressReport(ctxOf(c), c.req.valid("param").id, c.req.valid("json"), c.get("lang"))), 201),
  );

  r.openapi(
    createRoute({ method: "post", path: "/reports/{id}/approve", tags: ["plans"], summary: "复核通过 Approve a report", request: { params: IdParam }, responses: { 200: jsonContent(Task), ...errorResponses(401, 403, 404, 409, 422) } }),
    async (c) => c.json(taskView(await reviewProgressReport(ctxOf(c), c.req.valid("param").id, { approve: true }, c.get("lang"))), 200),
  );

  r.openapi(
    createRoute({ method: "post", path: "/reports/{id}/return", tags: ["plans"], summary: "退回报告 Return a report with a reason", request: { params: IdParam, ...jsonBody(ReturnBody) }, responses: { 200: jsonContent(Task), ...errorResponses(401, 403, 404, 409, 422) } }),
    async (c) => c.json(taskView(await reviewProgressReport(ctxOf(c), c.req.valid("param").id, { approve: false, reason: c.req.valid("json").reason }, c.get("lang"))), 200),
  );

  r.openapi(
    createRoute({ method: "get", path: "/reports/{id}/evidence/{fileId}", tags: ["plans"], summary: "下载证明材料 Download evidence", request: { params: EvidenceParams }, responses: { 200: binaryContent("application/octet-stream", "file"), ...errorResponses(401, 404, 422) } }),
    async (c) => {
      const { id, fileId } = c.req.valid("param");
      const file = await evidenceFile(ctxOf(c), id, fileId, c.get("lang"));
      return c.body(new Uint8Array(file.content), 200, { "content-type": file.mime, "content-disposition": attachment(file.name) });
    },
  );

  r.openapi(
    createRoute({ method: "get", path: "/todo", tags: ["plans"], summary: "本单位待办 My units' to-do list", responses: { 200: jsonContent(z.object({ items: z.array(TodoItem) })), ...errorResponses(401) } }),
    async (c) => c.json({ items: await todoList(ctxOf(c), c.get("lang")) }, 200),
  );

  r.openapi(
    createRoute({ method: "get", path: "/indicators", tags: ["plans"], summary: "指标（含统计口径、走廊合计、预测） Indicators", responses: { 200: jsonContent(z.object({ items: z.array(z.looseObject({ id: z.string(), code: z.string(), name: z.string() })) })), ...errorResponses(401) } }),
    async (c) => c.json({ items: await listIndicators(ctxOf(c)) }, 200),
  );

  r.openapi(
    createRoute({ method: "put", path: "/indicators/{id}/values/{cityCode}/{year}", tags: ["plans"], summary: "填报城市指标值 Set a city's value", request: { params: ValueParams, ...jsonBody(ValueBody) }, responses: { 200: jsonContent(z.looseObject({ id: z.string() })), ...errorResponses(401, 403, 404, 422) } }),
    async (c) => {
      const { id, cityCode, year } = c.req.valid("param");
      if (!isRegionCode(cityCode)) throw fieldError("cityCode", "org.city_unknown", { value: cityCode });
      return c.json(await setIndicatorValue(ctxOf(c), id, cityCode, year, c.req.valid("json")), 200);
    },
  );

  r.openapi(
    createRoute({ method: "get", path: "/dashboard", tags: ["plans"], summary: "督办驾驶舱 Supervision dashboard", responses: { 200: jsonContent(z.looseObject({ kpis: z.array(z.unknown()) })), ...errorResponses(401) } }),
    async (c) => c.json(await dashboard(ctxOf(c), c.get("lang")), 200),
  );

  return r;
}
