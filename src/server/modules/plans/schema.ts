/**
 * Plans and their supervision (督办): chapters, tasks, the units each task names (牵头/责任), progress reports per
 * period, and the KPI indicators with their targets and city values.
 */
import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { organisations, regions } from "../orgs/index.ts";

export const plans = pgTable("plans", {
  id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
  title: text("title").notNull(),
  status: text("status").notNull().default("active"),
  periodKind: text("period_kind").notNull(),
  startDate: date("start_date", { mode: "string" }).notNull(),
  endDate: date("end_date", { mode: "string" }).notNull(),
  sourceName: text("source_name"),
  sourceText: text("source_text"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const planChapters = pgTable("plan_chapters", {
  id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
  planId: uuid("plan_id").notNull().references(() => plans.id, { onDelete: "cascade" }),
  number: text("number").notNull(),
  title: text("title").notNull(),
  ord: integer("ord").notNull(),
});

export const planTasks = pgTable(
  "plan_tasks",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    planId: uuid("plan_id").notNull().references(() => plans.id, { onDelete: "cascade" }),
    chapter: text("chapter").notNull(),
    number: text("number").notNull(),
    path: text("path").array().notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    ord: integer("ord").notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    dueDate: date("due_date", { mode: "string" }).notNull(),
    completed: boolean("completed").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("plan_tasks_plan_idx").on(t.planId, t.ord)],
);

/** 牵头单位 (lead) and 责任单位 (responsible) of a task, with the name as the document printed it. */
export const taskUnits = pgTable(
  "task_units",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    taskId: uuid("task_id").notNull().references(() => planTasks.id, { onDelete: "cascade" }),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    role: text("role").notNull(),
    printedName: text("printed_name").notNull(),
    ord: integer("ord").notNull(),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    acknowledgedBy: uuid("acknowledged_by"),
  },
  (t) => [unique("task_units_task_org_role").on(t.taskId, t.orgId, t.role), index("task_units_org_idx").on(t.orgId)],
);

export const taskReports = pgTable(
  "task_reports",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    taskId: uuid("task_id").notNull().references(() => planTasks.id, { onDelete: "cascade" }),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    periodKey: text("period_key").notNull(),
    statusText: text("status_text").notNull(),
    percent: integer("percent").notNull(),
    evidenceFileIds: jsonb("evidence_file_ids").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    state: text("state").notNull().default("submitted"),
    reviewReason: text("review_reason"),
    submittedBy: uuid("submitted_by"),
    submittedOn: date("submitted_on", { mode: "string" }).notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    reviewedBy: uuid("reviewed_by"),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
  },
  (t) => [index("task_reports_task_idx").on(t.taskId, t.periodKey)],
);

/** KPI definitions with their 统计口径. */
export const indicators = pgTable("indicators", {
  id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  unit: text("unit").notNull(),
  aggregation: text("aggregation").notNull(),
  numerator: text("numerator"),
  denominator: text("denominator"),
  scale: numeric("scale", { mode: "number" }),
  projection: text("projection").notNull(),
  definition: text("definition"),
  /** Where the value is counted rather than reported (e.g. "enterprise_registry" for 高企); such values are never typed. */
  computedFrom: text("computed_from"),
});

export const indicatorTargets = pgTable("indicator_targets", {
  id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
  indicatorId: uuid("indicator_id").references(() => indicators.id),
  planId: uuid("plan_id").notNull().references(() => plans.id, { onDelete: "cascade" }),
  taskId: uuid("task_id").references(() => planTasks.id, { onDelete: "cascade" }),
  text: text("text").notNull(),
  indicatorText: text("indicator_text").notNull(),
  comparator: text("comparator").notNull(),
  value: numeric("value", { mode: "number" }).notNull(),
  unit: text("unit").notNull(),
  year: integer("year"),
});

export const indicatorValues = pgTable(
  "indicator_values",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    indicatorId: uuid("indicator_id").notNull().references(() => indicators.id, { onDelete: "cascade" }),
    cityCode: text("city_code").notNull().references(() => regions.code),
    year: integer("year").notNull(),
    value: numeric("value", { mode: "number" }),
    numerator: numeric("numerator", { mode: "number" }),
    denominator: numeric("denominator", { mode: "number" }),
    sourceKind: text("source_kind").notNull(),
    source: text("source").notNull(),
    sourceUrl: text("source_url"),
    note: text("note"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("indicator_values_city_year").on(t.indicatorId, t.cityCode, t.year)],
);
