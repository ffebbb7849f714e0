/**
 * The 高企 input (high-tech-enterprise.md §4, the shape of vectors.json → highTech[].input) and its check:
 * wrong types, negative or impossible figures, dates after the assessment date, fiscal years outside the window,
 * and expert points outside their grade's range. Absent figures are not errors here: the engine lists them as missing.
 */
import { yearOf } from "../dates.ts";
import { Reader, type Read, type ReadOptions } from "../input-reader.ts";
import { conversionGrade, fiscalWindow, growthGrade, growthRate, ipQuantityGrade, type Grade } from "./grades.ts";
import { HTE_SCORE, type Range } from "./rules-2016.ts";

const EXPERT_GRADES = ["A", "B", "C", "D", "E"] as const;
const ACQUISITION_GRADES = ["A", "B", "none"] as const;
const STANDARDS_GRADES = ["A", "B"] as const;

type Graded<G extends string> = { grade?: G; points?: number };

export type HighTechFiscalYear = { year: number; salesRevenue?: number; rdExpense?: number; rdExpenseDomestic?: number; netAssets?: number };

export type HighTechInput = {
  assessedOn: string;
  registeredOn?: string;
  ownsCoreIp?: boolean;
  techFieldInCatalogue?: boolean;
  employees?: number;
  techStaff?: number;
  /** Oldest first, the fiscal years of fiscalWindow(). */
  fiscalYears?: HighTechFiscalYear[];
  highTechRevenue?: number;
  totalRevenue?: number;
  majorIncidentPastYear?: boolean;
  innovation?: {
    ip?: {
      advancement?: Graded<(typeof EXPERT_GRADES)[number]>;
      coreSupport?: Graded<(typeof EXPERT_GRADES)[number]>;
      classICount?: number;
      classIICount?: number;
      quantityPoints?: number;
      acquisition?: Graded<(typeof ACQUISITION_GRADES)[number]>;
      standards?: Graded<(typeof STANDARDS_GRADES)[number]>;
    };
    conversions?: { count?: number; points?: number };
    rdManagement?: { system?: number; institution?: number; conversionIncentive?: number; talent?: number };
    growth?: { netAssetsPoints?: number; salesPoints?: number };
  };
};

const ROOT = ["assessedOn", "registeredOn", "ownsCoreIp", "techFieldInCatalogue", "employees", "techStaff", "fiscalYears", "highTechRevenue", "totalRevenue", "majorIncidentPastYear", "innovation"];
const INT = { integer: true } as const;

function inRange(r: Reader, key: string, points: number | undefined, grade: Grade | undefined): void {
  if (points === undefined || grade === undefined) return;
  const [min, max] = grade.range;
  if (points < min || points > max) r.error(key, "assess.points_range", { points, grade: grade.grade, min, max });
}

function graded<G extends string>(r: Reader | undefined, key: string, grades: readonly G[], ranges: Record<G, Range>): Graded<G> | undefined {
  const g = r?.child(key, ["grade", "points"]);
  if (!g) return undefined;
  const grade = g.oneOf("grade", grades);
  const points = g.number("points", INT);
  inRange(g, "points", points, grade === undefined ? undefined : { grade, range: ranges[grade] });
  return { grade, points };
}

type Window = { first: number; last: number };

function readFiscalYears(r: Reader, window: Window | undefined, registeredYear: number | undefined): HighTechFiscalYear[] | undefined {
  const rows = r.objects("fiscalYears", ["year", "salesRevenue", "rdExpense", "rdExpenseDomestic", "netAssets"]);
  if (!rows) return undefined;
  const years: HighTechFiscalYear[] = [];
  for (const row of rows) {
    const year = row.number("year", INT);
    const fy = { year: year ?? 0, salesRevenue: row.number("salesRevenue"), rdExpense: row.number("rdExpense"), rdExpenseDomestic: row.number("rdExpenseDomestic"), netAssets: row.number("netAssets", { allowNegative: true }) };
    if (fy.rdExpense !== undefined && fy.rdExpenseDomestic !== undefined && fy.rdExpenseDomestic > fy.rdExpense) {
      row.error("rdExpenseDomestic", "assess.domestic_rd_exceeds_total", { domestic: fy.rdExpenseDomestic, total: fy.rdExpense });
    }
    if (year === undefined) {
      if (!row.has("year")) row.error("year", "assess.required");
      continue;
    }
    const previous = years.at(-1);
    if (previous && year <= previous.year) row.error("year", "assess.fiscal_year_order", { year, previous: previous.year });
    else if (window && year > window.last) row.error("year", "assess.fiscal_year_not_closed", { year, last: window.last });
    else if (registeredYear !== undefined && year < registeredYear) row.error("year", "assess.fiscal_year_before_registration", { year, registeredYear });
    else if (window && year < window.first) row.error("year", "assess.fiscal_year_outside", { year, first: window.first, last: window.last });
    else years.push(fy);
  }
  return years;
}

