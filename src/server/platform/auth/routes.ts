/** /api/v1/auth: sign in and out, the current user, password change, API tokens. */
import { createRoute } from "@hono/zod-openapi";
import { setCookie, deleteCookie } from "hono/cookie";
import { z } from "../validation.ts";
import { createRouter, ctxOf, errorResponses, IdParam, jsonBody, jsonContent } from "../http.ts";
import { changePassword, createApiToken, listApiTokens, login, logout, revokeApiToken, AUTH_LIMITS, type LoadMemberships } from "./service.ts";
import { SESSION_COOKIE } from "./middleware.ts";
import { requireActor } from "../policy.ts";
import type { Actor } from "../context.ts";
import { unauthenticated } from "../errors.ts";

const Membership = z.object({ id: z.string(), orgId: z.string(), orgName: z.string(), orgKind: z.string(), cityCode: z.string(), role: z.string() });
const Me = z
  .object({
    user: z.object({ id: z.string(), username: z.string(), displayName: z.string() }),
    memberships: z.array(Membership),
    isAdmin: z.boolean(),
    provinceWide: z.boolean(),
    csrfToken: z.string().nullable(),
    /** What the caller may do, from every module's policy: the UI hides what the server would refuse. */
    abilities: z.record(z.string(), z.boolean()),
  })
  .openapi("Me");
const LoginBody = z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) }).openapi("LoginRequest");
const PasswordBody = z.object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) });
const TokenBody = z.object({ name: z.string().trim().min(1).max(100) });
const TokenView = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
const Ok = z.object({ ok: z.literal(true) });

/** A module's answer to "what may this actor do here?" (app.ts collects one per module). */
export type AbilityProvider = (actor: Actor) => Record<string, boolean>;

function meOf(actor: Actor, csrfToken: string | null, providers: AbilityProvider[]): z.infer<typeof Me> {
  return {
    abilities: Object.assign({}, ...providers.map((p) => p(actor))) as Record<string, boolean>,
    user: { id: actor.userId, username: actor.username, displayName: actor.displayName },
    memberships: actor.memberships,
    isAdmin: actor.isAdmin,
    provinceWide: actor.provinceWide,
    csrfToken,
  };
}

export function authRoutes(loadMemberships: LoadMemberships, providers: AbilityProvider[] = []) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: "post",
      path: "/login",
      tags: ["auth"],
      summary: "登录 Sign in",
      request: jsonBody(LoginBody),
      responses: { 200: jsonContent(Me), ...errorResponses(401, 403, 422, 429) },
    }),
    async (c) => {
      const result = await login(ctxOf(c), c.req.valid("json"), loadMemberships);
      setCookie(c, SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: "Lax",
        path: "/",
        secure: c.req.url.startsWith("https:"),
        maxAge: AUTH_LIMITS.absoluteHours * 3600,
      });
      return c.json(meOf(result.actor, result.csrfToken, providers), 200);
    },
  );

  r.openapi(
    createRoute({
      method: "post",
      path: "/logout",
      tags: ["auth"],
      summary: "退出 Sign out",
      responses: { 200: jsonContent(Ok), ...errorResponses(401, 403) },
    }),
    async (c) => {
      const session = c.get("session");
      if (!session) throw unauthenticated();
      await logout(ctxOf(c), session.id);
      deleteCookie(c, SESSION_COOKIE, { path: "/" });
      return c.json({ ok: true as const }, 200);
    },
  );

  r.openapi(
    createRoute({ method: "get", path: "/me", tags: ["auth"], summary: "当前用户 Current user", responses: { 200: jsonContent(Me), ...errorResponses(401) } }),
    (c) => c.json(meOf(requireActor(ctxOf(c).actor), c.get("session")?.csrfToken ?? null, providers), 200),
  );

  r.openapi(
    createRoute({
      method: "post",
      path: "/password",
      tags: ["auth"],
      summary: "修改密码 Change password",
      request: jsonBody(PasswordBody),
      responses: { 200: jsonContent(Ok), ...errorResponses(401, 403, 422) },
    }),
    async (c) => {
      await changePassword(ctxOf(c), c.req.valid("json"), c.get("session")?.id ?? null);
      return c.json({ ok: true as const }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: "get",
      path: "/tokens",
      tags: ["auth"],
      summary: "API 令牌列表 API tokens",
      responses: { 200: jsonContent(z.object({ items: z.array(TokenView) })), ...errorResponses(401) },
    }),
    async (c) => c.json({ items: await listApiTokens(ctxOf(c)) }, 200),
  );

  r.openapi(
    createRoute({
      method: "post",
      path: "/tokens",
      tags: ["auth"],
      summary: "创建 API 令牌 Create an API token (shown once)",
      request: jsonBody(TokenBody),
      responses: { 201: jsonContent(TokenView.extend({ token: z.string() })), ...errorResponses(401, 403, 422) },
    }),
    async (c) => c.json(await createApiToken(ctxOf(c), c.req.valid("json").name), 201),
  );

  r.openapi(
    createRoute({
      method: "delete",
      path: "/tokens/{id}",
      tags: ["auth"],
      summary: "吊销 API 令牌 Revoke an API token",
      request: { params: IdParam },
      responses: { 200: jsonContent(Ok), ...errorResponses(401, 403, 404, 422) },
    }),
    async (c) => {
      await revokeApiToken(ctxOf(c), c.req.valid("param").id);
      return c.json({ ok: true as const }, 200);
    },
  );

  return r;
}
