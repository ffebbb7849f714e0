/**
 * A demand's 48-hour response clock as its page shows it: started when the demand is published, stopped by the
 * first response. The promise is SLA_HOURS (src/shared/market/sla.ts), the one the server flags the silent demands
 * by; the page only reads the stored instants against the present moment.
 */
import type { Demand } from "../types.ts";
import { SLA_HOURS } from "../../../../shared/market/sla.ts";

const HOUR = 3_600_000;

export type ClockState =
  | { state: "draft" }
  | { state: "closed"; respondedAfterMs: number | null }
  | { state: "responded"; respondedAfterMs: number; sincePublishedMs: number }
  | { state: "waiting"; sincePublishedMs: number; leftMs: number }
  | { state: "overdue"; sincePublishedMs: number; overByMs: number };

export function responseClock(d: Pick<Demand, "status" | "publishedAt" | "firstResponseAt">, now: Date): ClockState {
  const published = d.publishedAt ? Date.parse(d.publishedAt) : Number.NaN;
  if (d.status === "draft" || Number.isNaN(published)) return { state: "draft" };
  const responded = d.firstResponseAt ? Date.parse(d.firstResponseAt) : Number.NaN;
  const respondedAfterMs = Number.isNaN(responded) ? null : Math.max(0, responded - published);
  if (d.status === "closed") return { state: "closed", respondedAfterMs };
  const sincePublishedMs = Math.max(0, now.getTime() - published);
  if (respondedAfterMs !== null) return { state: "responded", respondedAfterMs, sincePublishedMs };
  const limit = SLA_HOURS * HOUR;
  return sincePublishedMs < limit ? { state: "waiting", sincePublishedMs, leftMs: limit - sincePublishedMs } : { state: "overdue", sincePublishedMs, overByMs: sincePublishedMs - limit };
}

/** A duration in whole days, hours and minutes (rounded down: 47 h 59 min is not yet 48 h). */
export function durationParts(ms: number): { days: number; hours: number; minutes: number } {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}
