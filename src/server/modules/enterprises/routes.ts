/** /api/v1 enterprise cultivation (企业培育): the registry, assessments and gap reports, the 高企后备库, the funnel. */
import { createRoute } from "@hono/zod-openapi";
import { z } from "../../platform/validation.ts";
import { binaryContent, createRouter, ctxOf, errorResponses, FileForm, IdParam, jsonBody, jsonContent, pageOf } from "../../platform/http.ts";
import { attachment, DOCX_MIME, XLSX_MIME } from "../../platform/export.ts";
import {
  AssessmentView,
  AssessQuery,
  Candidate,
  CandidateQuery,
  CertificateInput,
  CertificateParams,
  CertificateView,
  EnterpriseCreate,
  EnterpriseDetail,
  EnterpriseListItem,
  EnterpriseListQuery,
  EnterpriseUpdate,
  FunnelQuery,
  FunnelView,
  ImportResult,
  ReserveCreate,
  ReserveEntryView,
  ReserveListQuery,
  ReserveUpdate,
  ReturnBody,
  VisitCreate,
  YearFiguresInput,
  YearParams,
} from "./contract.ts";
import { addCertificate, confirmCertificate, enterpriseHistory, getEnterprise, listEnterprises, moveYear, myEnterprises, putYear, registerEnterprise, removeCertificate, updateEnterprise } from "./service/registry.ts";
import { assessEnterprise, gapReport } from "./service/assessment.ts";
import { addVisit, candidates, listReserve, nominate, updateEntry } from "./service/reserve.ts";
import { funnel } from "./service/funnel.ts";
import { importTemplate, importWorkbook } from "./service/import.ts";
import { importResponse, uploadedFile } from "../../platform/sheets/response.ts";
import { exportEnterprises, exportReserve } from "./service/exports.ts";

const Id = z.object({ id: z.string() });
const YearState = z.object({ year: z.number().int(), status: z.string() });
const Ref = z.object({ id: z.string(), name: z.string() });
const History = z.object({ items: z.array(z.object({ id: z.number(), occurredAt: z.string(), actorName: z.string(), action: z.string(), before: z.unknown(), after: z.unknown() })) });

