/**
 * The input of 专精特新中小企业 and 专精特新"小巨人" (both rule sets; docs/assess-input.md lists which fields each
 * uses) and its check. Money in 万元; yearly figures in `fiscalYears`, oldest first, within the three fiscal years
 * before the assessment year; balance-sheet and staff figures are those of the last fiscal year (上年度/上年末).
 */
import { Reader, type Read, type ReadOptions } from "../input-reader.ts";
import { yearOf } from "../dates.ts";
import type { Findings } from "../conditions.ts";
import { BASIC_KEYS, type BasicInput } from "./basic.ts";
import { readIp, type IpCounts } from "./ip.ts";

const RD_INSTITUTION_LEVELS = ["national", "provincial", "municipal", "below-municipal", "none"] as const;
const PRODUCT_FIELDS = ["breakthrough", "foundation", "other"] as const;
const MAKER_CHINA = ["top50", "top500", "none"] as const;

type MsmeFiscalYear = { year: number; operatingRevenue?: number; mainBusinessRevenue?: number; rdExpense?: number };

export type MsmeInput = BasicInput & {
  assessedOn: string;
  /** 复核 (review of a title held) rather than first 认定. */
  review?: boolean;
  innovativeSmeTitleValid?: boolean;
  techInnovativeTitleValid?: boolean;
  specializedSmeTitleValid?: boolean;
  marketSegmentYears?: number;
  fiscalYears?: MsmeFiscalYear[];
  netProfit?: number;
  totalAssets?: number;
  totalLiabilities?: number;
  employees?: number;
  rdStaff?: number;
  equityFinancingLast2y?: number;
  ip?: IpCounts;
  awards?: { provincialTop3Last3y?: boolean; nationalLast3y?: boolean; nationalTop3Last3y?: boolean };
  makerChinaLast3y?: (typeof MAKER_CHINA)[number];
  rdInstitutionLevel?: (typeof RD_INSTITUTION_LEVELS)[number];
  productField?: (typeof PRODUCT_FIELDS)[number];
  digitalLevel?: number;
  quality?: { provincialQualityAward?: boolean; qualitySystemCert?: boolean; developedMarketCert?: boolean; standardsParticipation?: boolean };
  ownBrand?: boolean;
  characteristicPoints?: number;
  digitalCoreBusiness?: boolean;
  marketShare?: { nationalPct?: number; internationalPct?: number; nationalTop3?: boolean };
  highReputation?: boolean;
  marketPositionLeading?: boolean;
  supplyChainKeyLink?: boolean;
  keyField?: boolean;
  developmentScore?: number;
  developmentScorePrevYear?: number;
};

const BOOLEANS = ["review", "majorIncidentLast3y", "innovativeSmeTitleValid", "techInnovativeTitleValid", "specializedSmeTitleValid", "ownBrand", "digitalCoreBusiness", "highReputation", "marketPositionLeading", "supplyChainKeyLink", "keyField"] as const;
const MONEY = ["netProfit", "totalAssets", "totalLiabilities", "equityFinancingLast2y"] as const;
const SIGNED = { allowNegative: true } as const;
const ROOT = ["assessedOn", ...BASIC_KEYS, ...BOOLEANS, ...MONEY, "marketSegmentYears", "fiscalYears", "employees", "rdStaff", "ip", "awards", "makerChinaLast3y", "rdInstitutionLevel", "productField", "digitalLevel", "quality", "characteristicPoints", "marketShare", "developmentScore", "developmentScorePrevYear"];

function readFiscalYears(r: Reader, last: number | undefined): MsmeFiscalYear[] | undefined {
  const rows = r.objects("fiscalYears", ["year", "operatingRevenue", "mainBusinessRevenue", "rdExpense"]);
  if (!rows) return undefined;
  const years: MsmeFiscalYear[] = [];
  for (const row of rows) {
    const year = row.number("year", { integer: true });
    const fy: MsmeFiscalYear = { year: year ?? 0, operatingRevenue: row.number("operatingRevenue"), mainBusinessRevenue: row.number("mainBusinessRevenue"), rdExpense: row.number("rdExpense") };
    if (fy.operatingRevenue !== undefined && fy.mainBusinessRevenue !== undefined && fy.mainBusinessRevenue > fy.operatingRevenue) {
      row.error("mainBusinessRevenue", "assess.main_revenue_exceeds_operating", { main: fy.mainBusinessRevenue, operating: fy.operatingRevenue });
    }
    if (year === undefined) {
      if (!row.has("year")) row.error("year", "assess.required");
      continue;
    }
    const previous = years.at(-1);
    if (previous && year <= previous.year) row.error("year", "assess.fiscal_year_order", { year, previous: previous.year });
    else if (last !== undefined && year > last) row.error("year", "assess.fiscal_year_not_closed", { year, last });
    else if (last !== undefined && year < last - 2) row.error("year", "assess.fiscal_year_outside", { year, first: last - 2, last });
    else years.push(fy);
  }
  return years;
}

