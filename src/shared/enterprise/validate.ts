/**
 * What the registry refuses (record.ts): figures that cannot be — negative amounts, fractional head counts, a part
 * larger than its whole, a year not yet begun or before the founding — and facts outside their scale. Pure, shared by
 * the server (before a write) and the pages (as the user types); `today` is an argument. An absent figure is never an
 * error here: whether it is needed is the engines' question.
 */
import { yearOf } from "../eligibility/dates.ts";
import { HTE_SCORE } from "../eligibility/high-tech/rules-2016.ts";
import { isIsoDate, type FieldIssue } from "../eligibility/index.ts";
import type { MessageKey, MessageParams } from "../i18n/index.ts";
import { CERTIFICATE_LEVELS, CERTIFICATE_TIERS, CLASS_I_TYPES, CLASS_II_TYPES, IP_TYPES, YEAR_COUNT_FIELDS, YEAR_MONEY_FIELDS, type Certificate, type EnterpriseFacts, type Graded, type IpOwned, type IpType, type RegistryRecord, type YearFigures } from "./record.ts";

type Figure = number | null | undefined;

class Issues {
  readonly list: FieldIssue[] = [];
  constructor(private readonly prefix: string) {}
  at(path: string): string {
    return this.prefix ? `${this.prefix}.${path}` : path;
  }
  add(path: string, key: MessageKey, params?: MessageParams): void {
    this.list.push({ path: this.at(path), key, ...(params ? { params } : {}) });
  }
  /** A number that must be finite; `negative`: may be below 0; `integer`: a count. Returns it when it passes. */
  number(path: string, v: unknown, rule: { negative?: boolean; integer?: boolean; min?: number; max?: number; key?: MessageKey } = {}): number | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "number" || !Number.isFinite(v)) return void this.add(path, "assess.type_number");
    if (rule.integer && !Number.isInteger(v)) return void this.add(path, "assess.type_integer", { value: v });
    if (rule.key && ((rule.min !== undefined && v < rule.min) || (rule.max !== undefined && v > rule.max))) return void this.add(path, rule.key, { value: v });
    if (!rule.negative && v < 0) return void this.add(path, "assess.negative", { value: v });
    if (rule.max !== undefined && v > rule.max) return void this.add(path, "assess.max", { value: v, max: rule.max });
    return v;
  }
  oneOf(path: string, v: unknown, values: readonly string[]): void {
    if (v !== undefined && v !== null && (typeof v !== "string" || !values.includes(v))) this.add(path, "assess.type_enum", { values: values.join(" | ") });
  }
}

const MAY_BE_NEGATIVE: readonly string[] = ["netAssets", "netProfit"];
const known = (v: Figure): v is number => typeof v === "number" && Number.isFinite(v);

/** Σ of the types' counts (both ways of obtaining, or only `part`); undefined unless every term is known. */
function ipTotal(ip: IpOwned, types: readonly IpType[], part?: "selfDeveloped" | "acquired"): number | undefined {
  let total = 0;
  for (const t of types) {
    const parts = part ? [ip[t]?.[part]] : [ip[t]?.selfDeveloped, ip[t]?.acquired];
    for (const v of parts) {
      if (!known(v)) return undefined;
      total += v;
    }
  }
  return total;
}

/** Each subset the 专精特新 rules count, and what it is a part of; "不含转入" items are self-developed, not 受让/受赠/并购. */
type IpSubset = "highValueClassI" | "appliedClassI" | "appliedClassINotTransferred" | "classINotTransferredTop3" | "classIIUnused";
const IP_SUBSETS: { part: IpSubset; whole: "classI" | "classII" | "selfDevelopedClassI" | "appliedClassI"; key: MessageKey }[] = [
  { part: "highValueClassI", whole: "classI", key: "enterprise.ip.high_value_exceeds_class_i" },
  { part: "appliedClassI", whole: "classI", key: "enterprise.ip.applied_exceeds_class_i" },
  { part: "appliedClassINotTransferred", whole: "appliedClassI", key: "enterprise.ip.not_transferred_exceeds_applied" },
  { part: "appliedClassINotTransferred", whole: "selfDevelopedClassI", key: "enterprise.ip.not_transferred_exceeds_self_developed" },
  { part: "classINotTransferredTop3", whole: "selfDevelopedClassI", key: "enterprise.ip.not_transferred_exceeds_self_developed" },
  { part: "classINotTransferredTop3", whole: "classI", key: "enterprise.ip.top3_exceeds_class_i" },
  { part: "classIIUnused", whole: "classII", key: "enterprise.ip.unused_exceeds_class_ii" },
];

