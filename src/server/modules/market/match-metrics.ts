/**
 * Ranking metrics for supply–demand matching, over graded relevance judgements (0–3; an item not judged is 0).
 * nDCG@k: gain 2^grade − 1 (Burges et al., 2005: a grade-3 item is worth more than two grade-2 ones) or, on
 * request, the grade itself (trec_eval's linear gain); discount 1 / log2(rank + 1), rank counted from 1; the ideal
 * DCG is that of all judgements sorted by grade, cut at k. recall@k: the share of the items graded at least
 * `minGrade` found in the first k. Both are undefined (null) for a query with nothing relevant.
 */

export type Grades<Id> = ReadonlyMap<Id, number>;
export type Gain = "exponential" | "linear";

const gainOf = (grade: number, gain: Gain) => (grade <= 0 ? 0 : gain === "exponential" ? 2 ** grade - 1 : grade);
const discount = (rank: number) => 1 / Math.log2(rank + 1);

/** DCG of the first k items of a ranking. */
export function dcgAtK<Id>(ranking: readonly Id[], grades: Grades<Id>, k: number, gain: Gain = "exponential"): number {
  let sum = 0;
  const n = Math.min(k, ranking.length);
  for (let i = 0; i < n; i += 1) {
    const id = ranking[i];
    if (id !== undefined) sum += gainOf(grades.get(id) ?? 0, gain) * discount(i + 1);
  }
  return sum;
}

/** DCG@k / ideal DCG@k; null when no item has a grade above 0. A ranking that repeats an item gains from it once. */
export function ndcgAtK<Id>(ranking: readonly Id[], grades: Grades<Id>, k: number, gain: Gain = "exponential"): number | null {
  const ideal = [...grades.values()].filter((g) => g > 0).sort((a, b) => b - a);
  let idcg = 0;
  for (let i = 0; i < Math.min(k, ideal.length); i += 1) idcg += gainOf(ideal[i] ?? 0, gain) * discount(i + 1);
  if (idcg === 0) return null;
  return dcgAtK(distinct(ranking), grades, k, gain) / idcg;
}

/** The share of items graded ≥ minGrade that appear in the first k; null when there is none. */
export function recallAtK<Id>(ranking: readonly Id[], grades: Grades<Id>, k: number, minGrade: number): number | null {
  let relevant = 0;
  for (const g of grades.values()) if (g >= minGrade && g > 0) relevant += 1;
  if (relevant === 0) return null;
  let found = 0;
  for (const id of distinct(ranking).slice(0, k)) if ((grades.get(id) ?? 0) >= minGrade && (grades.get(id) ?? 0) > 0) found += 1;
  return found / relevant;
}

/** The mean of the defined values (null when none is). */
export function meanDefined(values: readonly (number | null)[]): number | null {
  const defined = values.filter((v): v is number => v !== null);
  return defined.length === 0 ? null : defined.reduce((s, v) => s + v, 0) / defined.length;
}

function distinct<Id>(ranking: readonly Id[]): Id[] {
  return [...new Set(ranking)];
}
