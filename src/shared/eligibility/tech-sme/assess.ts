/**
 * 科技型中小企业 under MOST-2017-115: 第六条（一）–（四） always; then 第六条（五）(score ≥ 60 and 科技人员指标 ≠ 0)
 * or any 第八条 direct-confirmation condition. The score is computed and reported either way.
 */
import { pointsAtLeast, type AtLeast } from "../bands.ts";
import { all, assemble, Findings, flagCondition, numberCondition, type Spec } from "../conditions.ts";
import { exact, type Exact } from "../exact.ts";
import type { AssessmentResult, Condition, ConditionGroup, ScoreItem } from "../types.ts";
import type { TechSmeInput } from "./input.ts";
import { MOST_2017_115 as R, MOST_ARTICLES as A, MOST_LABELS as L, MOST_MEASURES as M, MOST_SCORE_LABELS as S } from "./rules-2017.ts";

const spec = (id: keyof typeof L, article: string, group: ConditionGroup, basis: Spec["basis"] = "data"): Spec => ({ id, label: L[id], measure: (M as Partial<Record<string, string>>)[id], article, group, basis });

/** Points of a ratio: null while a figure is missing, 0 for an undefined ratio (denominator 0). */
const ratioPoints = (q: Exact | null | undefined, bands: readonly AtLeast[]): number | null => (q === undefined ? null : q === null ? 0 : pointsAtLeast(q, bands, true).points);

function rdScore(input: TechSmeInput, sales: number | null, f: Findings) {
  const rd = f.need(input.rdExpense, "rdExpense");
  const salesRatio = input.rdBasis === "cost" ? undefined : f.ratio(rd, sales);
  const costRatio = input.rdBasis === "sales" ? undefined : f.ratio(rd, f.need(input.costExpense, "costExpense"));
  const bySales = ratioPoints(salesRatio, R.rdSalesBands);
  const byCost = ratioPoints(costRatio, R.rdCostBands);
  if (input.rdBasis === "sales") return { points: bySales, basis: "sales", salesRatio, costRatio };
  if (input.rdBasis === "cost") return { points: byCost, basis: "cost", salesRatio, costRatio };
  f.flag({ id: "ts.rd-basis-higher", rule: "研发投入指标：企业未选择计分口径时取两项中的较高分", why: "第七条（二）规定企业选择其一；“择高”为实践做法（二手来源，tech-sme.md §2）" });
  if (bySales === null || byCost === null) return { points: null, basis: null, salesRatio, costRatio };
  return { points: Math.max(bySales, byCost), basis: bySales >= byCost ? "sales" : "cost", salesRatio, costRatio };
}

function ipScore(classI: number | null, classII: number | null): number | null {
  if (classI === null || classII === null) return null;
  if (classI >= 1) return R.ipClassIPoints;
  return pointsAtLeast(exact(classII), R.ipClassIIBands, false).points;
}

const directCondition = (f: Findings, id: keyof typeof L, n: string, value: boolean | undefined, key: string) => flagCondition(spec(id, A.direct(n), "direct", "declaration"), f.need(value, `direct.${key}`));
const item = (id: keyof typeof S, points: number | null): ScoreItem => ({ id, label: S[id], subscore: id, points, max: R.maxPoints[id], basis: "data" });

export function assessTechSme(input: TechSmeInput): AssessmentResult {
  const f = new Findings();
  const employees = f.need(input.employees, "employees");
  const sales = f.need(input.salesRevenue, "salesRevenue");
  const staffShare = f.ratio(f.need(input.techStaff, "techStaff"), employees);
  const techStaff = ratioPoints(staffShare, R.techStaffBands);
  const rd = rdScore(input, sales, f);
  const ip = ipScore(f.need(input.ipClassI, "ipClassI"), f.need(input.ipClassII, "ipClassII"));
  const subscores = { techStaff, rd: rd.points, ip };
  const score = techStaff === null || rd.points === null || ip === null ? null : techStaff + rd.points + ip;
  const d = input.direct;

  const conditions: Condition[] = [
    flagCondition(spec("resident", A.basic("一"), "basic", "declaration"), f.need(input.residentEnterprise, "residentEnterprise")),
    numberCondition(spec("employees-le-500", A.basic("二"), "basic"), employees, "<=", R.employeesMax, "persons"),
    numberCondition(spec("sales-le-20000", A.basic("二"), "basic"), sales, "<=", R.salesMax, "wan"),
    numberCondition(spec("assets-le-20000", A.basic("二"), "basic"), f.need(input.totalAssets, "totalAssets"), "<=", R.assetsMax, "wan"),
    flagCondition(spec("not-restricted-industry", A.basic("三"), "basic", "declaration"), f.need(input.restrictedIndustry, "restrictedIndustry"), false),
    flagCondition(spec("integrity", A.basic("四"), "basic", "declaration"), f.need(input.integrityOk, "integrityOk")),
    numberCondition(spec("score-ge-60", A.score, "main"), score, ">=", R.scoreMin, "points"),
    numberCondition(spec("tech-staff-score-nonzero", A.score, "main"), techStaff, ">", R.techStaffScoreAbove, "points"),
    directCondition(f, "direct-high-tech-cert", "一", d?.highTechCertValid, "highTechCertValid"),
    directCondition(f, "direct-national-award", "二", d?.nationalAwardTop3Last5y, "nationalAwardTop3Last5y"),
    directCondition(f, "direct-rd-institution", "三", d?.provincialRdInstitution, "provincialRdInstitution"),
    directCondition(f, "direct-led-standard", "四", d?.ledStandardLast5y, "ledStandardLast5y"),
  ];
  const onlyStandard = d?.ledStandardLast5y === true && !d.highTechCertValid && !d.nationalAwardTop3Last5y && !d.provincialRdInstitution;
  if (onlyStandard && all(conditions.filter((c) => c.group === "main").map((c) => c.met)) !== true) {
    f.flag({ id: "ts.led-standard", rule: "第八条（四）近五年内主导制定过国际标准、国家标准或行业标准", why: "2026 年有二手来源称须“排名前五”，未确认（tech-sme.md §3）" });
  }
  if (input.assessedOn >= R.proceduralChangesFrom) {
    f.flag({ id: "ts.2026-procedural", rule: "2026 年起由工业和信息化部组织评价（工企业函〔2026〕160号）", why: "评分仍按 115号；2026 年的程序性变化（审核、实地核查）未纳入，评分是否调整未确认（tech-sme.md）" });
  }
  return assemble({ tier: "tech-sme", ruleSet: R.id, assessedOn: input.assessedOn }, conditions, f, {
    score,
    subscores,
    scoreItems: [item("techStaff", techStaff), item("rd", rd.points), item("ip", ip)],
    derived: {
      techStaffShare: staffShare?.approx ?? null,
      rdSalesRatio: rd.salesRatio?.approx ?? null,
      rdCostRatio: rd.costRatio?.approx ?? null,
      rdBasisUsed: rd.basis,
    },
  });
}
