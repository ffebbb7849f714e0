/** The demands' 48-hour first-response SLA (GET /market/sla, market/contract.ts SlaView), for the cities the caller oversees. */
import { api } from "../../../platform/api/client.ts";

export type OverdueDemand = { id: string; title: string; cityCode: string; orgName: string; publishedAt: string; hoursWaiting: number };
export type CitySla = {
  cityCode: string;
  responded: number;
  /** Published and not answered yet, overdue ones included. */
  waiting: number;
  overdue: number;
  p50Hours: number | null;
  p90Hours: number | null;
  /** First-response times of the answered demands: ≤4h, 4–24h, 24–48h, >48h. */
  buckets: { label: string; count: number }[];
};
export type SlaView = {
  hours: number;
  overdue: OverdueDemand[];
  distribution: CitySla[];
  /** Some demand counted is demo data (示例数据). */
  demo: boolean;
};

export const slaKeys = {
  one: (city: string | undefined) => ["market", "sla", city ?? ""] as const,
};

export const getSla = (city: string | undefined) => api.get<SlaView>("/market/sla", { city });
