/** POST /api/v1/files: upload one file (multipart field "file"); the id is then referenced, e.g. as evidence. */
import { createRoute } from "@hono/zod-openapi";
import { z } from "../validation.ts";
import { createRouter, ctxOf, errorResponses, jsonContent } from "../http.ts";
import { storeUpload } from "./index.ts";

const StoredFile = z.object({ id: z.string(), name: z.string(), mime: z.string(), size: z.number(), sha256: z.string(), createdAt: z.string() }).openapi("StoredFile");

export function fileRoutes() {
  const r = createRouter();
  r.openapi(
    createRoute({
      method: "post",
      path: "/files",
      tags: ["files"],
      summary: "上传文件 Upload a file",
      request: { body: { required: true, content: { "multipart/form-data": { schema: z.object({ file: z.any().openapi({ type: "string", format: "binary" }) }) } } } },
      responses: { 201: jsonContent(StoredFile), ...errorResponses(401, 403, 413, 422) },
    }),
    async (c) => {
      return c.json(await storeUpload(ctxOf(c), (await c.req.parseBody())["file"]), 201);
    },
  );
  return r;
}
