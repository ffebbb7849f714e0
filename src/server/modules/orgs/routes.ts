/** /api/v1: regions, organisations, users and memberships. Thin: parse → one service call → respond. */
import { createRoute } from "@hono/zod-openapi";
import { z } from "../../platform/validation.ts";
import { binaryContent, createRouter, ctxOf, errorResponses, IdParam, jsonBody, jsonContent, pageOf } from "../../platform/http.ts";
import { HistoryEvent, MembershipInput, MergeBody, Organisation, OrgCreate, OrgListQuery, OrgUpdate, Region, User, UserCreate, UserListQuery, UserUpdate } from "./contract.ts";
import { createOrganisation, getOrganisation, listOrganisations, listRegions, organisationHistory, updateOrganisation } from "./service/organisations.ts";
import { mergeOrganisation } from "./service/names.ts";
import { addMembership, createUser, getUser, listUsers, removeMembership, updateUser, userHistory } from "./service/users.ts";
import type { AuditEvent } from "../../platform/audit/index.ts";
import { attachment, XLSX_MIME } from "../../platform/export.ts";
import { exportOrganisations, exportUsers } from "./service/exports.ts";


const History = z.object({ items: z.array(HistoryEvent) });
const historyView = (events: AuditEvent[]) => ({
  items: events.map((e) => ({
    id: e.id,
    occurredAt: e.occurredAt,
    actorName: e.actorName,
    action: e.action,
    before: e.before,
    after: e.after,
    clientIp: e.clientIp,
  })),
});
const MembershipParams = z.object({ id: z.uuid(), membershipId: z.uuid() });

