/** Folds full-width ASCII (U+FF01–U+FF5E) and the ideographic space to their half-width forms. */
export function foldFullWidth(input: string): string {
  return input.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** The normalisation both official codes share: full-width folded, all whitespace removed, upper case. */
export function normalizeCode(input: string): string {
  return foldFullWidth(input).replace(/\s+/gu, "").toUpperCase();
}
