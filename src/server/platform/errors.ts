/**
 * Typed errors raised anywhere on the server, mapped to HTTP once, here, in one JSON envelope:
 * {"error":{"code","message","fields":[{"path","message"}]}} with messages in the caller's language.
 */
import { translate, type Lang, type MessageKey, type MessageParams } from "../../shared/i18n/index.ts";

export type FieldError = { path: string; key: MessageKey; params?: MessageParams } | { path: string; text: string };

export type ErrorCode =
  | "validation_failed"
  | "bad_request"
  | "unauthenticated"
  | "forbidden"
  | "csrf_failed"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "rate_limited"
  | "account_locked"
  | "internal";

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 422,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  account_locked: 403,
  internal: 500,
};

export class DomainError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly fields: FieldError[] = [],
  ) {
    super(`${code}: ${key}`);
    this.status = STATUS[code];
  }
}

export const notFound = () => new DomainError("not_found", "error.not_found");
export const forbidden = () => new DomainError("forbidden", "error.forbidden");
export const unauthenticated = () => new DomainError("unauthenticated", "error.unauthenticated");
export function invalid(fields: FieldError[]): DomainError {
  return new DomainError("validation_failed", "error.validation_failed", {}, fields);
}
export function fieldError(path: string, key: MessageKey, params?: MessageParams): DomainError {
  return invalid([{ path, key, params }]);
}

export type ErrorBody = { error: { code: string; message: string; fields: { path: string; message: string }[] } };

export function errorBody(err: DomainError, lang: Lang): ErrorBody {
  return {
    error: {
      code: err.code,
      message: translate(lang, err.key, err.params),
      fields: err.fields.map((f) => ({ path: f.path, message: "text" in f ? f.text : translate(lang, f.key, f.params) })),
    },
  };
}
