/**
 * Deals (成交, with their 技术合同登记 fields): the list, registering one, and the searches its form picks from
 * (organisations, published achievements, patents and demands). Records as src/server/modules/market/contract.ts
 * and service/deals.ts give them.
 */
import { api, type Page } from "../../../platform/api/client.ts";
import { searchMarket } from "../api.ts";
import type { SearchHit } from "../types.ts";

export const CONTRACT_TYPES = ["development", "transfer", "licensing", "consulting", "service"] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];
export type SupplyKind = "achievement" | "patent";

/** Amounts in 万元. */
export type DealInput = {
  title: string;
  supplyKind: SupplyKind | null;
  supplyId: string | null;
  demandId: string | null;
  sellerOrgId: string;
  buyerOrgId: string;
  amount: number;
  signedOn: string;
  contractType: ContractType;
  registrationNo: string | null;
  registeredAmount: number | null;
  techTransactionAmount: number | null;
  domain: string | null;
};

export type Deal = DealInput & {
  id: string;
  sellerCity: string;
  buyerCity: string;
  sellerName: string;
  buyerName: string;
  isDemo: boolean;
  createdAt: string;
};

export type DealFilters = { year?: number; city?: string };
export type DealQuery = DealFilters & { page: number; pageSize: number };

export type OrgChoice = { id: string; name: string; cityCode: string; kind: string };
export type RecordKind = SupplyKind | "demand";

export const dealKeys = {
  all: ["market", "deals"] as const,
  list: (q: DealQuery) => ["market", "deals", "list", q] as const,
  orgs: (q: string) => ["market", "deals", "orgs", q] as const,
  records: (kind: RecordKind, q: string) => ["market", "deals", "records", kind, q] as const,
};

export const listDeals = (q: DealQuery) => api.get<Page<Deal>>("/market/deals", q);
export const registerDeal = (input: DealInput) => api.post<{ id: string }>("/market/deals", input);

/** The organisations the caller may see whose name (or alias, credit code) holds `q`. */
export const searchOrgs = (q: string) => api.get<Page<OrgChoice>>("/orgs", { q, status: "active", page: 1, pageSize: 20 });

/** Published records of one kind by the marketplace's public search (any text; the newest when there is none). */
export const searchRecords = async (kind: RecordKind, q: string): Promise<SearchHit[]> =>
  (await searchMarket({ kind, q, sort: q.trim() ? "relevance" : "date", page: 1, pageSize: 20 })).items;

/** Every deal of the filters, page after page (the server gives at most 200 a page), for the export. */
export async function allDeals(filters: DealFilters): Promise<Deal[]> {
  const pageSize = 200;
  const first = await listDeals({ ...filters, page: 1, pageSize });
  const items = [...first.items];
  for (let page = 2; items.length < first.total && page <= Math.ceil(first.total / pageSize); page++) {
    items.push(...(await listDeals({ ...filters, page, pageSize })).items);
  }
  return items;
}
