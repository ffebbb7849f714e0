/**
 * The technology marketplace (技术交易市场): achievements, patents, demands and experts, each with a search document
 * (jieba tokens in a weighted tsvector, GIN-indexed) and a name text for trigram matching; responses to demands (the
 * SLA clock), feedback on suggested matches, and deals with their 技术合同登记 fields.
 */
import { sql } from "drizzle-orm";
import { boolean, customType, date, index, integer, numeric, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { organisations, regions } from "../orgs/index.ts";

/** tsvector: written from jieba tokens by the service (platform/search), read only by SQL. */
const tsvector = customType<{ data: string; driverData: string }>({ dataType: () => "tsvector" });

const common = {
  cityCode: text("city_code").notNull().references(() => regions.code),
  domain: text("domain"),
  /** The owner chose to show it on the public portal. */
  published: boolean("published").notNull().default(false),
  search: tsvector("search").notNull(),
  /**
   * Names that match (organisations, applicants, inventors), space-separated: a text of three characters or more by
   * substring through the trigram index; a two-character one (a typical Chinese personal name, which has no trigram to
   * look up) as a whole name through the index on the list of names.
   */
  names: text("names").notNull().default(""),
  isDemo: boolean("is_demo").notNull().default(false),
  createdBy: uuid("created_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

export const achievements = pgTable(
  "market_achievements",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    trl: integer("trl"),
    transferModes: text("transfer_modes").array().notNull().default(sql`'{}'::text[]`),
    /** 万元; null with negotiable = 面议. */
    price: numeric("price", { mode: "number" }),
    negotiable: boolean("negotiable").notNull().default(false),
    ownerOrgId: uuid("owner_org_id").notNull().references(() => organisations.id),
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    contactEmail: text("contact_email"),
    ...common,
  },
  (t) => [
    index("market_achievements_search_idx").using("gin", t.search),
    index("market_achievements_names_idx").using("gin", sql`${t.names} gin_trgm_ops`),
    index("market_achievements_name_list_idx").using("gin", sql`string_to_array(${t.names}, ' ')`),
    index("market_achievements_list_idx").on(t.cityCode, t.domain),
    index("market_achievements_owner_idx").on(t.ownerOrgId),
  ],
);

export const patents = pgTable(
  "market_patents",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    /** Normalised application number (ZC 0006-2003), unique: a second import of the same number updates, never doubles. */
    applicationNo: text("application_no").notNull(),
    title: text("title").notNull(),
    abstract: text("abstract").notNull().default(""),
    applicants: text("applicants").array().notNull().default(sql`'{}'::text[]`),
    inventors: text("inventors").array().notNull().default(sql`'{}'::text[]`),
    /** invention | utility_model | design */
    type: text("type").notNull(),
    legalStatus: text("legal_status").notNull(),
    ipc: text("ipc").array().notNull().default(sql`'{}'::text[]`),
    ownerOrgId: uuid("owner_org_id").references(() => organisations.id),
    filingDate: date("filing_date"),
    grantDate: date("grant_date"),
    strategicEmerging: boolean("strategic_emerging").notNull().default(false),
    overseasFamily: boolean("overseas_family").notNull().default(false),
    /** 质押融资金额 (yuan). */
    pledgeAmount: numeric("pledge_amount", { mode: "number" }),
    nationalAward: boolean("national_award").notNull().default(false),
    chinaPatentAward: boolean("china_patent_award").notNull().default(false),
    /** Derived from the fields above by src/shared/market/high-value.ts, never typed. */
    highValue: boolean("high_value").notNull().default(false),
    highValueCategories: text("high_value_categories").array().notNull().default(sql`'{}'::text[]`),
    filingYear: integer("filing_year"),
    ...common,
  },
  (t) => [
    unique("market_patents_application_no").on(t.applicationNo),
    index("market_patents_search_idx").using("gin", t.search),
    index("market_patents_names_idx").using("gin", sql`${t.names} gin_trgm_ops`),
    index("market_patents_name_list_idx").using("gin", sql`string_to_array(${t.names}, ' ')`),
    index("market_patents_list_idx").on(t.cityCode, t.domain),
    index("market_patents_owner_idx").on(t.ownerOrgId),
  ],
);

export const demands = pgTable(
  "market_demands",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    title: text("title").notNull(),
    description: text("description").notNull(),
    /** 万元; null with negotiable = 面议. */
    budget: numeric("budget", { mode: "number" }),
    negotiable: boolean("negotiable").notNull().default(false),
    deadline: date("deadline"),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    /** draft | published | closed */
    status: text("status").notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    firstResponseAt: timestamp("first_response_at", { withTimezone: true }),
    /** Set when 48 hours passed without a response: the city's service agency is told. */
    slaFlaggedAt: timestamp("sla_flagged_at", { withTimezone: true }),
    ...common,
  },
  (t) => [
    index("market_demands_search_idx").using("gin", t.search),
    index("market_demands_names_idx").using("gin", sql`${t.names} gin_trgm_ops`),
    index("market_demands_name_list_idx").using("gin", sql`string_to_array(${t.names}, ' ')`),
    index("market_demands_list_idx").on(t.cityCode, t.status),
    index("market_demands_org_idx").on(t.orgId),
  ],
);