export function orgRoutes() {
  const r = createRouter();

  r.openapi(
    createRoute({ method: "get", path: "/regions", tags: ["orgs"], summary: "省与五市 Province and cities", responses: { 200: jsonContent(z.object({ items: z.array(Region) })), ...errorResponses(401) } }),
    async (c) => c.json({ items: await listRegions(ctxOf(c)) }, 200),
  );

  r.openapi(
    createRoute({ method: "get", path: "/orgs", tags: ["orgs"], summary: "单位列表 Organisations", request: { query: OrgListQuery }, responses: { 200: jsonContent(pageOf(Organisation)), ...errorResponses(401, 422) } }),
    async (c) => c.json(await listOrganisations(ctxOf(c), c.req.valid("query")), 200),
  );

  r.openapi(
    createRoute({ method: "get", path: "/orgs.xlsx", tags: ["orgs"], summary: "导出单位列表 (.xlsx) Export organisations", request: { query: OrgListQuery }, responses: { 200: binaryContent(XLSX_MIME, "单位列表"), ...errorResponses(401, 422) } }),
    async (c) => {
      const buf = await exportOrganisations(ctxOf(c), c.req.valid("query"), c.get("lang"));
      return c.body(new Uint8Array(buf), 200, { "content-type": XLSX_MIME, "content-disposition": attachment("单位列表.xlsx") });
    },
  );

  r.openapi(
    createRoute({ method: "post", path: "/orgs", tags: ["orgs"], summary: "新建单位 Create an organisation", request: jsonBody(OrgCreate), responses: { 201: jsonContent(Organisation), ...errorResponses(401, 403, 409, 422) } }),
    async (c) => c.json(await createOrganisation(ctxOf(c), c.req.valid("json")), 201),
  );

  r.openapi(
    createRoute({ method: "get", path: "/orgs/{id}", tags: ["orgs"], summary: "单位详情 An organisation", request: { params: IdParam }, responses: { 200: jsonContent(Organisation), ...errorResponses(401, 404, 422) } }),
    async (c) => c.json(await getOrganisation(ctxOf(c), c.req.valid("param").id), 200),
  );

  r.openapi(
    createRoute({ method: "patch", path: "/orgs/{id}", tags: ["orgs"], summary: "修改单位 Update an organisation", request: { params: IdParam, ...jsonBody(OrgUpdate) }, responses: { 200: jsonContent(Organisation), ...errorResponses(401, 403, 404, 409, 422) } }),
    async (c) => c.json(await updateOrganisation(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  r.openapi(
    createRoute({ method: "get", path: "/orgs/{id}/history", tags: ["orgs"], summary: "单位变更记录 History", request: { params: IdParam }, responses: { 200: jsonContent(History), ...errorResponses(401, 404, 422) } }),
    async (c) => c.json(historyView(await organisationHistory(ctxOf(c), c.req.valid("param").id)), 200),
  );

  r.openapi(
    createRoute({ method: "post", path: "/orgs/{id}/merge", tags: ["orgs"], summary: "合并待确认单位 Merge a pending organisation into another", request: { params: IdParam, ...jsonBody(MergeBody) }, responses: { 200: jsonContent(z.object({ id: z.string() })), ...errorResponses(401, 403, 404, 422) } }),
    async (c) => c.json(await mergeOrganisation(ctxOf(c), c.req.valid("param").id, c.req.valid("json").intoId), 200),
  );

  r.openapi(
    createRoute({ method: "get", path: "/users", tags: ["users"], summary: "用户列表 Users", request: { query: UserListQuery }, responses: { 200: jsonContent(pageOf(User)), ...errorResponses(401, 422) } }),
    async (c) => c.json(await listUsers(ctxOf(c), c.req.valid("query")), 200),
  );

  r.openapi(
    createRoute({ method: "get", path: "/users.xlsx", tags: ["users"], summary: "导出用户列表 (.xlsx) Export users", request: { query: UserListQuery }, responses: { 200: binaryContent(XLSX_MIME, "用户列表"), ...errorResponses(401, 422) } }),
    async (c) => {
      const buf = await exportUsers(ctxOf(c), c.req.valid("query"), c.get("lang"));
      return c.body(new Uint8Array(buf), 200, { "content-type": XLSX_MIME, "content-disposition": attachment("用户列表.xlsx") });
    },
  );

  r.openapi(
    createRoute({ method: "post", path: "/users", tags: ["users"], summary: "新建用户 Create a user", request: jsonBody(UserCreate), responses: { 201: jsonContent(User), ...errorResponses(401, 403, 409, 422) } }),
    async (c) => c.json(await createUser(ctxOf(c), c.req.valid("json")), 201),
  );

  r.openapi(
    createRoute({ method: "get", path: "/users/{id}", tags: ["users"], summary: "用户详情 A user", request: { params: IdParam }, responses: { 200: jsonContent(User), ...errorResponses(401, 404, 422) } }),
    async (c) => c.json(await getUser(ctxOf(c), c.req.valid("param").id), 200),
  );

  r.openapi(
    createRoute({ method: "patch", path: "/users/{id}", tags: ["users"], summary: "修改用户 Update a user", request: { params: IdParam, ...jsonBody(UserUpdate) }, responses: { 200: jsonContent(User), ...errorResponses(401, 403, 404, 422) } }),
    async (c) => c.json(await updateUser(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  r.openapi(
    createRoute({ method: "post", path: "/users/{id}/memberships", tags: ["users"], summary: "授予角色 Grant a membership", request: { params: IdParam, ...jsonBody(MembershipInput) }, responses: { 201: jsonContent(User), ...errorResponses(401, 403, 404, 409, 422) } }),
    async (c) => c.json(await addMembership(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );

  r.openapi(
    createRoute({ method: "delete", path: "/users/{id}/memberships/{membershipId}", tags: ["users"], summary: "撤销角色 Revoke a membership", request: { params: MembershipParams }, responses: { 200: jsonContent(User), ...errorResponses(401, 403, 404, 422) } }),
    async (c) => {
      const { id, membershipId } = c.req.valid("param");
      return c.json(await removeMembership(ctxOf(c), id, membershipId), 200);
    },
  );

  r.openapi(
    createRoute({ method: "get", path: "/users/{id}/history", tags: ["users"], summary: "用户变更记录 History", request: { params: IdParam }, responses: { 200: jsonContent(History), ...errorResponses(401, 404, 422) } }),
    async (c) => c.json(historyView(await userHistory(ctxOf(c), c.req.valid("param").id)), 200),
  );

  return r;
}
