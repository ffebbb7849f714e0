/** /api/v1/market: the public search and records, owners' records, demands and responses, matches, deals, flows, SLA. */
import { createRoute } from "@hono/zod-openapi";
import { z } from "../../platform/validation.ts";
import { binaryContent, createRouter, ctxOf, errorResponses, IdParam, jsonBody, jsonContent, pageOf } from "../../platform/http.ts";
import { attachment, XLSX_MIME } from "../../platform/export.ts";
import { fieldError } from "../../platform/errors.ts";
import {
  AchievementInput,
  AchievementUpdate,
  DemandUpdate,
  ExpertUpdate,
  DealInput,
  DealListQuery,
  DemandInput,
  ExpertInput,
  FeedbackInput,
  FlowQuery,
  FlowView,
  KindParam,
  MatchQuery,
  MatchView,
  MineQuery,
  PatentInput,
  ResponseInput,
  SearchQuery,
  SearchResult,
  SlaQuery,
  SlaView,
  type Kind,
} from "./contract.ts";
import { createAchievement, createDemand, createExpert, getRecord, myRecords, recordHistory, updateRecord, upsertPatent } from "./service/records.ts";
import { searchMarket } from "./service/search.ts";
import { listResponses, respond, setDemandStatus, slaView } from "./service/demands.ts";
import { flows, flowsXlsx, listDeals, registerDeal } from "./service/deals.ts";
import { matchesFor, recordFeedback } from "./service/matching.ts";
import { importMarket, marketTemplate } from "./service/import.ts";
import { importResponse, uploadedFile } from "../../platform/sheets/response.ts";

const ImportKind = z.object({ kind: z.enum(["patents", "achievements", "demands", "experts"]) });
const ImportForm = z.object({ file: z.any().openapi({ type: "string", format: "binary" }), orgId: z.string().optional() });
const ImportSummary = z.object({ kind: z.string(), rows: z.number().int(), created: z.number().int(), updated: z.number().int() });

const Id = z.object({ id: z.string() });
const KIND_OF: Record<"achievements" | "patents" | "demands" | "experts", Kind> = { achievements: "achievement", patents: "patent", demands: "demand", experts: "expert" };
const Record_ = z.looseObject({ kind: z.string(), id: z.string() });

