/** Evidence files of a report: readable by whoever may read the report's task. */
import { eq } from "drizzle-orm";
import { taskReports } from "../schema.ts";
import { findVisibleTask } from "./tasks.ts";
import { readFile } from "../../../platform/files/index.ts";
import { notFound } from "../../../platform/errors.ts";
import { requireActor } from "../../../platform/policy.ts";
import type { Lang } from "../../../../shared/i18n/index.ts";
import type { Ctx } from "../../../platform/context.ts";

export async function evidenceFile(ctx: Ctx, reportId: string, fileId: string, lang: Lang) {
  const actor = requireActor(ctx.actor);
  const [report] = await ctx.db.select().from(taskReports).where(eq(taskReports.id, reportId));
  if (!report || !report.evidenceFileIds.includes(fileId)) throw notFound();
  await findVisibleTask(ctx.db, actor, report.taskId, lang);
  return readFile(ctx.db, fileId);
}
