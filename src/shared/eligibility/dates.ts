/** Calendar dates as the rules use them: ISO `YYYY-MM-DD`, Asia/Shanghai calendar days, no clock. */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a real calendar date, or null (2026-02-30 is not one). */
function dayNumber(date: string): number | null {
  const m = ISO.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / 86_400_000;
}

export const isIsoDate = (date: string): boolean => dayNumber(date) !== null;

/** Calendar days from `from` to `to` (both valid dates). */
export function daysBetween(from: string, to: string): number {
  return (dayNumber(to) ?? 0) - (dayNumber(from) ?? 0);
}

export const yearOf = (date: string): number => Number(date.slice(0, 4));