function validateIp(ip: IpOwned, issues: Issues): void {
  for (const t of IP_TYPES) {
    issues.number(`ip.${t}.selfDeveloped`, ip[t]?.selfDeveloped, { integer: true });
    issues.number(`ip.${t}.acquired`, ip[t]?.acquired, { integer: true });
  }
  const wholes = { classI: ipTotal(ip, CLASS_I_TYPES), classII: ipTotal(ip, CLASS_II_TYPES), selfDevelopedClassI: ipTotal(ip, CLASS_I_TYPES, "selfDeveloped"), appliedClassI: ip.appliedClassI };
  const reported = new Set<string>();
  for (const { part, whole, key } of IP_SUBSETS) {
    const count = ip[part];
    if (reported.has(part) || issues.number(`ip.${part}`, count, { integer: true }) === undefined || !known(count)) continue;
    const total = wholes[whole];
    if (known(total) && count > total) {
      issues.add(`ip.${part}`, key, { count, total });
      reported.add(part);
    }
  }
}

/** One year's figures. `path` prefixes the issues' paths (e.g. "years[2]"). */
export function validateYear(fig: YearFigures, options: { today: string; foundedOn?: string | null; path?: string }): FieldIssue[] {
  const issues = new Issues(options.path ?? "");
  const year = issues.number("year", fig.year, { integer: true });
  if (year === undefined && (fig.year === undefined || fig.year === null)) issues.add("year", "assess.required");
  const thisYear = yearOf(options.today);
  const founded = options.foundedOn && isIsoDate(options.foundedOn) ? yearOf(options.foundedOn) : undefined;
  if (year !== undefined && year > thisYear) issues.add("year", "enterprise.year_future", { year, thisYear });
  else if (year !== undefined && founded !== undefined && year < founded) issues.add("year", "assess.fiscal_year_before_registration", { year, registeredYear: founded });
  const v: Partial<Record<keyof YearFigures, number>> = {};
  for (const k of YEAR_MONEY_FIELDS) v[k] = issues.number(k, fig[k], { negative: MAY_BE_NEGATIVE.includes(k) });
  for (const k of YEAR_COUNT_FIELDS) v[k] = issues.number(k, fig[k], { integer: true });
  const over = (part: number | undefined, whole: number | undefined) => part !== undefined && whole !== undefined && part > whole;
  if (over(v.techStaff, v.employees)) issues.add("techStaff", "assess.tech_staff_exceeds_employees", { techStaff: v.techStaff ?? 0, employees: v.employees ?? 0 });
  if (over(v.rdStaff, v.employees)) issues.add("rdStaff", "assess.rd_staff_exceeds_employees", { rdStaff: v.rdStaff ?? 0, employees: v.employees ?? 0 });
  if (over(v.rdExpenseDomestic, v.rdExpense)) issues.add("rdExpenseDomestic", "assess.domestic_rd_exceeds_total", { domestic: v.rdExpenseDomestic ?? 0, total: v.rdExpense ?? 0 });
  if (over(v.mainBusinessRevenue, v.operatingRevenue)) issues.add("mainBusinessRevenue", "assess.main_revenue_exceeds_operating", { main: v.mainBusinessRevenue ?? 0, operating: v.operatingRevenue ?? 0 });
  if (over(v.highTechRevenue, v.totalRevenue)) issues.add("highTechRevenue", "assess.high_tech_revenue_exceeds_total", { highTechRevenue: v.highTechRevenue ?? 0, totalRevenue: v.totalRevenue ?? 0 });
  if (fig.ip) validateIp(fig.ip, issues);
  return issues.list;
}

const EXPERT_GRADES = HTE_SCORE.ip.advancement.grades;

/** An expert grade of the 工作指引 and its points, which must lie in the grade's range. */
function graded(issues: Issues, path: string, g: Graded | null | undefined, ranges: Record<string, readonly [number, number]>): void {
  if (!g) return;
  const grades = Object.keys(ranges);
  issues.oneOf(`${path}.grade`, g.grade, grades);
  const points = issues.number(`${path}.points`, g.points, { integer: true });
  const range = grades.includes(g.grade) ? ranges[g.grade] : undefined;
  if (points !== undefined && range && (points < range[0] || points > range[1])) issues.add(`${path}.points`, "assess.points_range", { points, grade: g.grade, min: range[0], max: range[1] });
}

