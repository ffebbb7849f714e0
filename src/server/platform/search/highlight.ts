/**
 * A search result's snippet, shown as HTML: the window of the text where the query's words meet most, with each
 * word marked and everything else HTML-escaped. The text is read in grapheme clusters (a surrogate pair or a
 * letter with its accents is never cut), and each cluster is compared NFKC-folded and lower-cased, as the tokens
 * were made (segment.ts), so ＡＩ in the text is marked for the query "ai".
 */

export type SnippetOptions = { length?: number; mark?: readonly [string, string] };

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
const graphemes = new Intl.Segmenter("zh", { granularity: "grapheme" });
const ASCII_WORD = /[a-z0-9]/;

type Hit = { start: number; end: number; token: string };

/**
 * One line of text: whitespace (newlines included) collapsed; other control characters, lone surrogates and
 * bidirectional overrides (which could reorder the page around the snippet) dropped.
 */
function clean(text: string): string {
  return text
    .replace(/\s+/gu, " ")
    .replace(/[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]+/gu, "")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Every occurrence of every token, as [start, end) in clusters; overlapping occurrences merged. */
function findHits(clusters: readonly string[], tokens: readonly string[]): Hit[] {
  let folded = "";
  const owner: number[] = [];
  clusters.forEach((cluster, i) => {
    const f = cluster.normalize("NFKC").toLowerCase();
    folded += f;
    for (let k = 0; k < f.length; k++) owner.push(i);
  });
  const hits: Hit[] = [];
  for (const token of new Set(tokens.map((t) => t.normalize("NFKC").toLowerCase()).filter((t) => t !== ""))) {
    for (let at = folded.indexOf(token); at !== -1; at = folded.indexOf(token, at + 1)) {
      const end = at + token.length;
      // A Latin word or a number is marked whole, as the segmenter cut it: "ai" is not marked inside "said".
      if (ASCII_WORD.test(token.charAt(0)) && ASCII_WORD.test(folded.charAt(at - 1))) continue;
      if (ASCII_WORD.test(token.charAt(token.length - 1)) && ASCII_WORD.test(folded.charAt(end))) continue;
      hits.push({ start: owner[at] ?? 0, end: (owner[end - 1] ?? 0) + 1, token });
    }
  }
  hits.sort((x, y) => x.start - y.start || y.end - x.end);
  const merged: Hit[] = [];
  for (const hit of hits) {
    const last = merged[merged.length - 1];
    if (last && hit.start < last.end) last.end = Math.max(last.end, hit.end);
    else merged.push({ ...hit });
  }
  return merged;
}

/**
 * The window [start, start + length) holding the most distinct query words, then the most hits (a window with both
 * words of "光纤 芯片" beats one with 光纤 three times); the earliest such window, its hits centred in it.
 */
function bestWindow(hits: readonly Hit[], length: number, total: number): number {
  let best = { distinct: 0, count: 0, from: 0, to: 0 };
  for (let i = 0; i < hits.length; i++) {
    const first = hits[i];
    if (!first) continue;
    const words = new Set<string>();
    let j = i;
    for (let h = hits[j]; h && h.end - first.start <= length; h = hits[++j]) words.add(h.token);
    if (j === i) continue;
    if (words.size > best.distinct || (words.size === best.distinct && j - i > best.count)) {
      best = { distinct: words.size, count: j - i, from: first.start, to: hits[j - 1]?.end ?? first.end };
    }
  }
  if (best.count === 0) return 0;
  const start = best.from - Math.floor((length - (best.to - best.from)) / 2);
  return Math.max(0, Math.min(start, total - length));
}

/** The snippet as HTML; the text's beginning when no token occurs; "…" where the text goes on. */
export function snippet(text: string, tokens: readonly string[], options: SnippetOptions = {}): string {
  const length = Math.max(1, Math.floor(options.length ?? 120));
  const [open, close] = options.mark ?? ["<mark>", "</mark>"];
  const clusters = Array.from(graphemes.segment(clean(text)), (s) => s.segment);
  const hits = findHits(clusters, tokens);
  const start = bestWindow(hits, length, clusters.length);
  const end = Math.min(clusters.length, start + length);

  let html = start > 0 ? "…" : "";
  let at = start;
  for (const hit of hits) {
    if (hit.end <= start || hit.start >= end) continue;
    const from = Math.max(hit.start, start);
    const to = Math.min(hit.end, end);
    html += escapeHtml(clusters.slice(at, from).join("")) + open + escapeHtml(clusters.slice(from, to).join("")) + close;
    at = to;
  }
  html += escapeHtml(clusters.slice(at, end).join(""));
  return end < clusters.length ? `${html}…` : html;
}
