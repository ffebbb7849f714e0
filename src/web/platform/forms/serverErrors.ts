/**
 * Puts the server's field errors under the fields they name. The server's paths are dotted
 * (`creditCode`, `memberships.0.role`); Ant Design names a field by an array of keys and indices.
 * Whatever names no field on the form is returned, for the form to show above its buttons.
 */
import type { FormInstance } from "antd";
import { ApiError, type FieldIssue } from "../api/client.ts";

export type NamePath = (string | number)[];

export function namePathOf(path: string): NamePath {
  return path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Sets the errors on the form's fields; returns the issues that name none of them. */
export function applyServerErrors(form: FormInstance, error: unknown, fieldNames: readonly string[]): FieldIssue[] {
  if (!(error instanceof ApiError)) return [];
  const placed = error.fields.filter((f) => fieldNames.includes(namePathOf(f.path)[0]?.toString() ?? ""));
  const grouped = new Map<string, string[]>();
  for (const issue of placed) grouped.set(issue.path, [...(grouped.get(issue.path) ?? []), issue.message]);
  form.setFields([...grouped].map(([path, errors]) => ({ name: namePathOf(path), errors })));
  return error.fields.filter((f) => !placed.includes(f));
}

/** The server's messages for one field, for a control outside an Ant Design form (an upload, a lone text area). */
export function fieldMessages(error: unknown, path: string): string[] {
  if (!(error instanceof ApiError)) return [];
  return error.fields.filter((f) => f.path === path || f.path.startsWith(`${path}.`)).map((f) => f.message);
}

/** The server's field issues other than those named, for an ErrorAlert to list. */
export function otherIssues(error: unknown, paths: readonly string[]): FieldIssue[] {
  if (!(error instanceof ApiError)) return [];
  return error.fields.filter((f) => !paths.includes(namePathOf(f.path)[0]?.toString() ?? ""));
}
