/**
 * The gap report (差距分析): an enterprise against every tier at once on a date — what it meets, what it lacks by how
 * much, which tier is nearest — as JSON for the page and as .docx for the coaching visit.
 */
import { enterprisePolicy } from "../policy.ts";
import { findVisibleEnterprise } from "./registry.ts";
import { loadRecords } from "./records.ts";
import { gapReportDocx } from "./gap-report.ts";
import { assessRecord, type RecordAssessment } from "../../../../shared/enterprise/inputs.ts";
import { growthRates } from "../../../../shared/enterprise/growth.ts";
import { describeGap, type FieldIssue } from "../../../../shared/eligibility/index.ts";
import { translate, type Lang } from "../../../../shared/i18n/index.ts";
import { cityName } from "../../../../shared/regions.ts";
import { requireActor } from "../../../platform/policy.ts";
import { todayInShanghai } from "../../../platform/clock.ts";
import type { Ctx } from "../../../platform/context.ts";
import { notFound } from "../../../platform/errors.ts";

const message = (lang: Lang) => (i: FieldIssue) => ({ path: i.path, message: translate(lang, i.key, i.params) });

async function assessed(ctx: Ctx, orgId: string, date: string | undefined) {
  const actor = requireActor(ctx.actor);
  const e = await findVisibleEnterprise(ctx.db, actor, orgId);
  enterprisePolicy.authorize(actor, "read", { orgId, cityCode: e.e.cityCode });
  const record = (await loadRecords(ctx.db, [orgId])).get(orgId);
  if (!record) throw notFound();
  return { e, record, assessment: assessRecord(record, date ?? todayInShanghai()) };
}

export function assessmentView(a: RecordAssessment, growth: ReturnType<typeof growthRates>, lang: Lang) {
  const toMessage = message(lang);
  return {
    assessedOn: a.assessedOn,
    tiers: a.tiers.map((t) => ({
      tier: t.tier,
      tierName: translate(lang, `tier.${t.tier}`),
      held: t.held,
      result: t.outcome.ok ? (t.outcome.result as unknown as Record<string, unknown>) : null,
      errors: t.outcome.ok ? [] : t.outcome.errors.map(toMessage),
      gaps: t.gaps.map((g) => ({
        conditionId: g.conditionId,
        label: g.label,
        text: describeGap(g, lang),
        shortfall: g.shortfall,
        ...(g.options ? { options: g.options.map((o) => ({ label: o.label, text: describeGap(o, lang) })) } : {}),
      })),
      missing: t.outcome.ok ? t.outcome.result.missing.map(toMessage) : [],
    })),
    nearest: a.nearest ? { tier: a.nearest.tier, tierName: translate(lang, `tier.${a.nearest.tier}`), unmet: a.nearest.unmet } : null,
    growth: growth.map((g) => ({ ...g })),
  };
}

export async function assessEnterprise(ctx: Ctx, orgId: string, date: string | undefined, lang: Lang) {
  const { record, assessment } = await assessed(ctx, orgId, date);
  return assessmentView(assessment, growthRates(record.years), lang);
}

export async function gapReport(ctx: Ctx, orgId: string, date: string | undefined, lang: Lang): Promise<{ name: string; buffer: Buffer }> {
  const { e, assessment } = await assessed(ctx, orgId, date);
  const buffer = await gapReportDocx({
    enterprise: { name: e.name, creditCode: e.creditCode, cityName: cityName(e.e.cityCode, lang), districtName: null, industry: e.e.industry },
    assessment,
    generatedAt: new Date().toISOString(),
    lang,
  });
  return { name: `${e.name}-培育评估报告-${assessment.assessedOn}.docx`, buffer };
}
