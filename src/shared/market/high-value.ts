/**
 * 高价值发明专利: whether one patent counts as a high-value invention patent on a date, by CNIPA's definition
 * (../shared/domain/high-value-patents.md): a valid, granted invention patent with a domestic holder that meets any
 * one of the categories. Pure, shared by the server and the pages; the date is an argument. Rule sets by date:
 * CNIPA-2021 (five categories) to 2025-12-31, CNIPA-2026 (four: no pledge category; provisional) from 2026-01-01,
 * which also reports the five-category answer until the change is confirmed.
 */
import { daysBetween, isIsoDate } from "../eligibility/dates.ts";
import type { FieldIssue } from "../eligibility/index.ts";

export type PatentKind = "invention" | "utility_model" | "design";
export type HighValueRuleSet = "CNIPA-2021" | "CNIPA-2026";
export type HighValueCategory = "hvp-sei" | "hvp-overseas-family" | "hvp-maintained-10y" | "hvp-pledge" | "hvp-award";
/** The base-population rules a patent can fail (§1 of the domain file). */
export type BaseRule = "hvp-invention-only" | "hvp-granted-cnipa" | "hvp-valid" | "hvp-domestic";
/** Rules a result may rest on that the domain file marks unconfirmed. */
export type UnconfirmedRule = "hvp-ruleset-2026" | "hvp-pledge-threshold" | "hvp-maintenance-basis";
export type MaintenanceBasis = "filing" | "grant";

export type HighValueInput = {
  kind: PatentKind;
  /** In force (有效) on asOf. */
  valid: boolean;
  /** The holder is domestic (国内, not 港澳台 or foreign). */
  domesticHolder: boolean;
  filingDate: string | null;
  grantDate: string | null;
  /** The caller's mapping of the IPC to 战略性新兴产业 (CNIPA's concordance table); the engine does not map IPC. */
  strategicEmergingIndustry?: boolean;
  /** At least one granted family member outside mainland China. */
  overseasFamilyGranted?: boolean;
  /** A person's judgement of 较高质押融资金额; when given (true or false) it decides, and the amount is not used. */
  highPledgeFinancing?: boolean | null;
  pledgeAmountYuan?: number | null;
  nationalSciTechAward?: boolean;
  chinaPatentAward?: boolean;
};

export type HighValueOptions = {
  asOf: string;
  /** The pledged amount that counts as 较高 when no judgement is given. No official figure: 10,000,000 yuan is a placeholder. */
  pledgeThresholdYuan?: number;
  maintenanceBasis?: MaintenanceBasis;
};

export type Maintenance = {
  basis: MaintenanceBasis;
  /** The filing or grant date counted from; null when unknown. */
  from: string | null;
  /** Completed years plus the fraction of the current one (exactly 10 years is 10); null when unknown or after asOf. */
  years: number | null;
  completedYears: number | null;
  /** 维持年限超过10年: asOf later than the day 10 calendar years after `from`. */
  moreThanTen: boolean;
};

export type HighValueResult = {
  asOf: string;
  ruleSet: HighValueRuleSet;
  /** In the base population: a granted, valid invention patent with a domestic holder. */
  counted: boolean;
  excludedBy: BaseRule[];
  highValue: boolean;
  /** The categories that hold under the rule set; empty when not counted. */
  categories: HighValueCategory[];
  /** CNIPA-2026 only: the answer with the five categories of CNIPA-2021. */
  fiveCategory: { highValue: boolean; categories: HighValueCategory[] } | null;
  maintenance: Maintenance;
  /** The same count on the other basis, and what the answer would be with it. */
  otherBasis: Maintenance & { highValue: boolean };
  pledge: { decidedBy: "judgement" | "amount" | "none"; thresholdYuan: number };
  provisional: boolean;
  unconfirmed: UnconfirmedRule[];
  /** Fields that could not be read (a date that is not a date, grant before filing, a bad amount): treated as unknown. */
  issues: FieldIssue[];
};

/** Placeholder default of the pledge setting (domain file §2 `hvp-pledge`: threshold unconfirmed). */
export const DEFAULT_PLEDGE_THRESHOLD_YUAN = 10_000_000;
/** CNIPA-2026 applies from this date (the 十五五 explanation, four categories; unconfirmed). */
const CNIPA_2026_FROM = "2026-01-01";
const MAINTENANCE_YEARS = 10;

export const highValueRuleSetFor = (asOf: string): HighValueRuleSet => (asOf >= CNIPA_2026_FROM ? "CNIPA-2026" : "CNIPA-2021");

/**
 * The date `years` calendar years after `date`. 民法典 第二百零三条: a period counted in years ends on the
 * corresponding day, or on the last day of the month when there is none (2012-02-29 + 10 years → 2022-02-28).
 */
function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const m = Number(date.slice(5, 7));
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = Math.min(Number(date.slice(8, 10)), lastDay);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Years from `from` to `asOf` as completed calendar years plus the elapsed share of the next one. */
function maintenance(basis: MaintenanceBasis, from: string | null, asOf: string): Maintenance {
  if (from === null || from > asOf) return { basis, from, years: null, completedYears: null, moreThanTen: false };
  let completed = Math.max(0, Number(asOf.slice(0, 4)) - Number(from.slice(0, 4)) - 1);
  while (addYears(from, completed + 1) <= asOf) completed++;
  const anniversary = addYears(from, completed);
  const years = completed + daysBetween(anniversary, asOf) / daysBetween(anniversary, addYears(from, completed + 1));
  return { basis, from, years, completedYears: completed, moreThanTen: asOf > addYears(from, MAINTENANCE_YEARS) };
}

