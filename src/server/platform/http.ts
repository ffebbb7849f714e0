/**
 * The HTTP edge: the Hono environment every router shares, a router factory whose validation failures become the
 * error envelope, and the list conventions (?q=&page=&pageSize=&sort=).
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { z, issueText } from "./validation.ts";
import type { Lang } from "../../shared/i18n/index.ts";
import type { Ctx } from "./context.ts";
import { errorBody, invalid } from "./errors.ts";

export type AppEnv = {
  Variables: {
    ctx: Ctx;
    lang: Lang;
    requestId: string;
    session: { id: string; csrfToken: string } | null;
  };
};

export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const lang = c.get("lang");
      const err = invalid(
        result.error.issues.map((issue) => ({ path: issue.path.join(".") || "body", text: issueText(issue.message, lang) })),
      );
      return c.json(errorBody(err, lang), 422);
    },
  });
}

export type Router = ReturnType<typeof createRouter>;

export const PageQuery = z.object({
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export const IdParam = z.object({ id: z.uuid() });

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.array(z.object({ path: z.string(), message: z.string() })),
    }),
  })
  .openapi("Error");

/** Standard error responses for a route's OpenAPI declaration. */
export function errorResponses(...statuses: (400 | 401 | 403 | 404 | 409 | 413 | 422 | 429)[]) {
  const out: Record<number, { description: string; content: { "application/json": { schema: typeof ErrorSchema } } }> = {};
  for (const s of statuses) out[s] = { description: `Error ${s}`, content: { "application/json": { schema: ErrorSchema } } };
  return out;
}

export function jsonContent<T extends z.ZodTypeAny>(schema: T, description = "OK") {
  return { description, content: { "application/json": { schema } } };
}

export function jsonBody<T extends z.ZodTypeAny>(schema: T) {
  return { body: { required: true, content: { "application/json": { schema } } } };
}

export const ctxOf = (c: Context<AppEnv>) => c.get("ctx");

/** A file download's response (xlsx, docx …) in the OpenAPI document. */
export const binaryContent = (mime: string, description: string) => ({ description, content: { [mime]: { schema: z.string().openapi({ format: "binary" }) } } });

/** A multipart upload with one `file` field. */
export const FileForm = z.object({ file: z.any().openapi({ type: "string", format: "binary" }) });
