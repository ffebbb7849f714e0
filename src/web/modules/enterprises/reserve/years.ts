/** The years the cultivation pages offer, and the year a page's URL asks for. Pure. */

/** Newest first: this year, `ahead` years after it (a pool is often formed for next year's round), and five back. */
export function yearChoices(thisYear: number, chosen: number, ahead = 0): number[] {
  const years = Array.from({ length: 5 + ahead }, (_, i) => thisYear + ahead - i);
  return years.includes(chosen) ? years : [chosen, ...years].sort((a, b) => b - a);
}

/** The year in the URL when it is one the server takes (2000–2100), else this year. */
export function yearOf(param: string | undefined, thisYear: number): number {
  const year = Number(param);
  return param && Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : thisYear;
}
