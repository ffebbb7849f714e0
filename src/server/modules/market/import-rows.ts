/**
 * The rows a bulk write stores, built without the database: each record's column values (patents with their 高价值
 * flag derived by src/shared/market/high-value.ts), its search document as a tsvector literal, and a batch of rows
 * as the JSON the writer's single INSERT reads. Pure, so a worker thread can build the next batch while the
 * database writes this one (service/import.ts); the same function runs in the caller's thread for small writes.
 */
import { randomUUID } from "node:crypto";
import type { Kind } from "./contract.ts";
import { classifyHighValue } from "../../../shared/market/high-value.ts";
import { documentLiteral, type DocumentPart } from "../../platform/search/literal.ts";

export type Owner = { id: string; name: string; cityCode: string };

/** What every row of one write shares: today (for 高价值's maintenance years), the writer, the time written. */
export type BatchContext = { today: string; now: string; userId: string | null; pledgeThresholdYuan: number; demo: boolean };

export type BatchInput = {
  kind: Kind;
  records: { values: Record<string, unknown>; owner: Owner | null }[];
  context: BatchContext;
  /** Row keys → column names, in the INSERT's order (from the table's schema, which this pure file does not import). */
  columns: [key: string, column: string][];
};

/**
 * rows: the batch as a JSON array of objects keyed by column name; termCounts: in how many of the batch's records
 * each word occurs ("" counts the records), what document frequencies add; ids and keys (application numbers for
 * patents) in order. Counts, not per-record word lists, cross back from a worker: far less to copy.
 */
export type BatchOutput = { rows: string; termCounts: Map<string, number>; ids: string[]; keys: string[] };

/** The weighted text of a record: what search and matching read. */
export function searchParts(kind: Kind, r: Record<string, unknown>): DocumentPart[] {
  const s = (v: unknown) => (typeof v === "string" ? v : Array.isArray(v) ? v.join(" ") : "");
  switch (kind) {
    case "achievement":
      return [{ text: s(r.title), weight: "A" }, { text: s(r.domain), weight: "C" }, { text: s(r.summary), weight: "D" }];
    case "patent":
      return [{ text: s(r.title), weight: "A" }, { text: s(r.ipc), weight: "C" }, { text: s(r.abstract), weight: "D" }];
    case "demand":
      return [{ text: s(r.title), weight: "A" }, { text: s(r.domain), weight: "C" }, { text: s(r.description), weight: "D" }];
    case "expert":
      return [{ text: s(r.name), weight: "A" }, { text: s(r.fields), weight: "B" }, { text: s(r.title), weight: "C" }, { text: s(r.bio), weight: "D" }];
  }
}

export function rowValues(kind: Kind, v: Record<string, unknown>, org: Owner | null, c: BatchContext): Record<string, unknown> {
  const base = { createdBy: c.userId, updatedAt: c.now };
  switch (kind) {
    case "patent": {
      const filingDate = (v.filingDate as string | null) ?? null;
      const hv = classifyHighValue(
        {
          kind: v.type as "invention",
          valid: v.legalStatus === "in_force",
          domesticHolder: true,
          filingDate,
          grantDate: (v.grantDate as string | null) ?? null,
          strategicEmergingIndustry: Boolean(v.strategicEmerging),
          overseasFamilyGranted: Boolean(v.overseasFamily),
          pledgeAmountYuan: (v.pledgeAmount as number | null) ?? null,
          nationalSciTechAward: Boolean(v.nationalAward),
          chinaPatentAward: Boolean(v.chinaPatentAward),
        },
        { asOf: c.today, pledgeThresholdYuan: c.pledgeThresholdYuan },
      );
      return {
        ...base,
        applicationNo: v.applicationNo,
        title: v.title,
        abstract: v.abstract,
        applicants: v.applicants,
        inventors: v.inventors,
        type: v.type,
        legalStatus: v.legalStatus,
        ipc: v.ipc,
        ownerOrgId: org?.id ?? null,
        cityCode: v.cityCode,
        domain: v.domain,
        filingDate,
        grantDate: v.grantDate ?? null,
        filingYear: filingDate ? Number(filingDate.slice(0, 4)) : null,
        strategicEmerging: v.strategicEmerging,
        overseasFamily: v.overseasFamily,
        pledgeAmount: v.pledgeAmount,
        nationalAward: v.nationalAward,
        chinaPatentAward: v.chinaPatentAward,
        highValue: hv.highValue,
        highValueCategories: hv.categories,
        published: true,
        names: [...(v.applicants as string[]), ...(v.inventors as string[])].join(" "),
      };
    }
    case "achievement":
      return { ...base, ...v, ownerOrgId: org?.id, cityCode: org?.cityCode, names: org?.name ?? "" };
    case "demand":
      return { ...base, ...v, orgId: org?.id, cityCode: org?.cityCode, names: org?.name ?? "" };
    case "expert":
      return { ...base, ...v, orgId: org?.id, cityCode: org?.cityCode, names: `${String(v.name)} ${org?.name ?? ""}` };
  }
}

/** One batch of rows: values, ids made here (a merged patent keeps its stored id), documents, the JSON to insert. */
export function buildBatch(input: BatchInput): BatchOutput {
  // A Map, not an object: a word may be "constructor" or "__proto__".
  const termCounts = new Map<string, number>([["", input.records.length]]);
  const ids: string[] = [];
  const keys: string[] = [];
  const out: Record<string, unknown>[] = [];
  for (const r of input.records) {
    const { literal, terms: words } = documentLiteral(searchParts(input.kind, r.values));
    for (const w of words) termCounts.set(w, (termCounts.get(w) ?? 0) + 1);
    const row: Record<string, unknown> = { id: randomUUID(), ...rowValues(input.kind, r.values, r.owner, input.context), isDemo: input.context.demo, search: literal };
    ids.push(row.id as string);
    keys.push(input.kind === "patent" ? String(row.applicationNo) : (row.id as string));
    const named: Record<string, unknown> = {};
    for (const [key, column] of input.columns) named[column] = row[key] ?? null;
    out.push(named);
  }
  return { rows: JSON.stringify(out), termCounts, ids, keys };
}

/** The row keys buildBatch writes for records like `first` (every record of one write has the same keys). */
export function batchKeys(kind: Kind, first: { values: Record<string, unknown>; owner: Owner | null }, context: BatchContext): string[] {
  return ["id", ...Object.keys(rowValues(kind, first.values, first.owner, context)), "isDemo", "search"];
}
