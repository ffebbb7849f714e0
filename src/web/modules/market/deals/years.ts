/** The years the market's pages offer in their filters, and the year a page's URL asks for. Pure. */

/** This year and the five before it, newest first, with a chosen older year kept in the list. */
export function recentYears(thisYear: number, chosen?: number): number[] {
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  return chosen === undefined || years.includes(chosen) ? years : [...years, chosen].sort((a, b) => b - a);
}

/** The year in the URL when it is one the server takes (2000–2100), else none (all years). */
export function yearParam(param: string | undefined): number | undefined {
  const year = Number(param);
  return param && Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
}
