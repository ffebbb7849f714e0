/**
 * Who is calling: a session cookie (browsers) or a bearer API token (machines). Mutating requests made with a
 * cookie must carry the session's CSRF token in X-CSRF-Token; bearer requests cannot be forged by a page.
 */
import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { AppEnv } from "../http.ts";
import { resolveApiToken, resolveSession, type LoadMemberships } from "./service.ts";
import { DomainError } from "../errors.ts";

export const SESSION_COOKIE = "corridor_session";
export const CSRF_HEADER = "x-csrf-token";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Routes a caller uses before it has a session. */
const CSRF_EXEMPT = new Set(["/api/v1/auth/login"]);

export function authenticate(loadMemberships: LoadMemberships): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const ctx = c.get("ctx");
    c.set("session", null);
    const bearer = c.req.header("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (bearer) {
      const actor = await resolveApiToken(ctx.db, bearer, loadMemberships);
      if (!actor) throw new DomainError("unauthenticated", "error.unauthenticated");
      c.set("ctx", { ...ctx, actor });
      return next();
    }
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const resolved = await resolveSession(ctx.db, token, loadMemberships);
      if (resolved.kind === "ok") {
        c.set("ctx", { ...ctx, actor: resolved.actor });
        c.set("session", resolved.session);
      } else if (resolved.kind === "expired" && !SAFE_METHODS.has(c.req.method)) {
        throw new DomainError("unauthenticated", "error.session_expired");
      }
    }
    const session = c.get("session");
    if (session && !SAFE_METHODS.has(c.req.method) && !CSRF_EXEMPT.has(c.req.path)) {
      if (c.req.header(CSRF_HEADER) !== session.csrfToken) throw new DomainError("csrf_failed", "error.csrf");
    }
    return next();
  };
}
