/**
 * The answer to a spreadsheet import, shared by every module: plain JSON (the summary, or 422 with one field per
 * row error), or — when the client sends `Accept: text/event-stream` — server-sent events as the work goes:
 * `progress` {phase, done, total} (at most every 200 ms), then `result` (the summary), `rejected` {errors} or `error`
 * (the error envelope). Nothing is written when rows are rejected.
 */
import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import { DomainError, errorBody } from "../errors.ts";
import type { AppEnv } from "../http.ts";
import type { RowError } from "./table.ts";

export type ImportProgress = { phase: string; done: number; total: number };

/** An import refused for its rows (all or nothing: nothing was written). */
export class RowsRejected extends Error {
  constructor(readonly errors: RowError[]) {
    super("import rejected");
  }
}

/** Row errors as the standard 422 envelope: one field per row and column. */
export function rowsError(errors: RowError[]): DomainError {
  return new DomainError(
    "validation_failed",
    "import.rejected",
    { count: errors.length },
    errors.slice(0, 1000).map((e) => ({ path: e.row > 0 ? `第${e.row}行 ${e.column}` : e.column || "file", text: e.message })),
  );
}

export function importResponse<T>(c: Context<AppEnv>, work: (progress: (p: ImportProgress) => void) => Promise<T>) {
  if (!(c.req.header("accept") ?? "").includes("text/event-stream")) {
    return work(() => undefined).then(
      (result) => c.json(result as object, 200),
      (e: unknown) => {
        throw e instanceof RowsRejected ? rowsError(e.errors) : e;
      },
    );
  }
  const lang = c.get("lang");
  return Promise.resolve(
    streamSSE(c, async (sse) => {
      let last = 0;
      const progress = (p: ImportProgress) => {
        const now = Date.now();
        if (now - last < 200 && p.done !== p.total) return;
        last = now;
        void sse.writeSSE({ event: "progress", data: JSON.stringify(p) });
      };
      try {
        const result = await work(progress);
        await sse.writeSSE({ event: "result", data: JSON.stringify(result) });
      } catch (e) {
        if (e instanceof RowsRejected) await sse.writeSSE({ event: "rejected", data: JSON.stringify({ errors: e.errors }) });
        else if (e instanceof DomainError) await sse.writeSSE({ event: "error", data: JSON.stringify(errorBody(e, lang)) });
        else throw e;
      }
    }),
  );
}

/** The uploaded file of a multipart form's `file` field, or a field error. */
export async function uploadedFile(field: unknown): Promise<{ content: Buffer; name: string }> {
  if (!(field instanceof File)) throw new DomainError("validation_failed", "import.not_xlsx", {}, [{ path: "file", key: "import.not_xlsx" }]);
  return { content: Buffer.from(await field.arrayBuffer()), name: field.name };
}
