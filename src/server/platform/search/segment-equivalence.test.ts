/**
 * The segmenter's fast paths (plain text skips NFKC, Han runs cut by jieba in batches, plain Han words taken as
 * lexemes) must cut exactly as the straightforward version did: it is kept here as the reference, and both are
 * run on the synthetic corpus's texts and on arbitrary strings. A difference would make old documents and new
 * queries disagree.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { indexTokens, MAX_INDEX_TOKENS, MAX_QUERY_TOKENS, MAX_TOKEN_CHARS, queryTokens } from "./segment.ts";
import { syntheticAchievements, syntheticPatents } from "../../modules/market/synthetic.ts";

const jieba = Jieba.withDict(dict);
const STOP = new Set([..."的了和与及或并而且在是为于以由被把将对从向之其此该等着过也就都又个些"]);
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/gu;
const prepare = (text: string) => (text.length > 200_000 ? text.slice(0, 200_000) : text).replace(NOT_WORD, " ").normalize("NFKC").replace(NOT_WORD, " ");
function* lexemes(word: string): Generator<string> {
  for (const piece of word.toLowerCase().split(/[^\p{L}\p{N}\p{M}]+/u)) {
    if (!/[\p{L}\p{N}]/u.test(piece) || STOP.has(piece)) continue;
    const points = [...piece];
    yield points.length > MAX_TOKEN_CHARS ? points.slice(0, MAX_TOKEN_CHARS).join("") : piece;
  }
}
function* words(text: string, mode: "index" | "query"): Generator<string> {
  for (const [run] of prepare(text).matchAll(/\p{Script=Han}+|[^\s\p{Script=Han}]+/gu)) {
    if (!/\p{Script=Han}/u.test(run)) yield run;
    else yield* mode === "index" ? jieba.cutForSearch(run, true) : jieba.cut(run, true);
  }
}
function referenceIndex(text: string, max = MAX_INDEX_TOKENS): string[] {
  const out: string[] = [];
  if (max <= 0) return out;
  for (const w of words(text, "index"))
    for (const t of lexemes(w)) {
      out.push(t);
      if (out.length >= max) return out;
    }
  return out;
}
function referenceQuery(text: string): string[] {
  const out = new Set<string>();
  for (const w of words(text, "query"))
    for (const t of lexemes(w)) {
      out.add(t);
      if (out.size >= MAX_QUERY_TOKENS) return [...out];
    }
  return [...out];
}

const pieces = ["光纤", "通信", "〇", "𠀀", "ＧＰＳ", "5G", "Müller", "北斗", "的", " ", "，", "😀", "\uD800", "ａ", "①", "㈱", "ﬁ", "Σίσυφος", "基于深度学习的", "\0", "-", "。"];

describe("segmenter fast paths", () => {
  it("cut the synthetic corpus exactly as the reference does", () => {
    const texts: string[] = [];
    for (const p of syntheticPatents(300, 11)) texts.push(p.title, p.abstract, p.applicants.join("；"));
    for (const a of syntheticAchievements(100, 12)) texts.push(a.title, a.summary);
    for (const t of texts) {
      expect(indexTokens(t)).toEqual(referenceIndex(t));
      expect(queryTokens(t)).toEqual(referenceQuery(t));
    }
  });

  it("cut any string exactly as the reference does, with any token bound", () => {
    const text = fc.oneof(fc.string({ unit: "grapheme" }), fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 60 }).map((c) => String.fromCodePoint(...c)), fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join("")));
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 40 }), (t, max) => {
        expect(indexTokens(t, max)).toEqual(referenceIndex(t, max));
        expect(indexTokens(t)).toEqual(referenceIndex(t));
        expect(queryTokens(t)).toEqual(referenceQuery(t));
      }),
      { numRuns: 1500 },
    );
  });

  it("cut a text longer than one batch exactly as the reference does", () => {
    const long = Array.from({ length: 3000 }, (_, i) => pieces[(i * 7) % pieces.length]).join("光谷科创大走廊");
    expect(indexTokens(long)).toEqual(referenceIndex(long));
    expect(indexTokens(long, 5000)).toEqual(referenceIndex(long, 5000));
  });
});
