/**
 * Reporting periods as the pages offer them (the report form's choices, the bulletin's period). The period rules
 * themselves are src/shared/periods.ts, the same code the server decides with.
 */
import { periodOf, periodsBetween, type Period, type PeriodKind } from "../../../shared/periods.ts";

export { periodOf, periodsBetween, type Period };

/** Today in Beijing, the corridor's calendar, whatever the browser's own time zone. */
export function todayInShanghai(now = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** A task's periods up to today's, newest first: what a unit may report for (a future period is refused). */
export function reportablePeriods(kind: PeriodKind, startDate: string, dueDate: string, today: string): Period[] {
  const until = today < dueDate ? today : dueDate;
  return periodsBetween(kind, startDate, until).reverse();
}
