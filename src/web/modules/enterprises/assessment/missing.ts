/**
 * Where to enter a figure an engine found missing. The engines name it by its path in their input
 * (docs/assess-input.md: `fiscalYears[1].rdExpense`, `innovation.ip.advancement.points`, `direct.honourValid`); the
 * person filling the registry needs the field and the tab it is on. Pure: a path in, the tab and the dictionary key
 * of the field's label out (null where the engine's own message says it better: a whole year missing, a certificate
 * whose validity is unknown).
 */
import { FACT_FIELD_NAMES } from "../enterprise/facts.ts";
import { IP_SUBSETS, SCALAR_FIELDS } from "../enterprise/figures.ts";

export type Tab = "facts" | "years" | "certificates";
export type Place = { tab: Tab; label: string | null };

/** Engine figures that are a registry year figure under another name. */
const YEAR_ALIASES: Record<string, string> = { mainBusinessRevenuePrevYear: "mainBusinessRevenue", equityFinancingLast3y: "equityFinancing", equityFinancingLast2y: "equityFinancing" };
/** Counts the engines take whole, which the registry holds by IP type and how obtained. */
const IP_COUNTS = ["ipClassI", "ipClassII", "classICount", "classIICount", "classI", "classII", "selfDevelopedClassI"];
/** 高企 expert items (innovation.ip.*) and the facts that hold them. */
const HTE_IP: Record<string, string> = { advancement: "hteAdvancement", coreSupport: "hteCoreSupport", acquisition: "hteAcquisition", standards: "hteStandards", quantityPoints: "hteQuantityPoints" };
/** Read from the certificates on record, not entered as facts. */
const FROM_CERTIFICATES = ["highTechCertValid", "innovativeSmeTitleValid", "techInnovativeTitleValid", "specializedSmeTitleValid", "techSmeRegistered", "review", "certificates", "validUntil"];

const year = (field: string): Place => ({ tab: "years", label: `enterprise.year.${field}` });
const fact = (field: string): Place => ({ tab: "facts", label: `enterprise.fact.${field}` });

export function placeOf(path: string): Place | null {
  const parts = path.replace(/\[\d+\]/g, "").split(".");
  const [head = "", second, third] = parts;
  const leaf = parts.at(-1) ?? "";
  if (head === "fiscalYears") return parts.length === 1 ? { tab: "years", label: null } : year(YEAR_ALIASES[leaf] ?? leaf);
  if (head === "certificates" || FROM_CERTIFICATES.includes(leaf)) return { tab: "certificates", label: null };
  if (head === "registeredOn") return { tab: "facts", label: "enterprise.field.foundedOn" };
  if (head === "innovation") {
    if (second === "ip" && third && IP_COUNTS.includes(third)) return { tab: "years", label: "enterprise.missing.ipByType" };
    if (second === "ip" && third && HTE_IP[third]) return fact(HTE_IP[third]);
    if (second === "conversions") return third === "count" ? year("resultsConverted") : fact("hteConversionPoints");
    if (second === "rdManagement" && third) return fact(`hteRdManagement.${third}`);
    if (second === "growth" && third) return fact(`hteGrowth.${third}`);
    return null;
  }
  if (IP_COUNTS.includes(leaf)) return { tab: "years", label: "enterprise.missing.ipByType" };
  if ((IP_SUBSETS as readonly string[]).includes(leaf)) return { tab: "years", label: `enterprise.ip.subset.${leaf}` };
  const field = YEAR_ALIASES[leaf] ?? leaf;
  if ((SCALAR_FIELDS as readonly string[]).includes(field)) return year(field);
  const factPath = head === "direct" ? parts.slice(1).join(".") : parts.join(".");
  return FACT_FIELD_NAMES.includes(factPath) ? fact(factPath) : null;
}

export type MissingGroup = { tab: Tab; labels: string[]; messages: string[] };

/**
 * The missing figures of a tier by tab: each field's label key once (an engine names a figure once per fiscal year),
 * and the messages of what has no field. A path nothing maps goes under "facts" with its message, never dropped.
 */
export function groupMissing(missing: readonly { path: string; message: string }[]): MissingGroup[] {
  const groups = new Map<Tab, MissingGroup>();
  for (const m of missing) {
    const place = placeOf(m.path) ?? { tab: "facts" as const, label: null };
    const g = groups.get(place.tab) ?? { tab: place.tab, labels: [], messages: [] };
    if (place.label !== null) {
      if (!g.labels.includes(place.label)) g.labels.push(place.label);
    } else if (!g.messages.includes(m.message)) g.messages.push(m.message);
    groups.set(place.tab, g);
  }
  const order: Tab[] = ["years", "facts", "certificates"];
  return order.flatMap((tab) => groups.get(tab) ?? []);
}
