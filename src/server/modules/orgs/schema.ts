/** Regions, organisations and memberships (user × organisation × role). Users themselves live in platform/auth. */
import { sql } from "drizzle-orm";
import { boolean, index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "../../platform/auth/schema.ts";

/** The province and the five cities, by GB/T 2260 code. */
export const regions = pgTable("regions", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  nameEn: text("name_en").notNull(),
  level: text("level").notNull(),
});

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    name: text("name").notNull(),
    shortName: text("short_name"),
    /** Other names the organisation is known by (省发改委 = 省发展改革委 = 湖北省发展和改革委员会). */
    aliases: text("aliases").array().notNull().default(sql`'{}'::text[]`),
    kind: text("kind").notNull(),
    cityCode: text("city_code").notNull().references(() => regions.code),
    /** GB/T 2260 code of a district, where it has one; a development zone such as 东湖新技术开发区 has none. */
    districtCode: text("district_code"),
    isZone: boolean("is_zone").notNull().default(false),
    creditCode: text("credit_code").unique(),
    parentId: uuid("parent_id"),
    status: text("status").notNull().default("active"),
    address: text("address"),
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    website: text("website"),
    description: text("description"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("organisations_city_idx").on(t.cityCode, t.kind),
    index("organisations_name_idx").on(t.name),
    // The list's order (city, name, id) within the caller's cities: a page is read off the index, not sorted.
    index("organisations_list_idx").on(t.cityCode, t.name, t.id),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    orgId: uuid("org_id").notNull().references(() => organisations.id),
    role: text("role").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("memberships_user_org_role").on(t.userId, t.orgId, t.role), index("memberships_org_idx").on(t.orgId)],
);
