/**
 * A search result's snippet as the page shows it. The server sends HTML whose text is escaped and whose matched
 * words are wrapped in <mark>; the page trusts none of it: the snippet is read into pieces of plain text, each
 * marked or not, and React renders them as text. Any other tag (a <script>, an <img onerror>) stays visible text,
 * never markup; entities are decoded once, so "&lt;b&gt;" reads "<b>" and "&amp;lt;" reads "&lt;".
 */
export type SnippetPart = { text: string; marked: boolean };

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // Outside Unicode, a surrogate or NUL: leave the text as it came.
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** The snippet's pieces in order; only <mark> and </mark> (any case, no attributes) are read as marks. */
export function snippetParts(html: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  for (const piece of html.split(/(<\/?mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === "<mark>" || tag === "</mark>") {
      marked = tag === "<mark>";
      continue;
    }
    if (piece === "") continue;
    const text = decodeEntities(piece);
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}
