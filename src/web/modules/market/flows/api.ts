/** The flows between the five cities (GET /market/flows, market/contract.ts FlowView) and their .xlsx export. */
import { api, download, withQuery } from "../../../platform/api/client.ts";
import type { FlowCell } from "./sankey.ts";

/** Amounts in 万元; totals.crossCity is the amount between two different cities. */
export type FlowView = {
  year: number | null;
  domain: string | null;
  cells: FlowCell[];
  totals: { amount: number; count: number; crossCity: number };
  demo: boolean;
};

export type FlowFilters = { year?: number; domain?: string };

export const flowKeys = {
  one: (f: FlowFilters) => ["market", "flows", f] as const,
};

export const getFlows = (f: FlowFilters) => api.get<FlowView>("/market/flows", f);
export const exportFlows = (f: FlowFilters) => download(withQuery("/market/flows.xlsx", f), "技术流向.xlsx");
