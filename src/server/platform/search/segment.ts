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

const RUNS = /\p{Script=Han}+|[^\s\p{Script=Han}]+/gu;
const HAN = /\p{Script=Han}/u;
/** Characters of Han runs cut by one jieba call: a long text is still cut a part at a time, as tokens are taken. */
const BATCH_CHARS = 4096;
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/gu;
/** Text that NFKC leaves unchanged for certain: spaces, ASCII letters and digits, CJK Unified Ideographs. */
const PLAIN = /^[ 0-9A-Za-z\u4E00-\u9FFF]*$/;

/**
 * Every character that is not a letter, digit or mark (punctuation, symbols, emoji, controls, NUL, lone surrogates)
 * becomes a space, before NFKC and again after it (NFKC turns ＇ into ' and ① into 1).
 */
function prepare(text: string): string {
  const head = text.length > MAX_TEXT_UNITS ? text.slice(0, MAX_TEXT_UNITS) : text;
  const spaced = head.replace(NOT_WORD, " ");
  // The common case, CJK Unified Ideographs and ASCII letters and digits only: NFKC leaves them as they are.
  return PLAIN.test(spaced) ? spaced : spaced.normalize("NFKC").replace(NOT_WORD, " ");
}

/** A word of 1..MAX_TOKEN_CHARS CJK Unified Ideographs (U+4E00–U+9FFF), checked by code unit. */
function isPlainHan(word: string): boolean {
  if (word.length === 0 || word.length > MAX_TOKEN_CHARS) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  return true;
}

/** The pieces of one segmenter word that are lexemes, lower-cased and bounded; nothing for spaces and stop characters. */
function* lexemes(word: string): Generator<string> {
  if (isPlainHan(word)) {
    // Most words: already a lexeme (nothing to lower-case or split, short enough), unless a stop character.
    if (!(word.length === 1 && STOP_CHARACTERS.has(word))) yield word;
    return;
  }
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
  const runs = prepare(text).match(RUNS) ?? [];
  for (let start = 0; start < runs.length; ) {
    // Han runs go to jieba in batches, joined by single spaces: jieba cuts on whitespace and gives each space back
    // as a word of its own, so the batch's words are each run's words in turn, with one call instead of one per run.
    let end = start;
    let chars = 0;
    const han: string[] = [];
    const isHan: boolean[] = [];
    while (end < runs.length && chars < BATCH_CHARS) {
      const run = runs[end++] as string;
      const h = HAN.test(run);
      isHan.push(h);
      if (h) {
        han.push(run);
        chars += run.length;
      }
    }
    const cut = han.length === 0 ? [] : mode === "index" ? jieba().cutForSearch(han.join(" "), true) : jieba().cut(han.join(" "), true);
    let k = 0;
    for (let i = start; i < end; i++) {
      if (!isHan[i - start]) {
        yield runs[i] as string;
        continue;
      }
      for (; k < cut.length && cut[k] !== " "; k++) yield cut[k] as string;
      k++;
    }
    start = end;
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
