/**
 * Reporting periods of a plan (督办 reports are monthly or quarterly, chosen per plan).
 * Pure: no I/O, no clock. Dates are Asia/Shanghai calendar dates written `YYYY-MM-DD`; they are never instants, so
 * the arithmetic runs on UTC midnights built from the string's own fields and no time zone enters.
 *
 * Errors follow one rule: a parser of text (`parsePeriodKey`) returns a typed result, because bad text is an
 * expected input; a function given a date that should already have passed the edge's validation throws
 * `InvalidCalendarDateError`, because reaching it with a bad date is a programming error.
 */

export type PeriodKind = "monthly" | "quarterly";

/** `key` is "2024-03" for a month, "2024-Q1" for a quarter; `start` and `end` are its first and last days. */
export type Period = { key: string; start: string; end: string };

export type PeriodKeyResult =
  | { ok: true; period: Period }
  | { ok: false; error: { code: "period_key_malformed"; key: string; expected: "YYYY-MM" | "YYYY-Qn" } };

export class InvalidCalendarDateError extends RangeError {
  constructor(readonly value: string) {
    super(`not a calendar date YYYY-MM-DD: ${JSON.stringify(value)}`);
    this.name = "InvalidCalendarDateError";
  }
}

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER_KEY = /^(\d{4})-Q([1-4])$/;

/** Days since 1970-01-01 of a calendar date. `setUTCFullYear` rather than `Date.UTC`, which reads years 0–99 as 19xx. */
function epochDay(year: number, month: number, day: number): number {
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  return Math.round(t.getTime() / DAY_MS);
}

function fromEpochDay(days: number): string {
  const t = new Date(days * DAY_MS);
  const y = String(t.getUTCFullYear()).padStart(4, "0");
  const m = String(t.getUTCMonth() + 1).padStart(2, "0");
  const d = String(t.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

function lastDayOfMonth(year: number, month: number): number {
  return epochDay(year, month + 1, 1) - epochDay(year, month, 1);
}

/** Splits a date into its fields, refusing shapes and days that do not exist (2023-02-29, 2024-13-01). */
function fields(date: string): { year: number; month: number; day: number } {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new InvalidCalendarDateError(date);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) throw new InvalidCalendarDateError(date);
  return { year, month, day };
}

function toEpochDay(date: string): number {
  const { year, month, day } = fields(date);
  return epochDay(year, month, day);
}

/** Calendar days from `from` to `to`: 0 for the same day, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function addDays(date: string, days: number): string {
  return fromEpochDay(toEpochDay(date) + days);
}

function monthPeriod(year: number, month: number): Period {
  const y = String(year).padStart(4, "0");
  const m = String(month).padStart(2, "0");
  return { key: `${y}-${m}`, start: `${y}-${m}-01`, end: `${y}-${m}-${String(lastDayOfMonth(year, month)).padStart(2, "0")}` };
}

function quarterPeriod(year: number, quarter: number): Period {
  const first = monthPeriod(year, quarter * 3 - 2);
  const last = monthPeriod(year, quarter * 3);
  return { key: `${String(year).padStart(4, "0")}-Q${quarter}`, start: first.start, end: last.end };
}

/** The period of the given kind that contains `date`. */
export function periodOf(kind: PeriodKind, date: string): Period {
  const { year, month } = fields(date);
  return kind === "monthly" ? monthPeriod(year, month) : quarterPeriod(year, Math.ceil(month / 3));
}

/**
 * Every period that shares at least one day with `startDate`..`endDate` (both inclusive), oldest first, so a task
 * running 2024-01-15..2024-04-02 reports for 2024-Q1 and 2024-Q2. Empty when `endDate` is before `startDate`.
 */
export function periodsBetween(kind: PeriodKind, startDate: string, endDate: string): Period[] {
  fields(endDate); // a malformed end would compare as text and silently end the loop anywhere
  const periods: Period[] = [];
  if (endDate < startDate) return periods; // a reversed range touches no period, even inside one month
  for (let p = periodOf(kind, startDate); p.start <= endDate; p = periodOf(kind, addDays(p.end, 1))) periods.push(p);
  return periods;
}

/**
 * The day a period's report is due: the period's last day. Our choice (the issue sets no deadline): a report speaks
 * for the whole period, and the last day is the latest date on which its status can still be current.
 */
export function reportDueDate(period: Period): string {
  return period.end;
}

/** Reads a period key of the plan's kind. Strict: "2024-3", "2024-q1" or a quarter key on a monthly plan are refused. */
export function parsePeriodKey(kind: PeriodKind, key: string): PeriodKeyResult {
  const match = (kind === "monthly" ? MONTH_KEY : QUARTER_KEY).exec(key);
  if (!match) {
    return { ok: false, error: { code: "period_key_malformed", key, expected: kind === "monthly" ? "YYYY-MM" : "YYYY-Qn" } };
  }
  const [year, part] = [Number(match[1]), Number(match[2])];
  return { ok: true, period: kind === "monthly" ? monthPeriod(year, part) : quarterPeriod(year, part) };
}
