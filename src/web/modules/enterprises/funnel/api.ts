/** The cultivation funnel's API call and record (src/server/modules/enterprises/contract.ts: EnterpriseFunnel). */
import { api } from "../../../platform/api/client.ts";

/** One city's counts for one year; every stage's 统计口径 is in FunnelView.definitions. */
export type FunnelRow = {
  cityCode: string;
  year: number;
  registered: number;
  techSme: number;
  reserve: number;
  applied: number;
  certified: number;
  validHighTech: number;
  expiring: number;
};

/** rows: the year's, per city the caller may see; trend: the same cities over the five years to the year. */
export type FunnelView = { year: number; rows: FunnelRow[]; trend: FunnelRow[]; definitions: Record<string, string>; demo: boolean };

export const funnelKeys = {
  one: (year: number) => ["enterprises", "funnel", year] as const,
};

export const getFunnel = (year: number) => api.get<FunnelView>("/enterprises/funnel", { year });
