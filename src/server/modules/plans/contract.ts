/** Request and response schemas of the plans module (督办). */
import { z, IsoDate } from "../../platform/validation.ts";
import { PageQuery } from "../../platform/http.ts";


export const Comparator = z.enum([">", ">=", "<=", "<", "="]);
export const TargetShape = z.object({
  text: z.string().max(500),
  indicator: z.string().max(200),
  comparator: Comparator,
  value: z.number().finite(),
  unit: z.string().max(20),
  year: z.number().int().min(1990).max(2100).nullable(),
});

export const PreviewRequest = z
  .object({ text: z.string().min(1).max(20_000_000), fileName: z.string().max(200).optional() })
  .openapi("PlanPreviewRequest");

const UnitMatch = z.object({
  name: z.string(),
  orgId: z.string().nullable(),
  orgName: z.string().nullable(),
  match: z.enum(["matched", "unknown", "ambiguous"]),
  candidates: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const PreviewTask = z.object({
  chapter: z.string(),
  number: z.string(),
  path: z.array(z.string()),
  title: z.string(),
  body: z.string(),
  leadUnits: z.array(UnitMatch),
  responsibleUnits: z.array(UnitMatch),
  targets: z.array(TargetShape),
});

export const PlanPreview = z
  .object({
    title: z.string(),
    chapters: z.array(z.object({ number: z.string(), title: z.string() })),
    targets: z.array(TargetShape),
    tasks: z.array(PreviewTask),
    warnings: z.array(z.object({ code: z.string(), message: z.string(), task: z.string().optional() })),
    stats: z.object({ tasks: z.number(), units: z.number(), matched: z.number(), unknown: z.number(), targets: z.number() }),
  })
  .openapi("PlanPreview");

const UnitRef = z.object({ name: z.string().trim().min(1).max(200), orgId: z.uuid().nullish() });

export const PlanCreate = z
  .object({
    title: z.string().trim().min(2).max(300),
    periodKind: z.enum(["monthly", "quarterly"]),
    startDate: IsoDate,
    endDate: IsoDate,
    sourceName: z.string().max(200).nullish(),
    sourceText: z.string().max(20_000_000).nullish(),
    chapters: z.array(z.object({ number: z.string().max(20), title: z.string().max(300) })).max(200),
    targets: z.array(TargetShape).max(500),
    tasks: z
      .array(
        z.object({
          chapter: z.string().max(20),
          number: z.string().max(20),
          path: z.array(z.string().max(20)).max(8),
          title: z.string().trim().min(1).max(500),
          body: z.string().max(20_000),
          dueDate: IsoDate.nullish(),
          leadUnits: z.array(UnitRef).max(50),
          responsibleUnits: z.array(UnitRef).max(100),
          targets: z.array(TargetShape).max(50),
        }),
      )
      .min(1)
      .max(10_000),
  })
  .superRefine((p, ctx) => {
    if (p.startDate > p.endDate) ctx.addIssue({ code: "custom", path: ["endDate"], params: { key: "plan.end_before_start" } });
  })
  .openapi("PlanCreate");
export type PlanCreate = z.infer<typeof PlanCreate>;

export const Plan = z
  .object({
    id: z.string(),
    title: z.string(),
    status: z.string(),
    periodKind: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    sourceName: z.string().nullable(),
    createdAt: z.string(),
    chapters: z.array(z.object({ number: z.string(), title: z.string() })).optional(),
    counts: z.object({ tasks: z.number(), green: z.number(), yellow: z.number(), red: z.number() }).optional(),
  })
  .openapi("Plan");

export const TaskUnit = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  orgStatus: z.string(),
  printedName: z.string(),
  role: z.enum(["lead", "responsible"]),
  acknowledgedAt: z.string().nullable(),
});

export const Report = z
  .object({
    id: z.string(),
    taskId: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    periodKey: z.string(),
    statusText: z.string(),
    percent: z.number(),
    evidenceFileIds: z.array(z.string()),
    state: z.enum(["submitted", "approved", "returned"]),
    reviewReason: z.string().nullable(),
    submittedOn: z.string(),
    submittedAt: z.string(),
    reviewedAt: z.string().nullable(),
  })
  .openapi("TaskReport");

export const LightReason = z.object({ code: z.string(), message: z.string() });
export const Task = z
  .object({
    id: z.string(),
    planId: z.string(),
    chapter: z.string(),
    number: z.string(),
    path: z.array(z.string()),
    title: z.string(),
    body: z.string(),
    startDate: z.string(),
    dueDate: z.string(),
    completed: z.boolean(),
    units: z.array(TaskUnit),
    light: z.enum(["green", "yellow", "red"]),
    reasons: z.array(LightReason),
    plannedPercent: z.number(),
    actualPercent: z.number(),
    reports: z.array(Report).optional(),
    targets: z.array(TargetShape).optional(),
    abilities: z.object({ acknowledge: z.boolean(), report: z.boolean(), review: z.boolean() }).optional(),
  })
  .openapi("Task");
export type Task = z.infer<typeof Task>;

export const TaskListQuery = PageQuery.extend({
  light: z.enum(["green", "yellow", "red"]).optional(),
  orgId: z.uuid().optional(),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type TaskListQuery = z.infer<typeof TaskListQuery>;

export const AcknowledgeBody = z.object({ orgId: z.uuid().optional() });
export const ReportBody = z
  .object({
    orgId: z.uuid().optional(),
    periodKey: z.string().max(10),
    statusText: z.string().trim().min(1).max(5000),
    percent: z.number().int().min(0).max(100),
    evidenceFileIds: z.array(z.uuid()).max(20).default([]),
  })
  .openapi("TaskReportCreate");
export type ReportBody = z.infer<typeof ReportBody>;
export const ReturnBody = z.object({ reason: z.string().trim().min(2).max(1000) });

export const PlanParams = z.object({ planId: z.uuid() });
export const TodoItem = z.object({
  kind: z.enum(["acknowledge", "report", "review"]),
  taskId: z.string(),
  planId: z.string(),
  taskTitle: z.string(),
  taskNumber: z.string(),
  orgName: z.string(),
  periodKey: z.string().optional(),
  reportId: z.string().optional(),
  dueDate: z.string().optional(),
  light: z.enum(["green", "yellow", "red"]),
});
