/**
 * Item numbers, outermost level first: 一、 → (一) → 1. / 1、 → (1). Text is already NFKC, so （一） is (一) and
 * １． is 1. here. The rank is fixed by the form, not by position, which is what lets a level be skipped
 * (一、 directly followed by 1.) and lets 1. items run on across chapters.
 */

export type Rank = 1 | 2 | 3 | 4;

export type NumberedLine = {
  rank: Rank;
  /** As written in paths: "二", "(三)", "2", "(1)". */
  number: string;
  /** The line after its number. */
  rest: string;
};

const CHINESE_NUMERAL = "[一二三四五六七八九十百〇零]+";

const FORMS: { rank: Rank; pattern: RegExp; format: (n: string) => string }[] = [
  { rank: 1, pattern: new RegExp(`^(${CHINESE_NUMERAL})[、.]`), format: (n) => n },
  { rank: 2, pattern: new RegExp(`^\\((${CHINESE_NUMERAL})\\)`), format: (n) => `(${n})` },
  // "1.5亿元" opens a sentence, not an item: a dot followed by a digit is a decimal point, unless a year
  // follows ("2.2025年底前,…").
  { rank: 3, pattern: /^(\d{1,3})(?:、|\.(?=\d{4}年)|\.(?!\d))/, format: (n) => n },
  { rank: 4, pattern: /^\((\d{1,3})\)/, format: (n) => `(${n})` },
];

export function readNumbering(line: string): NumberedLine | null {
  for (const form of FORMS) {
    const match = form.pattern.exec(line);
    const digits = match?.[1];
    if (match && digits) {
      return { rank: form.rank, number: form.format(digits), rest: line.slice(match[0].length).trim() };
    }
  }
  return null;
}