export function enterpriseRoutes() {
  const r = createRouter();
  const tags = ["enterprises"];

  r.openapi(
    createRoute({ method: "get", path: "/enterprises", tags, summary: "企业培育登记库 Enterprise registry", request: { query: EnterpriseListQuery }, responses: { 200: jsonContent(pageOf(EnterpriseListItem)), ...errorResponses(401, 422) } }),
    async (c) => c.json(await listEnterprises(ctxOf(c), c.req.valid("query")), 200),
  );

  r.openapi(
    createRoute({ method: "get", path: "/enterprises.xlsx", tags, summary: "导出登记库 (.xlsx) Export the registry", request: { query: EnterpriseListQuery }, responses: { 200: binaryContent(XLSX_MIME, "企业培育登记库"), ...errorResponses(401, 422) } }),
    async (c) => {
      const buf = await exportEnterprises(ctxOf(c), c.req.valid("query"), c.get("lang"));
      return c.body(new Uint8Array(buf), 200, { "content-type": XLSX_MIME, "content-disposition": attachment("企业培育登记库.xlsx") });
    },
  );

  r.openapi(
    createRoute({ method: "get", path: "/enterprises/mine", tags, summary: "我的企业 The caller's enterprises", responses: { 200: jsonContent(z.object({ items: z.array(Ref), unregistered: z.array(Ref) })), ...errorResponses(401) } }),
    async (c) => c.json(await myEnterprises(ctxOf(c)), 200),
  );

  r.openapi(
    createRoute({ method: "post", path: "/enterprises", tags, summary: "登记企业 Register an enterprise", request: jsonBody(EnterpriseCreate), responses: { 201: jsonContent(Id), ...errorResponses(401, 403, 404, 409, 422) } }),
    async (c) => c.json(await registerEnterprise(ctxOf(c), c.req.valid("json")), 201),
  );

  r.openapi(
    createRoute({ method: "get", path: "/enterprises/import/template.xlsx", tags, summary: "导入模板 Import template", responses: { 200: binaryContent(XLSX_MIME, "企业年度数据导入模板"), ...errorResponses(401) } }),
    async (c) => c.body(new Uint8Array(await importTemplate(ctxOf(c))), 200, { "content-type": XLSX_MIME, "content-disposition": attachment("企业年度数据导入模板.xlsx") }),
  );

  r.openapi(
    createRoute({
      method: "post",
      path: "/enterprises/import",
      tags,
      summary: "批量导入 (.xlsx) Bulk import; with Accept: text/event-stream the progress streams as server-sent events (progress, result, rejected, error)",
      request: { body: { required: true, content: { "multipart/form-data": { schema: FileForm } } } },
      responses: { 200: { description: "导入结果 / SSE progress", content: { "application/json": { schema: ImportResult }, "text/event-stream": { schema: z.string() } } }, ...errorResponses(401, 403, 413, 422) },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const { content, name } = await uploadedFile((await c.req.parseBody())["file"]);
      return importResponse(c, (progress) => importWorkbook(ctx, content, name, progress));
    },
  );

  r.openapi(
    createRoute({ method: "get", path: "/enterprises/reserve", tags, summary: "高企后备库 High-tech reserve pool", request: { query: ReserveListQuery }, responses: { 200: jsonContent(pageOf(ReserveEntryView)), ...errorResponses(401, 403, 422) } }),
    async (c) => c.json(await listReserve(ctxOf(c), c.req.valid("query")), 200),
  );

  r.openapi(
    createRoute({ method: "get", path: "/enterprises/reserve.xlsx", tags, summary: "导出后备库 (.xlsx) Export the reserve pool", request: { query: ReserveListQuery }, responses: { 200: binaryContent(XLSX_MIME, "高企后备库"), ...errorResponses(401, 403, 422) } }),
    async (c) => {
      const buf = await exportReserve(ctxOf(c), c.req.valid("query"), c.get("lang"));
      return c.body(new Uint8Array(buf), 200, { "content-type": XLSX_MIME, "content-disposition": attachment("高企后备库.xlsx") });
    },
  );

  r.openapi(
    createRoute({ method: "get", path: "/enterprises/reserve/candidates", tags, summary: "系统推荐入库 Engine's proposals for the reserve pool", request: { query: CandidateQuery }, responses: { 200: jsonContent(pageOf(Candidate)), ...errorResponses(401, 403, 422) } }),
    async (c) => c.json(await candidates(ctxOf(c), c.req.valid("query")), 200),
  );

  r.openapi(
    createRoute({ method: "post", path: "/enterprises/reserve", tags, summary: "纳入后备库 Nominate for the reserve pool", request: jsonBody(ReserveCreate), responses: { 201: jsonContent(Id), ...errorResponses(401, 403, 404, 409, 422) } }),
    async (c) => c.json(await nominate(ctxOf(c), c.req.valid("json")), 201),
  );

  r.openapi(
    createRoute({ method: "patch", path: "/enterprises/reserve/{id}", tags, summary: "跟踪申报与结果 Follow an entry to application and result", request: { params: IdParam, ...jsonBody(ReserveUpdate) }, responses: { 200: jsonContent(z.object({ id: z.string(), stage: z.string() })), ...errorResponses(401, 403, 404, 409, 422) } }),
    async (c) => c.json(await updateEntry(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  r.openapi(
    createRoute({ method: "post", path: "/enterprises/reserve/{id}/visits", tags, summary: "记录辅导 Record a coaching visit", request: { params: IdParam, ...jsonBody(VisitCreate) }, responses: { 201: jsonContent(Id), ...errorResponses(401, 403, 404, 422) } }),
    async (c) => c.json(await addVisit(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );

  r.openapi(
    createRoute({ method: "get", path: "/enterprises/funnel", tags, summary: "培育漏斗 Cultivation funnel per city and year", request: { query: FunnelQuery }, responses: { 200: jsonContent(FunnelView), ...errorResponses(401, 403, 422) } }),
    async (c) => c.json(await funnel(ctxOf(c), c.req.valid("query")), 200),
  );

  r.openapi(
    createRoute({ method: "get", path: "/enterprises/{id}", tags, summary: "企业档案 An enterprise", request: { params: IdParam }, responses: { 200: jsonContent(EnterpriseDetail), ...errorResponses(401, 404, 422) } }),
    async (c) => c.json(await getEnterprise(ctxOf(c), c.req.valid("param").id), 200),
  );

  r.openapi(
    createRoute({ method: "patch", path: "/enterprises/{id}", tags, summary: "修改基本情况 Update facts", request: { params: IdParam, ...jsonBody(EnterpriseUpdate) }, responses: { 200: jsonContent(Id), ...errorResponses(401, 403, 404, 422) } }),
    async (c) => c.json(await updateEnterprise(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  r.openapi(
    createRoute({ method: "get", path: "/enterprises/{id}/history", tags, summary: "变更记录 History", request: { params: IdParam }, responses: { 200: jsonContent(History), ...errorResponses(401, 404, 422) } }),
    async (c) => {
      const events = await enterpriseHistory(ctxOf(c), c.req.valid("param").id);
      return c.json({ items: events.map((e) => ({ id: e.id, occurredAt: e.occurredAt, actorName: e.actorName, action: e.action, before: e.before, after: e.after })) }, 200);
    },
  );

  r.openapi(
    createRoute({ method: "put", path: "/enterprises/{id}/years/{year}", tags, summary: "填报年度数据 Enter a year's figures", request: { params: YearParams, ...jsonBody(YearFiguresInput) }, responses: { 200: jsonContent(YearState), ...errorResponses(401, 403, 404, 422) } }),
    async (c) => {
      const { id, year } = c.req.valid("param");
      return c.json(await putYear(ctxOf(c), id, year, c.req.valid("json")), 200);
    },
  );

  for (const transition of ["submit", "confirm"] as const) {
    r.openapi(
      createRoute({ method: "post", path: `/enterprises/{id}/years/{year}/${transition}`, tags, summary: transition === "submit" ? "报送年度数据 Submit a year" : "确认年度数据 Confirm a year", request: { params: YearParams }, responses: { 200: jsonContent(YearState), ...errorResponses(401, 403, 404, 409, 422) } }),
      async (c) => {
        const { id, year } = c.req.valid("param");
        return c.json(await moveYear(ctxOf(c), id, year, transition), 200);
      },
    );
  }

  r.openapi(
    createRoute({ method: "post", path: "/enterprises/{id}/years/{year}/return", tags, summary: "退回年度数据 Return a year", request: { params: YearParams, ...jsonBody(ReturnBody) }, responses: { 200: jsonContent(YearState), ...errorResponses(401, 403, 404, 409, 422) } }),
    async (c) => {
      const { id, year } = c.req.valid("param");
      return c.json(await moveYear(ctxOf(c), id, year, "return", c.req.valid("json").reason), 200);
    },
  );

  r.openapi(
    createRoute({ method: "post", path: "/enterprises/{id}/certificates", tags, summary: "登记资质证书 Add a certificate", request: { params: IdParam, ...jsonBody(CertificateInput) }, responses: { 201: jsonContent(CertificateView.partial().extend({ id: z.string() })), ...errorResponses(401, 403, 404, 409, 422) } }),
    async (c) => c.json(await addCertificate(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );

  r.openapi(
    createRoute({ method: "post", path: "/enterprises/{id}/certificates/{certificateId}/confirm", tags, summary: "确认资质证书 Confirm a certificate", request: { params: CertificateParams }, responses: { 200: jsonContent(z.object({ id: z.string(), confirmed: z.boolean() })), ...errorResponses(401, 403, 404, 422) } }),
    async (c) => {
      const { id, certificateId } = c.req.valid("param");
      return c.json(await confirmCertificate(ctxOf(c), id, certificateId), 200);
    },
  );

  r.openapi(
    createRoute({ method: "delete", path: "/enterprises/{id}/certificates/{certificateId}", tags, summary: "删除资质证书 Remove a certificate", request: { params: CertificateParams }, responses: { 204: { description: "已删除" }, ...errorResponses(401, 403, 404, 422) } }),
    async (c) => {
      const { id, certificateId } = c.req.valid("param");
      await removeCertificate(ctxOf(c), id, certificateId);
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({ method: "get", path: "/enterprises/{id}/assessment", tags, summary: "培育评估（五类资质差距分析）Assessment against every tier", request: { params: IdParam, query: AssessQuery }, responses: { 200: jsonContent(AssessmentView), ...errorResponses(401, 404, 422) } }),
    async (c) => c.json(await assessEnterprise(ctxOf(c), c.req.valid("param").id, c.req.valid("query").date, c.get("lang")), 200),
  );

  r.openapi(
    createRoute({ method: "get", path: "/enterprises/{id}/gap-report.docx", tags, summary: "差距分析报告 (.docx) Gap report", request: { params: IdParam, query: AssessQuery }, responses: { 200: binaryContent(DOCX_MIME, "企业培育评估报告"), ...errorResponses(401, 404, 422) } }),
    async (c) => {
      const { name, buffer } = await gapReport(ctxOf(c), c.req.valid("param").id, c.req.valid("query").date, c.get("lang"));
      return c.body(new Uint8Array(buffer), 200, { "content-type": DOCX_MIME, "content-disposition": attachment(name) });
    },
  );

  return r;
}
