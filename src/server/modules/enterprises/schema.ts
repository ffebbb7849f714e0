/**
 * The enterprise registry (企业培育登记库): a profile per enterprise organisation, its yearly figures with their
 * confirmation by the city, certificates held, the stored assessment per tier, and the 高企后备库 with coaching visits.
 */
import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { organisations, regions } from "../orgs/index.ts";
import type { EnterpriseFacts, IpOwned } from "../../../shared/enterprise/record.ts";

const money = (name: string) => numeric(name, { mode: "number" });

/** One row per enterprise organisation in the registry; the organisation row holds name, credit code, city, district. */
export const enterprises = pgTable(
  "enterprises",
  {
    orgId: uuid("org_id").primaryKey().references(() => organisations.id),
    /** Denormalised from the organisation for the city's lists and the funnel (kept in step by the service). */
    cityCode: text("city_code").notNull().references(() => regions.code),
    industry: text("industry"),
    /** One of the plan's six domains (光电子信息 …), when it belongs to one. */
    domain: text("domain"),
    foundedOn: date("founded_on"),
    facts: jsonb("facts").$type<EnterpriseFacts>().notNull().default(sql`'{}'::jsonb`),
    /** Demo records (示例数据) are labelled as such wherever they are counted. */
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("enterprises_city_idx").on(t.cityCode)],
);

/** Yearly figures, entered by the enterprise (draft → submitted) and confirmed or returned by its city's officer. */
export const enterpriseYears = pgTable(
  "enterprise_years",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid("org_id").notNull().references(() => enterprises.orgId, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    employees: integer("employees"),
    techStaff: integer("tech_staff"),
    rdStaff: integer("rd_staff"),
    operatingRevenue: money("operating_revenue"),
    mainBusinessRevenue: money("main_business_revenue"),
    salesRevenue: money("sales_revenue"),
    totalRevenue: money("total_revenue"),
    highTechRevenue: money("high_tech_revenue"),
    rdExpense: money("rd_expense"),
    rdExpenseDomestic: money("rd_expense_domestic"),
    costExpense: money("cost_expense"),
    totalAssets: money("total_assets"),
    netAssets: money("net_assets"),
    totalLiabilities: money("total_liabilities"),
    netProfit: money("net_profit"),
    equityFinancing: money("equity_financing"),
    ip: jsonb("ip").$type<IpOwned>(),
    standardsLed: integer("standards_led"),
    resultsConverted: integer("results_converted"),
    /** draft | submitted | confirmed | returned */
    status: text("status").notNull().default("draft"),
    returnReason: text("return_reason"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    confirmedBy: uuid("confirmed_by"),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("enterprise_years_org_year").on(t.orgId, t.year), index("enterprise_years_status_idx").on(t.status)],
);

/** Certificates and titles held: 高企 (number, validity), 科小 (registration number), 创新型/专精特新/小巨人 (level, year). */
export const enterpriseCertificates = pgTable(
  "enterprise_certificates",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid("org_id").notNull().references(() => enterprises.orgId, { onDelete: "cascade" }),
    cityCode: text("city_code").notNull(),
    tier: text("tier").notNull(),
    number: text("number"),
    year: integer("year").notNull(),
    level: text("level"),
    validFrom: date("valid_from"),
    validUntil: date("valid_until"),
    /** Only confirmed certificates are counted (the 高企 KPI, the funnel); an officer's entry is confirmed at once. */
    confirmed: boolean("confirmed").notNull().default(false),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("enterprise_certificates_number").on(t.tier, t.number),
    index("enterprise_certificates_org_idx").on(t.orgId),
    index("enterprise_certificates_funnel_idx").on(t.tier, t.cityCode, t.year),
  ],
);

/** The stored result of the latest assessment per tier, recomputed on every change, so lists and proposals are queries. */
export const enterpriseAssessments = pgTable(
  "enterprise_assessments",
  {
    orgId: uuid("org_id").notNull().references(() => enterprises.orgId, { onDelete: "cascade" }),
    tier: text("tier").notNull(),
    ruleSet: text("rule_set"),
    assessedOn: date("assessed_on").notNull(),
    /** null: undecided (a figure is missing). */
    eligible: boolean("eligible"),
    score: numeric("score", { mode: "number" }),
    unmet: integer("unmet").notNull(),
    incomplete: boolean("incomplete").notNull(),
    held: boolean("held").notNull().default(false),
    withinReach: boolean("within_reach").notNull().default(false),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.tier] }), index("enterprise_assessments_reach_idx").on(t.tier, t.withinReach)],
);

/** 高企后备库: an enterprise nominated for a year, followed to application and result. */
export const reserveEntries = pgTable(
  "reserve_entries",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid("org_id").notNull().references(() => enterprises.orgId, { onDelete: "cascade" }),
    cityCode: text("city_code").notNull(),
    year: integer("year").notNull(),
    /** officer | engine (proposed by the engine, accepted by an officer) */
    source: text("source").notNull(),
    /** reserve | applied | certified | rejected | withdrawn */
    stage: text("stage").notNull().default("reserve"),
    appliedOn: date("applied_on"),
    decidedOn: date("decided_on"),
    note: text("note"),
    nominatedBy: uuid("nominated_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("reserve_entries_org_year").on(t.orgId, t.year), index("reserve_entries_funnel_idx").on(t.cityCode, t.year, t.stage)],
);

/** 辅导: the visits that coach a reserve enterprise toward its application. */
export const coachingVisits = pgTable(
  "coaching_visits",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    entryId: uuid("entry_id").notNull().references(() => reserveEntries.id, { onDelete: "cascade" }),
    visitedOn: date("visited_on").notNull(),
    visitors: text("visitors").notNull(),
    topics: text("topics").notNull(),
    notes: text("notes"),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("coaching_visits_entry_idx").on(t.entryId)],
);
