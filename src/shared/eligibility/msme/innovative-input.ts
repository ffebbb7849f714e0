/**
 * The 创新型中小企业 input (specialized-sme.md A.1, the shape of vectors.json → innovativeSme[].input) and its check.
 * Figures of the last fiscal year (上年度), money in 万元.
 */
import { Reader, type Read, type ReadOptions } from "../input-reader.ts";
import { BASIC_KEYS, type BasicInput } from "./basic.ts";
import { readIp, type IpCounts } from "./ip.ts";

export type InnovativeSmeInput = BasicInput & {
  assessedOn: string;
  direct?: { sciAwardLast3y?: boolean; honourValid?: boolean; provincialRdInstitution?: boolean; equityFinancingLast3y?: number };
  /** MIIT-2026-2: 当年入库的科技型中小企业 is a 科技和创新型中小企业. */
  techSmeRegistered?: boolean;
  ip?: IpCounts;
  rdExpense?: number;
  operatingRevenue?: number;
  mainBusinessRevenue?: number;
  mainBusinessRevenuePrevYear?: number;
  totalAssets?: number;
  totalLiabilities?: number;
  strategicEmergingIndustry?: boolean;
};

const ROOT = ["assessedOn", ...BASIC_KEYS, "direct", "techSmeRegistered", "ip", "rdExpense", "operatingRevenue", "mainBusinessRevenue", "mainBusinessRevenuePrevYear", "totalAssets", "totalLiabilities", "strategicEmergingIndustry"];

export function readInnovativeSmeInput(raw: unknown, options: ReadOptions = {}): Read<InnovativeSmeInput> {
  const r = Reader.root(raw, ROOT, options);
  if (Array.isArray(r)) return { input: null, errors: r };
  const assessedOn = r.date("assessedOn");
  if (!r.has("assessedOn")) r.error("assessedOn", "assess.required");
  const operatingRevenue = r.number("operatingRevenue");
  const mainBusinessRevenue = r.number("mainBusinessRevenue");
  if (operatingRevenue !== undefined && mainBusinessRevenue !== undefined && mainBusinessRevenue > operatingRevenue) {
    r.error("mainBusinessRevenue", "assess.main_revenue_exceeds_operating", { main: mainBusinessRevenue, operating: operatingRevenue });
  }
  const d = r.child("direct", ["sciAwardLast3y", "honourValid", "provincialRdInstitution", "equityFinancingLast3y"]);
  const input: InnovativeSmeInput = {
    assessedOn: assessedOn ?? "",
    independentLegalPerson: r.boolean("independentLegalPerson"),
    smeByClassification: r.boolean("smeByClassification"),
    abnormalOrDishonest: r.boolean("abnormalOrDishonest"),
    restrictedIndustry: r.boolean("restrictedIndustry"),
    direct: d && {
      sciAwardLast3y: d.boolean("sciAwardLast3y"),
      honourValid: d.boolean("honourValid"),
      provincialRdInstitution: d.boolean("provincialRdInstitution"),
      equityFinancingLast3y: d.number("equityFinancingLast3y"),
    },
    techSmeRegistered: r.boolean("techSmeRegistered"),
    ip: readIp(r, false),
    rdExpense: r.number("rdExpense"),
    operatingRevenue,
    mainBusinessRevenue,
    mainBusinessRevenuePrevYear: r.number("mainBusinessRevenuePrevYear"),
    totalAssets: r.number("totalAssets"),
    totalLiabilities: r.number("totalLiabilities"),
    strategicEmergingIndustry: r.boolean("strategicEmergingIndustry"),
  };
  return r.errors.length > 0 || !assessedOn ? { input: null, errors: r.errors } : { input, errors: [] };
}