/** A date field read as a real calendar date, or null with an issue. */
function readDate(value: string | null, path: string, issues: FieldIssue[]): string | null {
  if (value === null) return null;
  if (isIsoDate(value)) return value;
  issues.push({ path, key: "market.date_invalid", params: { value } });
  return null;
}

function readInput(input: HighValueInput, issues: FieldIssue[]) {
  const filingDate = readDate(input.filingDate, "filingDate", issues);
  let grantDate = readDate(input.grantDate, "grantDate", issues);
  if (filingDate !== null && grantDate !== null && grantDate < filingDate) {
    issues.push({ path: "grantDate", key: "market.patent_grant_before_filing", params: { grant: grantDate, filing: filingDate } });
    grantDate = null;
  }
  let pledgeAmountYuan = input.pledgeAmountYuan ?? null;
  if (pledgeAmountYuan !== null && !(Number.isFinite(pledgeAmountYuan) && pledgeAmountYuan >= 0)) {
    issues.push({ path: "pledgeAmountYuan", key: "market.pledge_amount_invalid", params: { value: String(pledgeAmountYuan) } });
    pledgeAmountYuan = null;
  }
  return { filingDate, grantDate, pledgeAmountYuan };
}

export function classifyHighValue(input: HighValueInput, options: HighValueOptions): HighValueResult {
  const { asOf } = options;
  const thresholdYuan = options.pledgeThresholdYuan ?? DEFAULT_PLEDGE_THRESHOLD_YUAN;
  const basis = options.maintenanceBasis ?? "filing";
  if (!isIsoDate(asOf)) throw new RangeError(`asOf is not a calendar date: ${asOf}`);
  if (!(Number.isFinite(thresholdYuan) && thresholdYuan > 0)) throw new RangeError(`pledge threshold must be a positive amount: ${thresholdYuan}`);

  const issues: FieldIssue[] = [];
  const { filingDate, grantDate, pledgeAmountYuan } = readInput(input, issues);
  const ruleSet = highValueRuleSetFor(asOf);

  const excludedBy: BaseRule[] = [];
  if (input.kind !== "invention") excludedBy.push("hvp-invention-only");
  if (grantDate === null || grantDate > asOf) excludedBy.push("hvp-granted-cnipa");
  if (!input.valid) excludedBy.push("hvp-valid");
  if (!input.domesticHolder) excludedBy.push("hvp-domestic");
  const counted = excludedBy.length === 0;

  const other: MaintenanceBasis = basis === "filing" ? "grant" : "filing";
  const dateOf = (b: MaintenanceBasis) => (b === "filing" ? filingDate : grantDate);
  const headline = maintenance(basis, dateOf(basis), asOf);
  const alternative = maintenance(other, dateOf(other), asOf);

  const judged = input.highPledgeFinancing ?? null;
  const pledge = judged ?? (pledgeAmountYuan !== null && pledgeAmountYuan >= thresholdYuan);
  const decidedBy = judged !== null ? "judgement" : pledgeAmountYuan !== null ? "amount" : "none";

  /** The categories that hold, with the maintenance count of one basis; pledge only where the rule set has it. */
  const categoriesWith = (years: Maintenance, withPledge: boolean): HighValueCategory[] => {
    if (!counted) return [];
    const held: [HighValueCategory, boolean][] = [
      ["hvp-sei", input.strategicEmergingIndustry === true],
      ["hvp-overseas-family", input.overseasFamilyGranted === true],
      ["hvp-maintained-10y", years.moreThanTen],
      ["hvp-pledge", withPledge && pledge],
      ["hvp-award", input.nationalSciTechAward === true || input.chinaPatentAward === true],
    ];
    return held.filter(([, holds]) => holds).map(([id]) => id);
  };
  const fourOnly = ruleSet === "CNIPA-2026";
  const categories = categoriesWith(headline, !fourOnly);
  const fiveCategories = categoriesWith(headline, true);

  const unconfirmed: UnconfirmedRule[] = [];
  if (fourOnly) unconfirmed.push("hvp-ruleset-2026");
  if (counted && decidedBy === "amount") unconfirmed.push("hvp-pledge-threshold");
  if (counted && headline.moreThanTen !== alternative.moreThanTen) unconfirmed.push("hvp-maintenance-basis");

  return {
    asOf,
    ruleSet,
    counted,
    excludedBy,
    highValue: categories.length > 0,
    categories,
    fiveCategory: fourOnly ? { highValue: fiveCategories.length > 0, categories: fiveCategories } : null,
    maintenance: headline,
    otherBasis: { ...alternative, highValue: categoriesWith(alternative, !fourOnly).length > 0 },
    pledge: { decidedBy, thresholdYuan },
    provisional: unconfirmed.length > 0,
    unconfirmed,
    issues,
  };
}
