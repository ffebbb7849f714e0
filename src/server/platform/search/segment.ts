/**
 * Chinese (and mixed) text → search tokens, with jieba's default dictionary. Documents are cut in search mode (a
 * long word and the dictionary words inside it: 光纤通信 → 光纤, 通信, 光纤通信), queries in precise mode, so a query
 * word is one of the document's tokens; words of other scripts are kept whole. Every token is a plain run of letters, digits and marks, lower-cased and
 * NFKC-folded (ＧＰＳ → gps): PostgreSQL's 'simple' parser then keeps it as one lexeme, and no token can carry tsquery
 * syntax, a quote, a backslash, a colon or a NUL. Any input is accepted, however malformed.
 */
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

/** A token longer than this is cut to it (code points, so ≤ 256 UTF-8 bytes; PostgreSQL refuses lexemes ≥ 2 KB). */
export const MAX_TOKEN_CHARS = 64;
/** Tokens one document contributes at most: a tsvector must stay under 1 MB, and positions stop at 16,383. */
export const MAX_INDEX_TOKENS = 10_000;
/** Distinct words a query keeps; more make a slow query and no better answer. */
export const MAX_QUERY_TOKENS = 32;
/** Text beyond this many UTF-16 units is not segmented (≈ 200 KB: far more than MAX_INDEX_TOKENS needs). */
const MAX_TEXT_UNITS = 200_000;

/**
 * Single characters that carry no meaning on their own (的, 和, 与 …). Longer words are never dropped: 基于 or 及其
 * in a title is rare enough to rank by, and a stop list of words would need its own review.
 */
const STOP_CHARACTERS = new Set([..."的了和与及或并而且在是为于以由被把将对从向之其此该等着过也就都又个些"]);

let instance: Jieba | undefined;
/** Loading the dictionary takes ≈ 0.3 s, so it happens on the first search, not at start-up. */
function jieba(): Jieba {
  instance ??= Jieba.withDict(dict);
  return instance;
}

const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/gu;

/**
 * Every character that is not a letter, digit or mark (punctuation, symbols, emoji, controls, NUL, lone surrogates)
 * becomes a space, before NFKC and again after it (NFKC turns ＇ into ' and ① into 1).
 */
function prepare(text: string): string {
  const head = text.length > MAX_TEXT_UNITS ? text.slice(0, MAX_TEXT_UNITS) : text;
  return head.replace(NOT_WORD, " ").normalize("NFKC").replace(NOT_WORD, " ");
}

/** The pieces of one segmenter word that are lexemes, lower-cased and bounded; nothing for spaces and stop characters. */
function* lexemes(word: string): Generator<string> {
  for (const piece of word.toLowerCase().split(/[^\p{L}\p{N}\p{M}]+/u)) {
    if (!/[\p{L}\p{N}]/u.test(piece) || STOP_CHARACTERS.has(piece)) continue;
    const points = [...piece];
    yield points.length > MAX_TOKEN_CHARS ? points.slice(0, MAX_TOKEN_CHARS).join("") : piece;
  }
}

/**
 * The words of a text: runs of Chinese characters cut by jieba (search mode for documents, precise mode for
 * queries), every other run of letters and digits kept whole. jieba itself would cut Müller or Σίσυφος letter by
 * letter (it knows ASCII words only); the price is its few mixed entries (T恤, A股), which both sides now cut alike.
 */
function* words(text: string, mode: "index" | "query"): Generator<string> {
  for (const [run] of prepare(text).matchAll(/\p{Script=Han}+|[^\s\p{Script=Han}]+/gu)) {
    if (!/\p{Script=Han}/u.test(run)) yield run;
    else yield* mode === "index" ? jieba().cutForSearch(run, true) : jieba().cut(run, true);
  }
}

/** Tokens to index a text with, in order, repeats kept (they weigh in ranking); at most `maxTokens`. */
export function indexTokens(text: string, maxTokens: number = MAX_INDEX_TOKENS): string[] {
  const out: string[] = [];
  if (maxTokens <= 0) return out;
  for (const word of words(text, "index")) {
    for (const token of lexemes(word)) {
      out.push(token);
      if (out.length >= maxTokens) return out;
    }
  }
  return out;
}

/** The words of a query, in order, each once; at most MAX_QUERY_TOKENS. */
export function queryTokens(text: string): string[] {
  const out = new Set<string>();
  for (const word of words(text, "query")) {
    for (const token of lexemes(word)) {
      out.add(token);
      if (out.size >= MAX_QUERY_TOKENS) return [...out];
    }
  }
  return [...out];
}
