/**
 * 高新技术企业 under HTE-2016: the eight conditions of 国科发火〔2016〕32号 第十一条, all required, with the
 * innovation score of the 工作指引 as condition (七). Pure: the assessment date is part of the input.
 */
import { assemble, Findings, flagCondition, lever, numberCondition, ratioCondition, type Spec } from "../conditions.ts";
import { daysBetween } from "../dates.ts";
import { exact, holds, percent, sum, type Exact } from "../exact.ts";
import type { AssessmentResult, Condition } from "../types.ts";
import { fiscalWindow } from "./grades.ts";
import type { HighTechFiscalYear, HighTechInput } from "./input.ts";
import { HTE_2016 as R, HTE_ARTICLES as A, HTE_LABELS as L, HTE_MEASURES as M } from "./rules-2016.ts";
import { scoreInnovation, type WindowYear } from "./score.ts";

const spec = (id: keyof typeof L, article: string, basis: Spec["basis"] = "data"): Spec => ({ id, label: L[id], measure: M[id], article, group: "required", basis });

/** The window's fiscal years in order; a year not given is noted missing and makes the sums unknown. */
function windowYears(input: HighTechInput, f: Findings): { years: WindowYear[]; complete: boolean; count: number; latest: WindowYear | undefined } {
  const { first, last } = fiscalWindow(input.assessedOn, input.registeredOn);
  // Registered in the assessment year: no fiscal year has closed yet (and 第十一条（一） fails).
  if (first > last) return { years: [], complete: false, count: 0, latest: undefined };
  const rows = input.fiscalYears ?? [];
  const years: WindowYear[] = [];
  for (let year = first; year <= last; year++) {
    const index = rows.findIndex((r) => r.year === year);
    const row = rows[index];
    if (row) years.push({ row, path: `fiscalYears[${index}]` });
    else f.missingYear(year);
  }
  return { years, complete: years.length === last - first + 1, count: last - first + 1, latest: years.find((y) => y.row.year === last) };
}

function total(years: WindowYear[], complete: boolean, field: keyof Omit<HighTechFiscalYear, "year">, f: Findings): Exact | null {
  const values = years.map((y) => f.need(y.row[field], `${y.path}.${field}`));
  if (!complete || values.some((v) => v === null)) return null;
  return sum(values.map((v) => exact(v ?? 0)));
}

/** 第十一条（五）: the required share by the most recent year's 销售收入 (≤5000 → 5%, ≤20000 → 4%, else 3%). */
function rdRequiredPct(latestSales: number | undefined): number | null {
  if (latestSales === undefined) return null;
  const tier = R.rdRatioTiers.find((t) => t.salesAtMost === null || holds(exact(latestSales), "<=", exact(t.salesAtMost)));
  return tier?.minPct ?? null;
}

export function assessHighTech(input: HighTechInput): AssessmentResult {
  const f = new Findings();
  const { years, complete, count, latest } = windowYears(input, f);
  const sales = total(years, complete, "salesRevenue", f);
  const rd = total(years, complete, "rdExpense", f);
  const domestic = total(years, complete, "rdExpenseDomestic", f);
  const requiredPct = rdRequiredPct(latest?.row.salesRevenue);

  const registeredOn = f.need(input.registeredOn, "registeredOn");
  const days = registeredOn === null ? null : daysBetween(registeredOn, input.assessedOn);
  const employees = f.need(input.employees, "employees");
  const techStaff = f.need(input.techStaff, "techStaff");
  const highTech = f.need(input.highTechRevenue, "highTechRevenue");
  const totalRevenue = f.need(input.totalRevenue, "totalRevenue");
  const staffShare = f.ratio(techStaff, employees);
  const rdRatio = f.ratio(rd, sales);
  const domesticShare = f.ratio(domestic, rd);
  const highTechShare = f.ratio(highTech, totalRevenue);
  const innovation = scoreInnovation(input, complete ? years : null, count, f);

  const conditions: Condition[] = [
    numberCondition(spec("registered-1y", A.registered), days, ">=", R.registeredMinDays, "days"),
    flagCondition(spec("core-ip", A.coreIp, "expert"), f.need(input.ownsCoreIp, "ownsCoreIp")),
    flagCondition(spec("tech-field", A.techField, "expert"), f.need(input.techFieldInCatalogue, "techFieldInCatalogue")),
    ratioCondition(spec("tech-staff-10pct", A.techStaff), staffShare, ">=", R.techStaffMinPct, lever(techStaff, employees, true, "persons")),
    ratioCondition(spec("rd-ratio", A.rdRatio), rdRatio, ">=", requiredPct, lever(rd, sales, false, "wan")),
    ratioCondition(spec("rd-domestic-60pct", A.rdRatio), domesticShare, ">=", R.rdDomesticMinPct, lever(domestic, rd, true, "wan")),
    ratioCondition(spec("hightech-revenue-60pct", A.highTechRevenue), highTechShare, ">=", R.highTechRevenueMinPct, lever(highTech, totalRevenue, true, "wan")),
    numberCondition(spec("innovation-score-gt-70", A.innovation, "expert"), innovation.score, ">", R.innovationScoreAbove, "points"),
    flagCondition(spec("no-major-incident", A.incident), f.need(input.majorIncidentPastYear, "majorIncidentPastYear"), false),
  ];
  if (input.assessedOn > R.reportedInForceUntil) {
    f.flag({ id: "hte.in-force", rule: "国科发火〔2016〕32号、195号仍然有效", why: `最后一次核实（第三方，${R.reportedInForceUntil.slice(0, 7)}）之后的评价日期，未再核实是否已被修订或替代` });
  }
  return assemble({ tier: "high-tech", ruleSet: R.id, assessedOn: input.assessedOn }, conditions, f, {
    score: innovation.score,
    subscores: innovation.subscores,
    scoreItems: innovation.items,
    scoreRange: innovation.range,
    derived: {
      registeredDays: days,
      techStaffShare: staffShare?.approx ?? null,
      rdRatio: rdRatio?.approx ?? null,
      rdRequired: requiredPct === null ? null : percent(requiredPct).approx,
      domesticShare: domesticShare?.approx ?? null,
      highTechRevenueShare: highTechShare?.approx ?? null,
      ...innovation.derived,
    },
  });
}
