/**
 * Plan supervision's base data: the indicator catalog, the sourced KPI figures of data/kpi-statistics.json (each with
 * its source and how far it can be trusted), demo figures labelled 示例数据 where no source gave one, and the seed plan
 * itself, imported from its official text (data/guanggu-corridor-action-plan-2023-2025.txt) like any other plan.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { and, eq } from "drizzle-orm";
import { indicatorValues, plans } from "./schema.ts";
import { ensureIndicators } from "./service/indicators.ts";
import { insertPlan, parseChecked } from "./service/import.ts";
import type { SourceKind } from "./kpi.ts";
import { CITIES } from "../../../shared/regions.ts";
import { appendAudit } from "../../platform/audit/index.ts";
import type { Ctx } from "../../platform/context.ts";

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../data");
export const SEED_PLAN_FILE = path.join(DATA, "guanggu-corridor-action-plan-2023-2025.txt");

type StatValue = { indicator: string; city: string; year: number; value: number; qualifier?: string; source: { title: string; publisher?: string; url?: string }; note?: string };

/** How a published figure may be used: lower bounds and forecasts show as such; reposts are secondary. */
export function sourceKindOf(v: StatValue): SourceKind {
  if (v.qualifier === "lower_bound") return "lower_bound";
  if (v.qualifier === "preliminary_estimate") return "forecast";
  if (v.qualifier || /第三方|非官方|自媒体|镜像|转载/.test(v.source.publisher ?? "")) return "secondary";
  return "official";
}

/** 示例数据: deterministic, plausible magnitudes, never presented as official (sourceKind "demo"). */
const DEMO_BASE: Record<string, { gdp: number; rd: number; share: number; hte: number; platforms: number }> = {
  "420100": { gdp: 15600, rd: 0.032, share: 0.25, hte: 6200, platforms: 780 },
  "420200": { gdp: 1640, rd: 0.019, share: 0.2, hte: 420, platforms: 70 },
  "420700": { gdp: 1010, rd: 0.017, share: 0.18, hte: 190, platforms: 40 },
  "421100": { gdp: 2170, rd: 0.014, share: 0.11, hte: 460, platforms: 65 },
  "421200": { gdp: 1520, rd: 0.016, share: 0.15, hte: 300, platforms: 50 },
};

function demoValues(): { code: string; cityCode: string; year: number; value: number }[] {
  const out: { code: string; cityCode: string; year: number; value: number }[] = [];
  for (const city of CITIES) {
    const b = DEMO_BASE[city.code];
    if (!b) continue;
    for (let year = 2020; year <= 2024; year++) {
      const k = year - 2020;
      const gdp = b.gdp * 1.065 ** k;
      const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
      out.push({ code: "gdp", cityCode: city.code, year, value: round(gdp) });
      out.push({ code: "rd_expenditure", cityCode: city.code, year, value: round(gdp * (b.rd + 0.0012 * k)) });
      out.push({ code: "ht_value_added", cityCode: city.code, year, value: round(gdp * (b.share + 0.012 * k)) });
      out.push({ code: "hte_count", cityCode: city.code, year, value: Math.round(b.hte * 1.16 ** k) });
      out.push({ code: "platforms_prov_plus", cityCode: city.code, year, value: Math.round(b.platforms * 1.09 ** k) });
    }
  }
  return out;
}

export async function seedPlanData(ctx: Ctx, options: { demo: boolean; plan: boolean }): Promise<{ values: number; planId: string | null }> {
  const ids = await ensureIndicators(ctx);
  const stats = JSON.parse(readFileSync(path.join(DATA, "kpi-statistics.json"), "utf8")) as { values: StatValue[] };
  let values = 0;
  await ctx.db.transaction(async (tx) => {
    const put = async (row: typeof indicatorValues.$inferInsert) => {
      const [existing] = await tx
        .select({ id: indicatorValues.id })
        .from(indicatorValues)
        .where(and(eq(indicatorValues.indicatorId, row.indicatorId), eq(indicatorValues.cityCode, row.cityCode), eq(indicatorValues.year, row.year)));
      if (existing) return;
      const [saved] = await tx.insert(indicatorValues).values(row).returning();
      await appendAudit(tx, ctx, { action: "indicator.value_set", entityType: "indicator", entityId: row.indicatorId, after: saved });
      values++;
    };
    for (const v of stats.values) {
      const indicatorId = ids.get(v.indicator === "platforms_prov_plus" ? v.indicator : v.indicator);
      if (!indicatorId) continue;
      await put({ indicatorId, cityCode: v.city, year: v.year, value: v.value, sourceKind: sourceKindOf(v), source: v.source.title, sourceUrl: v.source.url ?? null, note: v.note ?? null });
    }
    if (options.demo) {
      for (const d of demoValues()) {
        const indicatorId = ids.get(d.code);
        if (!indicatorId) continue;
        await put({ indicatorId, cityCode: d.cityCode, year: d.year, value: d.value, sourceKind: "demo", source: "示例数据（演示用，非统计数据）", note: "示例数据" });
      }
    }
  });
  const [existingPlan] = await ctx.db.select({ id: plans.id }).from(plans).limit(1);
  if (existingPlan || !options.plan) return { values, planId: null };
  const parsed = parseChecked(readFileSync(SEED_PLAN_FILE, "utf8"));
  const unit = (name: string) => ({ name });
  const created = await insertPlan(ctx, {
    title: parsed.title,
    periodKind: "quarterly",
    startDate: "2023-05-01",
    endDate: "2025-12-31",
    sourceName: path.basename(SEED_PLAN_FILE),
    sourceText: null,
    chapters: parsed.chapters,
    targets: parsed.targets,
    tasks: parsed.tasks.map((t) => ({ ...t, dueDate: null, leadUnits: t.leadUnits.map(unit), responsibleUnits: t.responsibleUnits.map(unit) })),
  });
  return { values, planId: created.id };
}
