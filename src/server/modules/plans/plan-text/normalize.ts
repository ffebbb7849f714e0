/**
 * Normalising the pasted text before anything reads it. Plans arrive with full-width or half-width punctuation and
 * digits, ideographic spaces and the indentation of the page they were copied from; NFKC folds all of that
 * (（一） → (一), １． → 1., ： → :), so every rule downstream is written once, for the half-width form.
 */

/** One non-empty line of the source. */
export type SourceLine = {
  /** NFKC, trimmed, with no spaces beside Chinese text (a space there is layout, not content). */
  text: string;
  /** NFKC and trimmed, spaces kept: page chrome is recognised by its spacing (字号 大 中 小). */
  spaced: string;
  /** A blank line stood directly above this one. */
  blankAbove: boolean;
};

/**
 * Circled numbers (① … ⑳, ❶ …) would become bare digits under NFKC and then read as amounts or item numbers,
 * so they stay as printed; the parenthesised ones (⑴ → (1)) are meant to be folded.
 */
const PROTECTED_RUNS = /[^\u2460-\u2473\u24b6-\u24ff\u2776-\u2793]+/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

export function normalizeChars(text: string): string {
  return text.replace(PROTECTED_RUNS, (run) => run.normalize("NFKC")).replace(INVISIBLE, "");
}

/** Drops every space that does not separate two ASCII words ("Copyright 2019" keeps its space, "R&D 经费" loses it). */
export function compactSpaces(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/ (?![A-Za-z0-9])|(?<![A-Za-z0-9]) /g, "");
}

/** Block-level HTML tags end a line; a "<" followed by a digit (比重<5%) is no tag. */
const BLOCK_END = /<br\s*\/?>|<\/(p|div|h[1-6]|li|tr|td|th|section|article|table|ul|ol)\s*>/gi;
const TAG = "<\\/?[a-zA-Z][^<>]*>";
const HAS_TAG = new RegExp(TAG);
const ANY_TAG = new RegExp(TAG, "g");
const ENTITIES: Record<string, string> = { "&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };

/** Plain text from a page's source pasted as is: block tags become line breaks, other tags go. */
export function stripMarkup(text: string): string {
  if (!HAS_TAG.test(text)) return text;
  return text
    .replace(BLOCK_END, "\n")
    .replace(ANY_TAG, "")
    .replace(/&(nbsp|lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity] ?? entity);
}

export function toSourceLines(input: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let blankAbove = false;
  for (const raw of stripMarkup(normalizeChars(input)).split(/\r\n|[\r\n\u2028\u2029\f\v]/)) {
    const spaced = raw.replace(/\s+/g, " ").trim();
    if (spaced === "") {
      blankAbove = true;
      continue;
    }
    lines.push({ text: compactSpaces(spaced), spaced, blankAbove });
    blankAbove = false;
  }
  return lines;
}
