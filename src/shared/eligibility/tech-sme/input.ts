/**
 * The 科技型中小企业 input (tech-sme.md §5, the shape of vectors.json → techSme[].input) and its check.
 * Figures are those of the last complete fiscal year; money in 万元.
 */
import { Reader, type Read, type ReadOptions } from "../input-reader.ts";

const RD_BASES = ["sales", "cost"] as const;

export type TechSmeInput = {
  assessedOn: string;
  residentEnterprise?: boolean;
  restrictedIndustry?: boolean;
  integrityOk?: boolean;
  employees?: number;
  techStaff?: number;
  salesRevenue?: number;
  totalAssets?: number;
  rdExpense?: number;
  costExpense?: number;
  /** 第七条（二）企业选择其一; absent: the engine uses the higher (practice, secondary) and says so. */
  rdBasis?: (typeof RD_BASES)[number];
  ipClassI?: number;
  ipClassII?: number;
  direct?: { highTechCertValid?: boolean; nationalAwardTop3Last5y?: boolean; provincialRdInstitution?: boolean; ledStandardLast5y?: boolean };
};

const ROOT = ["assessedOn", "residentEnterprise", "restrictedIndustry", "integrityOk", "employees", "techStaff", "salesRevenue", "totalAssets", "rdExpense", "costExpense", "rdBasis", "ipClassI", "ipClassII", "direct"];
const DIRECT = ["highTechCertValid", "nationalAwardTop3Last5y", "provincialRdInstitution", "ledStandardLast5y"] as const;
const INT = { integer: true } as const;

export function readTechSmeInput(raw: unknown, options: ReadOptions = {}): Read<TechSmeInput> {
  const r = Reader.root(raw, ROOT, options);
  if (Array.isArray(r)) return { input: null, errors: r };
  const assessedOn = r.date("assessedOn");
  if (!r.has("assessedOn")) r.error("assessedOn", "assess.required");
  const employees = r.number("employees", { integer: true, min: 1 });
  const techStaff = r.number("techStaff", INT);
  if (employees !== undefined && techStaff !== undefined && techStaff > employees) r.error("techStaff", "assess.tech_staff_exceeds_employees", { techStaff, employees });
  const d = r.child("direct", DIRECT);
  const input: TechSmeInput = {
    assessedOn: assessedOn ?? "",
    residentEnterprise: r.boolean("residentEnterprise"),
    restrictedIndustry: r.boolean("restrictedIndustry"),
    integrityOk: r.boolean("integrityOk"),
    employees,
    techStaff,
    salesRevenue: r.number("salesRevenue"),
    totalAssets: r.number("totalAssets"),
    rdExpense: r.number("rdExpense"),
    costExpense: r.number("costExpense"),
    rdBasis: r.oneOf("rdBasis", RD_BASES),
    ipClassI: r.number("ipClassI", INT),
    ipClassII: r.number("ipClassII", INT),
    direct: d && {
      highTechCertValid: d.boolean("highTechCertValid"),
      nationalAwardTop3Last5y: d.boolean("nationalAwardTop3Last5y"),
      provincialRdInstitution: d.boolean("provincialRdInstitution"),
      ledStandardLast5y: d.boolean("ledStandardLast5y"),
    },
  };
  return r.errors.length > 0 || !assessedOn ? { input: null, errors: r.errors } : { input, errors: [] };
}
