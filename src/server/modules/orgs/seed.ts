/**
 * Base data: regions, the organisations in seed-data.ts and the sourced facts in data/corridor-facts.json
 * (湖北实验室, parks, offshore innovation parks inside the corridor). Idempotent: a name already present is skipped.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { eq, sql } from "drizzle-orm";
import { organisations, regions } from "./schema.ts";
import { CITY_GOVERNMENTS, DEMO_ORGS, PROVINCIAL_DEPARTMENTS, type SeedOrg } from "./seed-data.ts";
import { CITIES, PROVINCE, isRegionCode } from "../../../shared/regions.ts";
import { appendAudit } from "../../platform/audit/index.ts";
import type { Ctx } from "../../platform/context.ts";

const FACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../data/corridor-facts.json");

type Fact = { name: string; cityCode?: string | null; homeCityCode?: string | null; source?: { title?: string; url?: string }; confidence?: string };
type Facts = { labs: Fact[]; parks: Fact[]; offshoreParks: Fact[] };

function factOrgs(): SeedOrg[] {
  const facts = JSON.parse(readFileSync(FACTS, "utf8")) as Facts;
  const describe = (f: Fact) => `来源：${f.source?.title ?? "未注明"}${f.confidence === "secondary" ? "（二手来源）" : ""}`;
  const inCorridor = (code: string | null | undefined): code is string => !!code && isRegionCode(code) && code !== PROVINCE.code;
  return [
    ...facts.labs.filter((f) => inCorridor(f.cityCode)).map((f) => ({ name: f.name, kind: "laboratory" as const, cityCode: f.cityCode ?? "", description: describe(f) })),
    // 东湖新技术开发区 is seeded as the zone itself (DEMO_ORGS); the other parks become park organisations.
    ...facts.parks.filter((f) => inCorridor(f.cityCode) && !f.name.includes("东湖新技术开发区")).map((f) => ({ name: f.name, kind: "park" as const, cityCode: f.cityCode ?? "", description: describe(f) })),
    ...facts.offshoreParks.filter((f) => inCorridor(f.homeCityCode)).map((f) => ({ name: f.name, kind: "park" as const, cityCode: f.homeCityCode ?? "", description: describe(f) })),
  ];
}

export async function seedBaseData(ctx: Ctx): Promise<{ created: number }> {
  return ctx.db.transaction(async (tx) => {
    await tx
      .insert(regions)
      .values([
        { code: PROVINCE.code, name: PROVINCE.name, nameEn: PROVINCE.nameEn, level: "province" },
        ...CITIES.map((c) => ({ code: c.code, name: c.name, nameEn: c.nameEn, level: "city" })),
      ])
      .onConflictDoNothing();
    let created = 0;
    for (const org of [...PROVINCIAL_DEPARTMENTS, ...CITY_GOVERNMENTS, ...DEMO_ORGS, ...factOrgs()]) {
      const [existing] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, org.name));
      if (existing) continue;
      const [row] = await tx.insert(organisations).values({ ...org, aliases: org.aliases ?? [] }).returning();
      if (!row) continue;
      await appendAudit(tx, ctx, { action: "organisation.create", entityType: "organisation", entityId: row.id, after: row });
      created++;
    }
    return { created };
  });
}

/** The organisation the first administrator belongs to: the provincial department of science and technology. */
export async function adminHomeOrgId(ctx: Ctx): Promise<string> {
  const [row] = await ctx.db.select({ id: organisations.id }).from(organisations).where(sql`${organisations.name} = ${PROVINCIAL_DEPARTMENTS[0]?.name ?? ""}`);
  if (!row) throw new Error("base data missing: run the seed first");
  return row.id;
}
