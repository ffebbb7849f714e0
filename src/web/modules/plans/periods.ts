/**
 * Reporting periods as the pages offer them (the report form's choices, the bulletin's period). The period rules
 * themselves are src/shared/periods.ts, the same code the server decides with.
 */
import { periodOf, periodsBetween, type Period, type PeriodKind } from "../../../shared/periods.ts";

export { periodOf, periodsBetween, type Period };

/** A task's periods up to today's, newest first: what a unit may report for (a future period is refused). */
export function reportablePeriods(kind: PeriodKind, startDate: string, dueDate: string, today: string): Period[] {
  const until = today < dueDate ? today : dueDate;
  return periodsBetween(kind, startDate, until).reverse();
}