export function readHighTechInput(raw: unknown, options: ReadOptions = {}): Read<HighTechInput> {
  const r = Reader.root(raw, ROOT, options);
  if (Array.isArray(r)) return { input: null, errors: r };
  const assessedOn = r.date("assessedOn");
  if (!r.has("assessedOn")) r.error("assessedOn", "assess.required");
  const registeredOn = r.date("registeredOn");
  if (assessedOn && registeredOn && registeredOn > assessedOn) r.error("registeredOn", "assess.date_after_assessment", { date: registeredOn, assessedOn });
  const employees = r.number("employees", { integer: true, min: 1 });
  const techStaff = r.number("techStaff", INT);
  if (employees !== undefined && techStaff !== undefined && techStaff > employees) r.error("techStaff", "assess.tech_staff_exceeds_employees", { techStaff, employees });
  const highTechRevenue = r.number("highTechRevenue");
  const totalRevenue = r.number("totalRevenue");
  if (highTechRevenue !== undefined && totalRevenue !== undefined && highTechRevenue > totalRevenue) {
    r.error("highTechRevenue", "assess.high_tech_revenue_exceeds_total", { highTechRevenue, totalRevenue });
  }
  const registered = registeredOn && assessedOn && registeredOn <= assessedOn ? registeredOn : undefined;
  const window = assessedOn ? fiscalWindow(assessedOn, registered) : undefined;
  const fiscalYears = readFiscalYears(r, window, registered ? yearOf(registered) : undefined);
  const input: HighTechInput = {
    assessedOn: assessedOn ?? "",
    registeredOn,
    ownsCoreIp: r.boolean("ownsCoreIp"),
    techFieldInCatalogue: r.boolean("techFieldInCatalogue"),
    employees,
    techStaff,
    fiscalYears,
    highTechRevenue,
    totalRevenue,
    majorIncidentPastYear: r.boolean("majorIncidentPastYear"),
    innovation: readInnovation(r, fiscalYears, window),
  };
  return r.errors.length > 0 || !assessedOn ? { input: null, errors: r.errors } : { input, errors: [] };
}

/** The figure's values over the years, those given. */
const series = (years: HighTechFiscalYear[], field: "netAssets" | "salesRevenue"): number[] => years.map((y) => y[field]).filter((v): v is number => v !== undefined);

/** Expert points must lie in their grade's range; grades derived from data are checked only when the data is complete. */
function readInnovation(root: Reader, fiscalYears: HighTechFiscalYear[] | undefined, window: Window | undefined): HighTechInput["innovation"] {
  const r = root.child("innovation", ["ip", "conversions", "rdManagement", "growth"]);
  if (!r) return undefined;
  const ipR = r.child("ip", ["advancement", "coreSupport", "classICount", "classIICount", "quantityPoints", "acquisition", "standards"]);
  const s = HTE_SCORE.ip;
  const classICount = ipR?.number("classICount", INT);
  const classIICount = ipR?.number("classIICount", INT);
  const quantityPoints = ipR?.number("quantityPoints", INT);
  if (ipR) inRange(ipR, "quantityPoints", quantityPoints, classICount !== undefined && classIICount !== undefined ? ipQuantityGrade(classICount, classIICount) : undefined);
  const ip = ipR && {
    advancement: graded(ipR, "advancement", EXPERT_GRADES, s.advancement.grades),
    coreSupport: graded(ipR, "coreSupport", EXPERT_GRADES, s.coreSupport.grades),
    classICount,
    classIICount,
    quantityPoints,
    acquisition: graded(ipR, "acquisition", ACQUISITION_GRADES, s.acquisition.grades),
    standards: graded(ipR, "standards", STANDARDS_GRADES, s.standards.grades),
  };
  const convR = r.child("conversions", ["count", "points"]);
  const count = convR?.number("count", INT);
  const points = convR?.number("points", INT);
  if (convR && count !== undefined && window) inRange(convR, "points", points, conversionGrade(count, window.last - window.first + 1));
  const m = HTE_SCORE.rdManagement;
  const rdR = r.child("rdManagement", ["system", "institution", "conversionIncentive", "talent"]);
  const rdManagement = rdR && {
    system: rdR.number("system", { integer: true, max: m.system }),
    institution: rdR.number("institution", { integer: true, max: m.institution }),
    conversionIncentive: rdR.number("conversionIncentive", { integer: true, max: m.conversionIncentive }),
    talent: rdR.number("talent", { integer: true, max: m.talent }),
  };
  const gR = r.child("growth", ["netAssetsPoints", "salesPoints"]);
  const growth = gR && { netAssetsPoints: gR.number("netAssetsPoints", INT), salesPoints: gR.number("salesPoints", INT) };
  const complete = window && fiscalYears && fiscalYears.length === window.last - window.first + 1 ? fiscalYears : undefined;
  if (gR && growth && complete) {
    const netAssets = series(complete, "netAssets");
    const sales = series(complete, "salesRevenue");
    if (netAssets.length === complete.length) inRange(gR, "netAssetsPoints", growth.netAssetsPoints, growthGrade(growthRate(netAssets).rate));
    if (sales.length === complete.length) inRange(gR, "salesPoints", growth.salesPoints, growthGrade(growthRate(sales).rate));
  }
  return { ip, conversions: convR && { count, points }, rdManagement, growth };
}
