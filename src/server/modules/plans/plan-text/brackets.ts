/**
 * Brackets, which nest in plan text: (牵头单位:省市场监管局(省知识产权局);责任单位:各县(市、区)人民政府).
 * Some provinces print attributions in 〔…〕 or 【…】 instead of (…), so every kind counts.
 */

const OPENERS = "(〔【[";
const CLOSERS = ")〕】]";

/** Index of the bracket that the one at closeIndex closes, or -1 when the brackets do not balance. */
export function openingBracketOf(text: string, closeIndex: number): number {
  let depth = 0;
  for (let i = closeIndex; i >= 0; i -= 1) {
    const ch = text[i] ?? "";
    if (CLOSERS.includes(ch)) depth += 1;
    else if (OPENERS.includes(ch)) {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

export function endsWithClosingBracket(text: string): boolean {
  return CLOSERS.includes(text[text.length - 1] ?? "\n");
}

/** Splits at any of the separator characters that stand outside brackets. Pieces are trimmed; empty ones dropped. */
export function splitOutsideBrackets(text: string, separators: string): string[] {
  if (![...OPENERS].some((o) => text.includes(o))) {
    return text
      .split(new RegExp(`[${separators.replace(/[\\\]^-]/g, "\\$&")}]`))
      .map((p) => p.trim())
      .filter((p) => p !== "");
  }
  const pieces: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (OPENERS.includes(ch)) depth += 1;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.includes(ch)) {
      pieces.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  pieces.push(current);
  return pieces.map((p) => p.trim()).filter((p) => p !== "");
}

/** Whether the text's brackets balance (a line broken inside a bracket does not). */
export function bracketsBalance(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (OPENERS.includes(ch)) depth += 1;
    else if (CLOSERS.includes(ch)) depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}
