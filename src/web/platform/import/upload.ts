/**
 * A spreadsheet import (POST /enterprises/import, /market/import/{kind}, …) sent as multipart with Accept:
 * text/event-stream, reading the progress from the response body as it streams. Not the platform client's upload():
 * that one waits for a JSON body. The session cookie, the CSRF token and the language go along as on every other
 * call; a refusal before the stream starts (403, 413, 422) is the usual error envelope.
 */
import { ApiError } from "../api/client.ts";
import { importEventOf, readSse, type ImportProgress, type RowError, type SummaryOf } from "./sse.ts";

export type ImportOutcome<S> = { kind: "done"; summary: S } | { kind: "rejected"; errors: RowError[] };

/** The stream ended without a result: whether anything was written is not known. */
export class ImportInterrupted extends Error {
  constructor() {
    super("import stream ended without a result");
    this.name = "ImportInterrupted";
  }
}

/** What every import sends along and listens for; the page's hook (useImport) fills it in. */
export type ImportOptions = { csrfToken: string | null; lang: string; onProgress: (p: ImportProgress) => void; signal?: AbortSignal };

/** One import endpoint: its path under /api/v1, the form fields besides the file, and its summary's check. */
export type ImportTarget<S> = { path: string; fields?: Record<string, string>; summaryOf: SummaryOf<S> };

async function refusal(response: Response): Promise<ApiError> {
  let payload: unknown = null;
  try {
    payload = await response.json();
  } catch {
    // not JSON (a proxy's page): the status says what we know
  }
  const error = typeof payload === "object" && payload !== null && "error" in payload ? payload.error : null;
  if (typeof error === "object" && error !== null && "code" in error && "message" in error && typeof error.code === "string" && typeof error.message === "string") {
    const fields = "fields" in error && Array.isArray(error.fields) ? (error.fields as { path: string; message: string }[]) : [];
    return new ApiError(response.status, error.code, error.message, fields);
  }
  return new ApiError(response.status, "http_error", "");
}

export async function importFile<S>(target: ImportTarget<S>, file: File, { csrfToken, lang, onProgress, signal }: ImportOptions): Promise<ImportOutcome<S>> {
  const form = new FormData();
  for (const [name, value] of Object.entries(target.fields ?? {})) form.append(name, value);
  form.append("file", file, file.name);
  const headers: Record<string, string> = { Accept: "text/event-stream", "Accept-Language": lang };
  if (csrfToken) headers["X-CSRF-Token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${target.path}`, { method: "POST", headers, body: form, credentials: "same-origin", signal });
  } catch {
    throw new ApiError(0, "network", "");
  }
  if (!response.ok) throw await refusal(response);
  if (!response.body) throw new ImportInterrupted();
  let outcome: ImportOutcome<S> | null = null;
  let failure: ApiError | null = null;
  try {
    await readSse(response.body, (raw) => {
      const event = importEventOf(raw, target.summaryOf);
      if (!event) return;
      if (event.type === "progress") onProgress(event.progress);
      else if (event.type === "result") outcome = { kind: "done", summary: event.summary };
      else if (event.type === "rejected") outcome = { kind: "rejected", errors: event.errors };
      else failure = new ApiError(response.status, event.error.code, event.error.message, event.error.fields);
    });
  } catch {
    // the connection dropped mid-stream: a result already received still stands
  }
  if (failure) throw failure;
  if (outcome) return outcome;
  throw new ImportInterrupted();
}
