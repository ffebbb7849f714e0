/**
 * A list's search, filters and page live in the URL (?q=&kind=&page=), so a list can be bookmarked, shared, and
 * returned to with the back button exactly as it was left.
 */
import { useSearchParams } from "react-router-dom";

export type ListParams<F extends string> = {
  q: string;
  page: number;
  pageSize: number;
  filters: Record<F, string | undefined>;
  /** Changes some values; any change but the page's goes back to page 1. */
  set: (changes: Partial<Record<F | "q" | "page" | "pageSize", string | number | undefined>>) => void;
};

const positive = (text: string | null, fallback: number) => {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

export function useListParams<F extends string>(filterNames: readonly F[], defaultPageSize = 20): ListParams<F> {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(filterNames.map((f) => [f, params.get(f) ?? undefined])) as Record<F, string | undefined>;
  return {
    q: params.get("q") ?? "",
    page: positive(params.get("page"), 1),
    pageSize: positive(params.get("pageSize"), defaultPageSize),
    filters,
    set: (changes) => {
      const next = new URLSearchParams(params);
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined || value === "") next.delete(key);
        else next.set(key, String(value));
      }
      if (!("page" in changes)) next.delete("page");
      setParams(next);
    },
  };
}
