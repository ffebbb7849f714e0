/**
 * 企业创新能力评价 (国科发火〔2016〕195号 工作指引): 知识产权 ≤30 + 科技成果转化能力 ≤30 + 研究开发组织管理水平 ≤20 +
 * 企业成长性 ≤20. Experts give integer points; where the guide grades from data the engine derives the grade and the
 * points must lie in its range (checked in input.ts). The score range is what the grades allow whatever points the
 * experts choose within them.
 */
import type { Findings } from "../conditions.ts";
import type { Derived, ScoreItem } from "../types.ts";
import { conversionGrade, growthGrade, growthRate, ipQuantityGrade, type Grade, type Growth } from "./grades.ts";
import type { HighTechFiscalYear, HighTechInput } from "./input.ts";
import { HTE_SCORE, HTE_SCORE_LABELS, type Range } from "./rules-2016.ts";

type Subscores = { ip: number | null; conversion: number | null; rdManagement: number | null; growth: number | null };
type InnovationScore = { subscores: Subscores; score: number | null; items: ScoreItem[]; range: { min: number; max: number }; derived: Derived };

const P = "innovation";
const sumOrNull = (values: (number | null)[]): number | null => (values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0));

function item(id: keyof typeof HTE_SCORE_LABELS, subscore: string, max: number, points: number | null, basis: ScoreItem["basis"], grade?: Grade): ScoreItem {
  if (!grade) return { id, label: HTE_SCORE_LABELS[id], subscore, points, max, basis };
  return { id, label: HTE_SCORE_LABELS[id], subscore, points, max, basis, grade: grade.grade, range: [grade.range[0], grade.range[1]] };
}

const rangeOf = (it: ScoreItem): Range => (it.range ?? (it.points !== null ? [it.points, it.points] : [0, it.max]));

/** A fiscal year of the window with the input path it came from. */
export type WindowYear = { row: HighTechFiscalYear; path: string };

type ExpertKey = "advancement" | "coreSupport" | "acquisition" | "standards";

/** An item the experts grade and score: the grade picks the range of its points. */
function expertItem<G extends string>(f: Findings, key: ExpertKey, g: { grade?: G; points?: number } | undefined, ranges: Record<G, Range>): ScoreItem {
  const grade = f.need(g?.grade, `${P}.ip.${key}.grade`);
  return item(key, "ip", HTE_SCORE.ip[key].max, f.need(g?.points, `${P}.ip.${key}.points`), "expert", grade === null ? undefined : { grade, range: ranges[grade] });
}

/** The growth of a figure over the window's years; undefined while a year or the figure is missing. */
function growthOf(f: Findings, years: WindowYear[] | null, field: "netAssets" | "salesRevenue"): Growth | undefined {
  if (!years) return undefined;
  const values = years.map((y) => f.need(y.row[field], `${y.path}.${field}`));
  if (values.some((v) => v === null)) return undefined;
  const g = growthRate(values.filter((v): v is number => v !== null));
  if (g.shortHistory) f.flag({ id: "hte.growth-short-history", rule: "企业成长性：实际经营不满三年时的增长率算法（两年：第二年÷第一年−1；一年：0 分）", why: "工作指引“按实际经营时间计算”的具体算法未确认（high-tech-enterprise.md §2.4 unconfirmed）" });
  if (g.negativeBase) f.flag({ id: "hte.growth-negative-base", rule: "企业成长性：基年净资产或销售收入为负时按 0 处理", why: "工作指引只规定了为 0 的情形，负值的处理为本系统的解读" });
  return g;
}

/** The lowest (end 0) or highest (end 1) points a group of items allows. */
const bound = (items: ScoreItem[], end: 0 | 1) => items.reduce((a, it) => a + rangeOf(it)[end], 0);

/** The lowest or highest total the grades allow: the IP group capped at its maximum. */
const totalBound = (groups: ScoreItem[][], end: 0 | 1) => groups.reduce((a, items, i) => a + (i === 0 ? Math.min(HTE_SCORE.ip.max, bound(items, end)) : bound(items, end)), 0);

