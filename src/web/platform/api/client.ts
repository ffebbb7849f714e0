/**
 * The one way the web app talks to the server: JSON over fetch, the session cookie sent by the browser, the CSRF
 * token on every non-GET request, the UI language in Accept-Language, and the server's error envelope turned
 * into an ApiError whose message is already in the caller's language.
 */
export type FieldIssue = { path: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldIssue[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type QueryValue = string | number | boolean | null | undefined;

// Module state rather than React state: the client is called from query functions outside any component.
let csrfToken: string | null = null;
let acceptLanguage = "zh-CN";

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setApiLanguage(lang: string): void {
  acceptLanguage = lang;
}

export function withQuery(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

type Envelope = { error: { code: string; message: string; fields?: FieldIssue[] } };

function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== "object" || value === null || !("error" in value)) return false;
  const error: unknown = value.error;
  return typeof error === "object" && error !== null && "code" in error && "message" in error;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    // A proxy's HTML error page, say: the status alone is what we know.
    return null;
  }
}

function headersFor(method: Method, json: boolean): Record<string, string> {
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": acceptLanguage };
  if (json) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  return headers;
}

async function send(method: Method, path: string, headers: Record<string, string>, body?: BodyInit): Promise<Response> {
  try {
    return await fetch(`/api/v1${path}`, { method, headers, credentials: "same-origin", body });
  } catch {
    throw new ApiError(0, "network", "");
  }
}

async function failure(response: Response): Promise<ApiError> {
  const payload = await readJson(response);
  if (isEnvelope(payload)) return new ApiError(response.status, payload.error.code, payload.error.message, payload.error.fields ?? []);
  return new ApiError(response.status, "http_error", "");
}

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const response = await send(method, path, headersFor(method, body !== undefined), body === undefined ? undefined : JSON.stringify(body));
  if (!response.ok) throw await failure(response);
  return (await readJson(response)) as T;
}

/** A multipart upload of one file in the field `file` (the browser sets the boundary, so no Content-Type here). */
export async function upload<T>(path: string, file: Blob, name: string): Promise<T> {
  const form = new FormData();
  form.append("file", file, name);
  const response = await send("POST", path, headersFor("POST", false), form);
  if (!response.ok) throw await failure(response);
  return (await readJson(response)) as T;
}

/** The file name the server gave in Content-Disposition (RFC 5987 `filename*` first), else the fallback. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get("content-disposition") ?? "";
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // a malformed escape: the plain name or the fallback still names the file
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/**
 * A file the server makes (an export, an evidence file), fetched like any call, so the session, the language and
 * the error envelope apply, then handed to the browser to save.
 */
export async function download(path: string, fallbackName: string): Promise<void> {
  const response = await send("GET", path, { "Accept-Language": acceptLanguage });
  if (!response.ok) throw await failure(response);
  saveBlob(await response.blob(), fileNameOf(response, fallbackName));
}

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  saveUrl(url, name);
  // The click has started the download; the object URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function saveUrl(url: string, name: string): void {
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>) => request<T>("GET", withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, body),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, body),
  delete: <T>(path: string) => request<T>("DELETE", path),
};