/** Standing facts: scales (0–100 %, 数字化 0–4, 特色化 0–15, expert points within their grades) and the awards' implication. */
export function validateFacts(facts: EnterpriseFacts, path = "facts"): FieldIssue[] {
  const issues = new Issues(path);
  const s = HTE_SCORE;
  issues.number("marketSegmentYears", facts.marketSegmentYears);
  issues.oneOf("rdBasis", facts.rdBasis, ["sales", "cost"]);
  issues.oneOf("makerChinaLast3y", facts.makerChinaLast3y, ["top50", "top500", "none"]);
  issues.oneOf("rdInstitutionLevel", facts.rdInstitutionLevel, ["national", "provincial", "municipal", "below-municipal", "none"]);
  issues.oneOf("productField", facts.productField, ["breakthrough", "foundation", "other"]);
  graded(issues, "hteAdvancement", facts.hteAdvancement, EXPERT_GRADES);
  graded(issues, "hteCoreSupport", facts.hteCoreSupport, s.ip.coreSupport.grades);
  graded(issues, "hteAcquisition", facts.hteAcquisition, s.ip.acquisition.grades);
  graded(issues, "hteStandards", facts.hteStandards, s.ip.standards.grades);
  issues.number("hteQuantityPoints", facts.hteQuantityPoints, { integer: true, max: s.ip.quantity.max });
  issues.number("hteConversionPoints", facts.hteConversionPoints, { integer: true, max: s.conversion.max });
  for (const k of ["system", "institution", "conversionIncentive", "talent"] as const) issues.number(`hteRdManagement.${k}`, facts.hteRdManagement?.[k], { integer: true, max: s.rdManagement[k] });
  for (const k of ["netAssetsPoints", "salesPoints"] as const) issues.number(`hteGrowth.${k}`, facts.hteGrowth?.[k], { integer: true, max: s.growth.max });
  issues.number("digitalLevel", facts.digitalLevel, { integer: true, min: 0, max: 4, key: "enterprise.digital_level_range" });
  issues.number("characteristicPoints", facts.characteristicPoints, { min: 0, max: 15, key: "enterprise.characteristic_points_range" });
  for (const k of ["nationalPct", "internationalPct"] as const) issues.number(`marketShare.${k}`, facts.marketShare?.[k], { min: 0, max: 100, key: "enterprise.market_share_range" });
  for (const k of ["developmentScore", "developmentScorePrevYear"] as const) issues.number(k, facts[k], { min: 0, max: 100, key: "enterprise.development_score_range" });
  if (facts.awards?.nationalTop3Last3y === true && facts.awards.nationalLast3y === false) issues.add("awards.nationalTop3Last3y", "enterprise.award_top3_implies_national");
  return issues.list;
}

/** A certificate: its tier and level, a year (a 科小 registration is valid only in its year), and its dates in order. */
export function validateCertificate(c: Certificate, options: { today: string }, path = ""): FieldIssue[] {
  const issues = new Issues(path);
  issues.oneOf("tier", c.tier, CERTIFICATE_TIERS);
  issues.oneOf("level", c.level, CERTIFICATE_LEVELS);
  const thisYear = yearOf(options.today);
  if (c.year === undefined || c.year === null) issues.add("year", c.tier === "tech-sme" ? "enterprise.tech_sme_year_required" : "assess.required");
  const year = issues.number("year", c.year, { integer: true });
  if (year !== undefined && year > thisYear) issues.add("year", "enterprise.certificate_year_future", { year, thisYear });
  for (const k of ["validFrom", "validUntil"] as const) {
    const d = c[k];
    if (d !== undefined && d !== null && (typeof d !== "string" || !isIsoDate(d))) issues.add(k, "assess.type_date", { value: String(d) });
  }
  if (c.validFrom && c.validUntil && isIsoDate(c.validFrom) && isIsoDate(c.validUntil) && c.validUntil < c.validFrom) {
    issues.add("validUntil", "enterprise.valid_until_before_from", { validFrom: c.validFrom, validUntil: c.validUntil });
  }
  return issues.list;
}

/** The whole record: founding date, each year (no year twice), the facts and each certificate. */
export function validateRecord(record: RegistryRecord, options: { today: string }): FieldIssue[] {
  const issues = new Issues("");
  const { foundedOn } = record;
  if (foundedOn !== undefined && foundedOn !== null) {
    if (typeof foundedOn !== "string" || !isIsoDate(foundedOn)) issues.add("foundedOn", "assess.type_date", { value: String(foundedOn) });
    else if (foundedOn > options.today) issues.add("foundedOn", "enterprise.founded_future", { foundedOn, today: options.today });
  }
  // A founding date already refused would only add noise to every year.
  const founded = issues.list.length === 0 ? foundedOn : undefined;
  const first = new Map<number, number>();
  record.years.forEach((y, i) => {
    issues.list.push(...validateYear(y, { today: options.today, foundedOn: founded, path: `years[${i}]` }));
    const earlier = first.get(y.year);
    if (earlier === undefined) first.set(y.year, i);
    else issues.add(`years[${i}].year`, "enterprise.year_duplicate", { year: y.year, row: i + 1, first: earlier + 1 });
  });
  issues.list.push(...validateFacts(record.facts, "facts"));
  record.certificates.forEach((c, i) => issues.list.push(...validateCertificate(c, options, `certificates[${i}]`)));
  return issues.list;
}