export function readMsmeInput(raw: unknown, options: ReadOptions = {}): Read<MsmeInput> {
  const r = Reader.root(raw, ROOT, options);
  if (Array.isArray(r)) return { input: null, errors: r };
  const assessedOn = r.date("assessedOn");
  if (!r.has("assessedOn")) r.error("assessedOn", "assess.required");
  const employees = r.number("employees", { integer: true, min: 1 });
  const rdStaff = r.number("rdStaff", { integer: true });
  if (employees !== undefined && rdStaff !== undefined && rdStaff > employees) r.error("rdStaff", "assess.rd_staff_exceeds_employees", { rdStaff, employees });
  const a = r.child("awards", ["provincialTop3Last3y", "nationalLast3y", "nationalTop3Last3y"]);
  const awards = a && { provincialTop3Last3y: a.boolean("provincialTop3Last3y"), nationalLast3y: a.boolean("nationalLast3y"), nationalTop3Last3y: a.boolean("nationalTop3Last3y") };
  if (a && awards?.nationalTop3Last3y && awards.nationalLast3y === false) a.error("nationalTop3Last3y", "assess.implies", { other: "awards.nationalLast3y" });
  const q = r.child("quality", ["provincialQualityAward", "qualitySystemCert", "developedMarketCert", "standardsParticipation"]);
  const m = r.child("marketShare", ["nationalPct", "internationalPct", "nationalTop3"]);
  const input: MsmeInput = {
    assessedOn: assessedOn ?? "",
    independentLegalPerson: r.boolean("independentLegalPerson"),
    smeByClassification: r.boolean("smeByClassification"),
    abnormalOrDishonest: r.boolean("abnormalOrDishonest"),
    restrictedIndustry: r.boolean("restrictedIndustry"),
    // BOOLEANS and MONEY, in their order (errors are listed in the order the fields are read).
    review: r.boolean("review"),
    majorIncidentLast3y: r.boolean("majorIncidentLast3y"),
    innovativeSmeTitleValid: r.boolean("innovativeSmeTitleValid"),
    techInnovativeTitleValid: r.boolean("techInnovativeTitleValid"),
    specializedSmeTitleValid: r.boolean("specializedSmeTitleValid"),
    ownBrand: r.boolean("ownBrand"),
    digitalCoreBusiness: r.boolean("digitalCoreBusiness"),
    highReputation: r.boolean("highReputation"),
    marketPositionLeading: r.boolean("marketPositionLeading"),
    supplyChainKeyLink: r.boolean("supplyChainKeyLink"),
    keyField: r.boolean("keyField"),
    netProfit: r.number("netProfit", SIGNED),
    totalAssets: r.number("totalAssets"),
    totalLiabilities: r.number("totalLiabilities"),
    equityFinancingLast2y: r.number("equityFinancingLast2y"),
    marketSegmentYears: r.number("marketSegmentYears"),
    fiscalYears: readFiscalYears(r, assessedOn ? yearOf(assessedOn) - 1 : undefined),
    employees,
    rdStaff,
    ip: readIp(r, true),
    awards,
    makerChinaLast3y: r.oneOf("makerChinaLast3y", MAKER_CHINA),
    rdInstitutionLevel: r.oneOf("rdInstitutionLevel", RD_INSTITUTION_LEVELS),
    productField: r.oneOf("productField", PRODUCT_FIELDS),
    digitalLevel: r.number("digitalLevel", { integer: true, min: 0, max: 4 }),
    quality: q && { provincialQualityAward: q.boolean("provincialQualityAward"), qualitySystemCert: q.boolean("qualitySystemCert"), developedMarketCert: q.boolean("developedMarketCert"), standardsParticipation: q.boolean("standardsParticipation") },
    characteristicPoints: r.number("characteristicPoints", { min: 0, max: 15 }),
    marketShare: m && { nationalPct: m.number("nationalPct", { min: 0, max: 100 }), internationalPct: m.number("internationalPct", { min: 0, max: 100 }), nationalTop3: m.boolean("nationalTop3") },
    developmentScore: r.number("developmentScore", { min: 0, max: 100 }),
    developmentScorePrevYear: r.number("developmentScorePrevYear", { min: 0, max: 100 }),
  };
  return r.errors.length > 0 || !assessedOn ? { input: null, errors: r.errors } : { input, errors: [] };
}

/** A figure of the fiscal year `back` years before the assessment year (1 = 上年度); a year not given is noted missing. */
export function yearFigure(input: MsmeInput, f: Findings, back: 1 | 2 | 3, field: keyof Omit<MsmeFiscalYear, "year">): number | null {
  const year = yearOf(input.assessedOn) - back;
  const index = (input.fiscalYears ?? []).findIndex((y) => y.year === year);
  const row = input.fiscalYears?.[index];
  if (!row) {
    f.missingYear(year);
    return null;
  }
  return f.need(row[field], `fiscalYears[${index}].${field}`);
}