/** `years`: the fiscal years of the window, oldest first, or null when one is missing. */
export function scoreInnovation(input: HighTechInput, years: WindowYear[] | null, windowYears: number, f: Findings): InnovationScore {
  const inn = input.innovation;
  const s = HTE_SCORE;
  const ipIn = inn?.ip;
  const classI = f.need(ipIn?.classICount, `${P}.ip.classICount`);
  const classII = f.need(ipIn?.classIICount, `${P}.ip.classIICount`);
  const quantityGrade = classI !== null && classII !== null ? ipQuantityGrade(classI, classII) : undefined;
  const ipItems = [
    expertItem(f, "advancement", ipIn?.advancement, s.ip.advancement.grades),
    expertItem(f, "coreSupport", ipIn?.coreSupport, s.ip.coreSupport.grades),
    item("quantity", "ip", s.ip.quantity.max, f.need(ipIn?.quantityPoints, `${P}.ip.quantityPoints`), "expert", quantityGrade),
    expertItem(f, "acquisition", ipIn?.acquisition, s.ip.acquisition.grades),
    expertItem(f, "standards", ipIn?.standards, s.ip.standards.grades),
  ];

  const count = f.need(inn?.conversions?.count, `${P}.conversions.count`);
  const conv = count !== null && windowYears > 0 ? conversionGrade(count, windowYears) : undefined;
  if (conv?.belowOne) f.flag({ id: "hte.conversion-below-one", rule: "科技成果转化年均数在 0 与 1 之间的档次（E 或 F，由专家定 0–6 分）", why: "工作指引的分档未覆盖此情形（high-tech-enterprise.md §2.2 unconfirmed）" });
  const convItem = item("conversion", "conversion", s.conversion.max, f.need(inn?.conversions?.points, `${P}.conversions.points`), "expert", conv);

  const m = inn?.rdManagement;
  const rdItems = (["system", "institution", "conversionIncentive", "talent"] as const).map((k) => item(k, "rdManagement", s.rdManagement[k], f.need(m?.[k], `${P}.rdManagement.${k}`), "expert"));

  const netAssets = growthOf(f, years, "netAssets");
  const sales = growthOf(f, years, "salesRevenue");
  const gIn = inn?.growth;
  const growthItems = [
    item("netAssets", "growth", s.growth.max, f.need(gIn?.netAssetsPoints, `${P}.growth.netAssetsPoints`), "expert", netAssets && growthGrade(netAssets.rate)),
    item("sales", "growth", s.growth.max, f.need(gIn?.salesPoints, `${P}.growth.salesPoints`), "expert", sales && growthGrade(sales.rate)),
  ];

  const ipSum = sumOrNull(ipItems.map((i) => i.points));
  const subscores: Subscores = {
    ip: ipSum === null ? null : Math.min(s.ip.max, ipSum),
    conversion: convItem.points,
    rdManagement: sumOrNull(rdItems.map((i) => i.points)),
    growth: sumOrNull(growthItems.map((i) => i.points)),
  };
  const groups = [ipItems, [convItem], rdItems, growthItems];
  return {
    subscores,
    score: sumOrNull(Object.values(subscores)),
    items: [...ipItems, convItem, ...rdItems, ...growthItems],
    range: { min: totalBound(groups, 0), max: totalBound(groups, 1) },
    derived: {
      conversionsAvg: conv?.average?.approx ?? null,
      conversionGrade: conv?.grade ?? null,
      ipQuantityBand: quantityGrade?.grade ?? null,
      netAssetsGrowth: netAssets?.rate?.approx ?? null,
      netAssetsGrowthGrade: netAssets ? growthGrade(netAssets.rate).grade : null,
      salesGrowth: sales?.rate?.approx ?? null,
      salesGrowthGrade: sales ? growthGrade(sales.rate).grade : null,
    },
  };
}
