/**
 * Reporting periods as the pages offer them (the report form's choices, the bulletin's period). The server's
 * plans/periods.ts decides what it accepts and says why it refuses; these are only the choices shown. Keys are
 * "2024-03" (monthly) or "2024-Q1" (quarterly); dates are Asia/Shanghai calendar dates.
 */
import type { PeriodKind } from "./types.ts";

export type Period = { key: string; start: string; end: string };

const pad = (n: number) => String(n).padStart(2, "0");

/** Today in Beijing, the corridor's calendar, whatever the browser's own time zone. */
export function todayInShanghai(now = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthPeriod(year: number, month: number): Period {
  return { key: `${year}-${pad(month)}`, start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(lastDay(year, month))}` };
}

function quarterPeriod(year: number, quarter: number): Period {
  const last = quarter * 3;
  return { key: `${year}-Q${quarter}`, start: `${year}-${pad(last - 2)}-01`, end: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}

export function periodOf(kind: PeriodKind, date: string): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return kind === "monthly" ? monthPeriod(year, month) : quarterPeriod(year, Math.ceil(month / 3));
}

/** The periods that share a day with from..to, oldest first (none when to is before from). */
export function periodsBetween(kind: PeriodKind, from: string, to: string): Period[] {
  const out: Period[] = [];
  if (to < from) return out;
  for (let p = periodOf(kind, from); p.start <= to; ) {
    out.push(p);
    const [y, m] = [Number(p.end.slice(0, 4)), Number(p.end.slice(5, 7))];
    p = periodOf(kind, m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`);
  }
  return out;
}

/** A task's periods up to today's, newest first: what a unit may report for (a future period is refused). */
export function reportablePeriods(kind: PeriodKind, startDate: string, dueDate: string, today: string): Period[] {
  const until = today < dueDate ? today : dueDate;
  return periodsBetween(kind, startDate, until).reverse();
}
