/**
 * Uploaded files: stored in the database (every engine, every process), read back by id, and turned into text
 * (.txt as UTF-8, .docx through mammoth) for importers.
 */
import { createHash } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import mammoth from "mammoth";
import { files } from "./schema.ts";
import { appendAudit } from "../audit/index.ts";
import { DomainError, fieldError, notFound } from "../errors.ts";
import { requireActor } from "../policy.ts";
import type { Ctx } from "../context.ts";
import type { Queryable } from "../db.ts";

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type StoredFile = { id: string; name: string; mime: string; size: number; sha256: string; createdAt: string };

export async function storeFile(ctx: Ctx, input: { name: string; mime: string; content: Buffer }): Promise<StoredFile> {
  const actor = requireActor(ctx.actor);
  if (input.content.length === 0) throw fieldError("file", "file.required");
  if (input.content.length > MAX_FILE_BYTES) throw fieldError("file", "file.too_large", { limit: "10 MB" });
  const sha256 = createHash("sha256").update(input.content).digest("hex");
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(files)
      .values({ name: input.name.slice(0, 200), mime: input.mime || "application/octet-stream", size: input.content.length, sha256, content: input.content, uploadedBy: actor.userId })
      .returning({ id: files.id, name: files.name, mime: files.mime, size: files.size, sha256: files.sha256, createdAt: files.createdAt });
    if (!row) throw notFound();
    await appendAudit(tx, ctx, { action: "file.upload", entityType: "file", entityId: row.id, after: { name: row.name, size: row.size, sha256 } });
    return { ...row, createdAt: row.createdAt.toISOString() };
  });
}

/** A multipart field as received: refused unless the caller is signed in and it is a file. */
export async function storeUpload(ctx: Ctx, field: unknown): Promise<StoredFile> {
  requireActor(ctx.actor);
  if (!(field instanceof File)) throw fieldError("file", "file.required");
  return storeFile(ctx, { name: field.name, mime: field.type, content: Buffer.from(await field.arrayBuffer()) });
}

/** The text of an uploaded document field (.txt/.docx), for importers. */
export async function uploadedText(field: unknown): Promise<string> {
  if (!(field instanceof File)) throw fieldError("file", "file.required");
  return documentText(field.name, Buffer.from(await field.arrayBuffer()));
}

/** Files the given user uploaded, among these ids (evidence must be one's own upload). */
export async function ownFileIds(q: Queryable, userId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await q.select({ id: files.id }).from(files).where(and(inArray(files.id, ids), eq(files.uploadedBy, userId)));
  return new Set(rows.map((r) => r.id));
}

export async function readFile(q: Queryable, id: string) {
  const [row] = await q.select().from(files).where(eq(files.id, id));
  if (!row) throw notFound();
  return row;
}

export async function describeFiles(q: Queryable, ids: string[]): Promise<StoredFile[]> {
  if (ids.length === 0) return [];
  const rows = await q
    .select({ id: files.id, name: files.name, mime: files.mime, size: files.size, sha256: files.sha256, createdAt: files.createdAt })
    .from(files)
    .where(inArray(files.id, ids));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** The text of an uploaded document: .txt (UTF-8, BOM removed) or .docx. Anything else is refused by name. */
export async function documentText(name: string, content: Buffer): Promise<string> {
  const lower = name.toLowerCase();
  if (lower.endsWith(".docx")) {
    try {
      return (await mammoth.extractRawText({ buffer: content })).value;
    } catch (e) {
      throw fieldError("file", "plan.file_unreadable", { detail: e instanceof Error ? e.message.slice(0, 100) : "?" });
    }
  }
  if (lower.endsWith(".txt") || lower.endsWith(".text")) {
    if (content.includes(0)) throw fieldError("file", "plan.binary");
    return content.toString("utf8").replace(/^\uFEFF/, "");
  }
  throw new DomainError("validation_failed", "error.validation_failed", {}, [{ path: "file", key: "plan.file_type", params: { name } }]);
}

export { files };