export function marketRoutes() {
  const r = createRouter();
  const tags = ["market"];

  r.openapi(
    createRoute({ method: "get", path: "/market/search", tags, summary: "公开检索（成果、专利、需求、专家）Public search", request: { query: SearchQuery }, responses: { 200: jsonContent(SearchResult), ...errorResponses(400, 422) } }),
    async (c) => c.json(await searchMarket(ctxOf(c).db, c.req.valid("query")), 200),
  );

  r.openapi(
    createRoute({ method: "get", path: "/market/import/{kind}/template.xlsx", tags, summary: "导入模板 Import template", request: { params: ImportKind }, responses: { 200: binaryContent(XLSX_MIME, "导入模板"), ...errorResponses(401, 422) } }),
    async (c) => {
      const kind = KIND_OF[c.req.valid("param").kind];
      return c.body(new Uint8Array(await marketTemplate(ctxOf(c), kind)), 200, { "content-type": XLSX_MIME, "content-disposition": attachment(`${kind}-导入模板.xlsx`) });
    },
  );

  r.openapi(
    createRoute({
      method: "post",
      path: "/market/import/{kind}",
      tags,
      summary: "批量导入 (.xlsx/.csv)，全部或全不；Accept: text/event-stream 时以 SSE 报告进度 Bulk import, all or nothing",
      request: { params: ImportKind, body: { required: true, content: { "multipart/form-data": { schema: ImportForm } } } },
      responses: { 200: { description: "导入结果 / SSE progress", content: { "application/json": { schema: ImportSummary }, "text/event-stream": { schema: z.string() } } }, ...errorResponses(401, 403, 413, 422) },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const kind = KIND_OF[c.req.valid("param").kind];
      const form = await c.req.parseBody();
      const file = await uploadedFile(form["file"]);
      const orgId = typeof form["orgId"] === "string" && form["orgId"] !== "" ? form["orgId"] : null;
      if (orgId !== null && !/^[0-9a-f-]{36}$/i.test(orgId)) throw fieldError("orgId", "market.org_unknown");
      return importResponse(c, (progress) => importMarket(ctx, kind, file, orgId, progress));
    },
  );

  r.openapi(
    createRoute({ method: "get", path: "/market/mine", tags, summary: "本单位发布的记录 The caller's organisations' records", request: { query: MineQuery }, responses: { 200: jsonContent(pageOf(z.looseObject({ id: z.string(), kind: z.string(), title: z.string() }))), ...errorResponses(401, 422) } }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(await myRecords(ctxOf(c), q.kind, q.page, q.pageSize), 200);
    },
  );

  r.openapi(
    createRoute({ method: "post", path: "/market/achievements", tags, summary: "发布科技成果 Add an achievement", request: jsonBody(AchievementInput), responses: { 201: jsonContent(Id), ...errorResponses(401, 403, 422) } }),
    async (c) => c.json(await createAchievement(ctxOf(c), c.req.valid("json")), 201),
  );
  r.openapi(
    createRoute({ method: "post", path: "/market/patents", tags, summary: "登记专利（按申请号去重）Add or update a patent by application number", request: jsonBody(PatentInput), responses: { 200: jsonContent(Id.extend({ created: z.boolean() })), ...errorResponses(401, 403, 409, 422) } }),
    async (c) => c.json(await upsertPatent(ctxOf(c), c.req.valid("json")), 200),
  );
  r.openapi(
    createRoute({ method: "post", path: "/market/demands", tags, summary: "发布技术需求（草稿）Add a demand (draft)", request: jsonBody(DemandInput), responses: { 201: jsonContent(Id), ...errorResponses(401, 403, 422) } }),
    async (c) => c.json(await createDemand(ctxOf(c), c.req.valid("json")), 201),
  );
  r.openapi(
    createRoute({ method: "post", path: "/market/experts", tags, summary: "登记专家 Add an expert", request: jsonBody(ExpertInput), responses: { 201: jsonContent(Id), ...errorResponses(401, 403, 422) } }),
    async (c) => c.json(await createExpert(ctxOf(c), c.req.valid("json")), 201),
  );

  for (const [path, schema, kind] of [
    ["achievements", AchievementUpdate, "achievement"],
    ["demands", DemandUpdate, "demand"],
    ["experts", ExpertUpdate, "expert"],
  ] as const) {
    r.openapi(
      createRoute({ method: "patch", path: `/market/${path}/{id}`, tags, summary: `修改 Update (${kind})`, request: { params: IdParam, ...jsonBody(schema) }, responses: { 200: jsonContent(Id), ...errorResponses(401, 403, 404, 422) } }),
      async (c) => c.json(await updateRecord(ctxOf(c), kind, c.req.valid("param").id, c.req.valid("json") as Parameters<typeof updateRecord>[3]), 200),
    );
  }

  r.openapi(
    createRoute({ method: "get", path: "/market/{kind}/{id}", tags, summary: "记录详情（公开或本单位）A record", request: { params: KindParam }, responses: { 200: jsonContent(Record_), ...errorResponses(404, 422) } }),
    async (c) => {
      const { kind, id } = c.req.valid("param");
      return c.json(await getRecord(ctxOf(c), KIND_OF[kind], id), 200);
    },
  );

  r.openapi(
    createRoute({ method: "get", path: "/market/{kind}/{id}/history", tags, summary: "变更记录 History", request: { params: KindParam }, responses: { 200: jsonContent(z.object({ items: z.array(z.looseObject({ action: z.string() })) })), ...errorResponses(401, 404, 422) } }),
    async (c) => {
      const { kind, id } = c.req.valid("param");
      const events = await recordHistory(ctxOf(c), KIND_OF[kind], id);
      return c.json({ items: events.map((e) => ({ id: e.id, occurredAt: e.occurredAt, actorName: e.actorName, action: e.action })) }, 200);
    },
  );

  for (const status of ["publish", "close"] as const) {
    r.openapi(
      createRoute({ method: "post", path: `/market/demands/{id}/${status}`, tags, summary: status === "publish" ? "发布需求（开始 48 小时响应计时）Publish" : "关闭需求 Close", request: { params: IdParam }, responses: { 200: jsonContent(z.object({ id: z.string(), status: z.string() })), ...errorResponses(401, 403, 404, 409, 422) } }),
      async (c) => c.json(await setDemandStatus(ctxOf(c), c.req.valid("param").id, status === "publish" ? "published" : "closed"), 200),
    );
  }

  r.openapi(
    createRoute({ method: "post", path: "/market/demands/{id}/responses", tags, summary: "响应需求（联系对接）Respond to a demand", request: { params: IdParam, ...jsonBody(ResponseInput) }, responses: { 201: jsonContent(Id), ...errorResponses(401, 403, 404, 422) } }),
    async (c) => c.json(await respond(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );
  r.openapi(
    createRoute({ method: "get", path: "/market/demands/{id}/responses", tags, summary: "需求的响应 Responses to a demand", request: { params: IdParam }, responses: { 200: jsonContent(z.object({ items: z.array(z.looseObject({ id: z.string() })) })), ...errorResponses(401, 404, 422) } }),
    async (c) => c.json(await listResponses(ctxOf(c), c.req.valid("param").id), 200),
  );

  for (const [path, kind] of [["demands", "demand"], ["achievements", "achievement"]] as const) {
    r.openapi(
      createRoute({ method: "get", path: `/market/${path}/{id}/matches`, tags, summary: kind === "demand" ? "需求的推荐供给（附理由）Matches for a demand" : "成果可服务的需求 Demands an achievement could serve", request: { params: IdParam, query: MatchQuery }, responses: { 200: jsonContent(MatchView), ...errorResponses(401, 404, 422) } }),
      async (c) => c.json(await matchesFor(ctxOf(c), kind, c.req.valid("param").id, c.req.valid("query").limit), 200),
    );
  }

  r.openapi(
    createRoute({ method: "post", path: "/market/feedback", tags, summary: "推荐是否有用 Feedback on a match", request: jsonBody(FeedbackInput), responses: { 200: jsonContent(z.object({ ok: z.boolean() })), ...errorResponses(401, 404, 422) } }),
    async (c) => c.json(await recordFeedback(ctxOf(c), c.req.valid("json")), 200),
  );

  r.openapi(
    createRoute({ method: "post", path: "/market/deals", tags, summary: "登记成交（技术合同）Register a deal", request: jsonBody(DealInput), responses: { 201: jsonContent(Id), ...errorResponses(401, 403, 409, 422) } }),
    async (c) => c.json(await registerDeal(ctxOf(c), c.req.valid("json")), 201),
  );
  r.openapi(
    createRoute({ method: "get", path: "/market/deals", tags, summary: "成交列表 Deals", request: { query: DealListQuery }, responses: { 200: jsonContent(pageOf(z.looseObject({ id: z.string() }))), ...errorResponses(401, 422) } }),
    async (c) => c.json(await listDeals(ctxOf(c), c.req.valid("query")), 200),
  );
  r.openapi(
    createRoute({ method: "get", path: "/market/flows", tags, summary: "五市技术流向矩阵 Technology flows between the cities", request: { query: FlowQuery }, responses: { 200: jsonContent(FlowView), ...errorResponses(401, 403, 422) } }),
    async (c) => c.json(await flows(ctxOf(c), c.req.valid("query")), 200),
  );
  r.openapi(
    createRoute({ method: "get", path: "/market/flows.xlsx", tags, summary: "导出技术流向 (.xlsx) Export the flows", request: { query: FlowQuery }, responses: { 200: binaryContent(XLSX_MIME, "技术流向"), ...errorResponses(401, 403, 422) } }),
    async (c) => {
      const buf = await flowsXlsx(ctxOf(c), c.req.valid("query"), c.get("lang"));
      return c.body(new Uint8Array(buf), 200, { "content-type": XLSX_MIME, "content-disposition": attachment("技术流向.xlsx") });
    },
  );
  r.openapi(
    createRoute({ method: "get", path: "/market/sla", tags, summary: "需求响应时效（48 小时）Demand first-response SLA", request: { query: SlaQuery }, responses: { 200: jsonContent(SlaView), ...errorResponses(401, 403, 422) } }),
    async (c) => c.json(await slaView(ctxOf(c), c.req.valid("query").city), 200),
  );

  return r;
}
