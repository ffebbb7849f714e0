/** Calendar dates as the rules use them: ISO `YYYY-MM-DD`, Asia/Shanghai calendar days, no clock. */

const DASH = 45;
const ZERO = 48;

/** The number written by the decimal digits of `s` from `start` to `end` (exclusive), or −1 if one is not a digit. */
function digits(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i) - ZERO;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days since 1970-01-01 for a real calendar date, or null (2026-02-30 is not one). Computed on integers (the
 * proleptic Gregorian calendar, as Date.UTC counts): this runs several times per assessment. Years 0000–0099 are
 * refused, as the Date round trip this replaces refused them (Date.UTC reads them as 1900–1999).
 */
function dayNumber(value: string): number | null {
  // Read as text, as a regular expression would read it (a record's JSON may put anything where a date belongs).
  const date = typeof value === "string" ? value : String(value);
  if (date.length !== 10 || date.charCodeAt(4) !== DASH || date.charCodeAt(7) !== DASH) return null;
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  if (y < 100 || m < 1 || m > 12 || d < 1) return null;
  if (d > (m === 2 && isLeap(y) ? 29 : (MONTH_DAYS[m - 1] ?? 0))) return null;
  // Howard Hinnant's days_from_civil: years counted from March, so the leap day ends the year.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export const isIsoDate = (date: string): boolean => dayNumber(date) !== null;

/** Calendar days from `from` to `to` (both valid dates). */
export function daysBetween(from: string, to: string): number {
  return (dayNumber(to) ?? 0) - (dayNumber(from) ?? 0);
}

export const yearOf = (date: string): number => Number(date.slice(0, 4));