export const experts = pgTable(
  "market_experts",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    name: text("name").notNull(),
    title: text("title"),
    fields: text("fields").array().notNull().default(sql`'{}'::text[]`),
    bio: text("bio").notNull().default(""),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    userId: uuid("user_id"),
    ...common,
  },
  (t) => [
    index("market_experts_search_idx").using("gin", t.search),
    index("market_experts_names_idx").using("gin", sql`${t.names} gin_trgm_ops`),
    index("market_experts_name_list_idx").using("gin", sql`string_to_array(${t.names}, ' ')`),
    index("market_experts_list_idx").on(t.cityCode, t.domain),
  ],
);

/** A provider's response to a demand (联系/对接): the first one stops the demand's 48-hour clock. */
export const responses = pgTable(
  "market_responses",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    demandId: uuid("demand_id").notNull().references(() => demands.id, { onDelete: "cascade" }),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    supplyKind: text("supply_kind"),
    supplyId: uuid("supply_id"),
    message: text("message").notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("market_responses_demand_idx").on(t.demandId)],
);

/** 有用/无用 on a suggested match, by the person who saw it. */
export const matchFeedback = pgTable(
  "market_match_feedback",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    subjectKind: text("subject_kind").notNull(),
    subjectId: uuid("subject_id").notNull(),
    targetKind: text("target_kind").notNull(),
    targetId: uuid("target_id").notNull(),
    useful: boolean("useful").notNull(),
    rank: integer("rank"),
    userId: uuid("user_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("market_match_feedback_once").on(t.subjectKind, t.subjectId, t.targetKind, t.targetId, t.userId)],
);

/** A deal (成交) with its 技术合同登记 fields; seller and buyer cities make the flow matrix. */
export const deals = pgTable(
  "market_deals",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    title: text("title").notNull(),
    supplyKind: text("supply_kind"),
    supplyId: uuid("supply_id"),
    demandId: uuid("demand_id").references(() => demands.id),
    sellerOrgId: uuid("seller_org_id").notNull().references(() => organisations.id),
    buyerOrgId: uuid("buyer_org_id").notNull().references(() => organisations.id),
    sellerCity: text("seller_city").notNull().references(() => regions.code),
    buyerCity: text("buyer_city").notNull().references(() => regions.code),
    domain: text("domain"),
    /** 万元. */
    amount: numeric("amount", { mode: "number" }).notNull(),
    signedOn: date("signed_on").notNull(),
    /** development | transfer | licensing | consulting | service (技术开发/转让/许可/咨询/服务). */
    contractType: text("contract_type").notNull(),
    registrationNo: text("registration_no"),
    /** 合同成交额 and 技术交易额 as registered (万元). */
    registeredAmount: numeric("registered_amount", { mode: "number" }),
    techTransactionAmount: numeric("tech_transaction_amount", { mode: "number" }),
    isDemo: boolean("is_demo").notNull().default(false),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("market_deals_flow_idx").on(t.signedOn, t.sellerCity, t.buyerCity), unique("market_deals_registration_no").on(t.registrationNo)],
);

/**
 * Document frequencies per kind and term, kept in step with every write (the term "" counts the documents), so
 * matching can weigh a demand's words by how rare they are without scanning the corpus.
 */
export const terms = pgTable(
  "market_terms",
  {
    kind: text("kind").notNull(),
    term: text("term").notNull(),
    df: integer("df").notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.term] })],
);
