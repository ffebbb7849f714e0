/**
 * A year's figures in the form and on the wire. The form keeps one flat field per figure, named by the same path
 * the registry's checks use ("techStaff", "ip.invention.acquired", "ip.highValueClassI"), so an issue from
 * validateYear or from the server lands on its field as it is. An empty field is not known and is sent as null
 * (PUT replaces the year, so a figure cleared must be cleared on the server too). Pure.
 */
import { IP_TYPES, type IpOwned, type IpType, type YearFigures } from "../../../../shared/enterprise/record.ts";
import type { YearFiguresInput } from "../types.ts";

export type Unit = "wan" | "persons" | "items";

/** The form's sections and their figures, in the order of the statistical forms (人员, 收入, 研发, 资产, 成果). */
export const YEAR_SECTIONS = [
  { id: "staff", fields: ["employees", "techStaff", "rdStaff"] },
  { id: "revenue", fields: ["operatingRevenue", "mainBusinessRevenue", "salesRevenue", "totalRevenue", "highTechRevenue"] },
  { id: "rd", fields: ["rdExpense", "rdExpenseDomestic", "costExpense"] },
  { id: "finance", fields: ["totalAssets", "netAssets", "totalLiabilities", "netProfit", "equityFinancing"] },
  { id: "results", fields: ["standardsLed", "resultsConverted"] },
] as const;

export type ScalarField = (typeof YEAR_SECTIONS)[number]["fields"][number];
export const SCALAR_FIELDS: readonly ScalarField[] = YEAR_SECTIONS.flatMap((s) => s.fields);

const UNITS: Record<ScalarField, Unit> = {
  employees: "persons",
  techStaff: "persons",
  rdStaff: "persons",
  standardsLed: "items",
  resultsConverted: "items",
  operatingRevenue: "wan",
  mainBusinessRevenue: "wan",
  salesRevenue: "wan",
  totalRevenue: "wan",
  highTechRevenue: "wan",
  rdExpense: "wan",
  rdExpenseDomestic: "wan",
  costExpense: "wan",
  totalAssets: "wan",
  netAssets: "wan",
  totalLiabilities: "wan",
  netProfit: "wan",
  equityFinancing: "wan",
};
export const unitOf = (field: ScalarField): Unit => UNITS[field];

export const IP_WAYS = ["selfDeveloped", "acquired"] as const;
export type IpWay = (typeof IP_WAYS)[number];
/** The subsets of Ⅰ类/Ⅱ类 the 专精特新 rules count. */
export const IP_SUBSETS = ["highValueClassI", "appliedClassI", "appliedClassINotTransferred", "classINotTransferredTop3", "classIIUnused"] as const;

export const ipField = (type: IpType, way: IpWay) => `ip.${type}.${way}`;
export const subsetField = (subset: (typeof IP_SUBSETS)[number]) => `ip.${subset}`;

/** Every field of the form, by its path. */
export const YEAR_FIELD_NAMES: readonly string[] = [...SCALAR_FIELDS, ...IP_TYPES.flatMap((t) => IP_WAYS.map((w) => ipField(t, w))), ...IP_SUBSETS.map(subsetField)];

export type YearFormValues = Record<string, number | null | undefined>;

const value = (v: number | null | undefined): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** The form's values for a stored year (or an empty form for a new one). */
export function yearFormValues(year: Partial<YearFigures> | undefined): YearFormValues {
  const out: YearFormValues = {};
  for (const f of SCALAR_FIELDS) out[f] = value(year?.[f]);
  for (const t of IP_TYPES) for (const w of IP_WAYS) out[ipField(t, w)] = value(year?.ip?.[t]?.[w]);
  for (const s of IP_SUBSETS) out[subsetField(s)] = value(year?.ip?.[s]);
  return out;
}

/** IP as the registry holds it: a type with neither part given is left out; nothing given at all is null. */
function ipOf(v: YearFormValues): IpOwned | null {
  const ip: IpOwned = {};
  let any = false;
  for (const t of IP_TYPES) {
    const [selfDeveloped, acquired] = IP_WAYS.map((w) => value(v[ipField(t, w)]));
    if (selfDeveloped === null && acquired === null) continue;
    ip[t] = { selfDeveloped: selfDeveloped ?? null, acquired: acquired ?? null };
    any = true;
  }
  for (const s of IP_SUBSETS) {
    const n = value(v[subsetField(s)]);
    if (n === null) continue;
    ip[s] = n;
    any = true;
  }
  return any ? ip : null;
}

/** The PUT body: every figure, null where the form is empty. */
export function yearPayload(v: YearFormValues): YearFiguresInput {
  const out: YearFiguresInput = { ip: ipOf(v) };
  for (const f of SCALAR_FIELDS) out[f] = value(v[f]);
  return out;
}

/** The year as the registry's checks and the growth rates read it. */
export function yearFiguresOf(year: number, v: YearFormValues): YearFigures {
  return { year, ...yearPayload(v) };
}

/** Issues grouped by the field they name; an issue naming no field of the form goes under "". */
export function issuesByField(issues: readonly { path: string; message: string }[], fields: readonly string[] = YEAR_FIELD_NAMES): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = fields.includes(issue.path) ? issue.path : "";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
