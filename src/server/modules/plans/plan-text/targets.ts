/**
 * Quantitative targets in one paragraph: a comparator word, a value, a unit, and the year of the nearest
 * preceding 到YYYY年 / YYYY年底前 / YYYY年前 in the same paragraph (null if none). Subsidies and rewards, past
 * facts and validity clauses carry numbers too; they are not targets.
 */
import {
  CLAUSE_OPENERS,
  LEADING_WORDS,
  PAST,
  REACH_VERBS,
  REWARD,
  TRAILING_WORDS,
  UNIT,
  VALIDITY,
} from "./target-words.ts";
import type { Comparator, Target } from "./types.ts";

const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g;
const YEAR_MARK = /到(\d{4})年|(\d{4})年底前|(\d{4})年前(?![后三两一二四五六七八九十半])/g;
const CLAUSE_BOUNDARY = /[,;。:!?\n]/;
/** Where what follows a number stops qualifying it: 、 lists the next target (突破15000家、达到30000家). */
const LIST_BOUNDARY = /[,;。:!?\n、]/;
const SENTENCE_BOUNDARY = /[。!?;\n]/;
/** 约 inside 节约, 集约, 制约 … is not "about". */
const NOT_ABOUT = /[节集制简契预公履大]约$/;

type Mark = { index: number; year: number };

function yearMarks(paragraph: string): Mark[] {
  return [...paragraph.matchAll(YEAR_MARK)].map((m) => ({ index: m.index ?? 0, year: Number(m[1] ?? m[2] ?? m[3]) }));
}

function lastBoundaryBefore(text: string, at: number, boundary: RegExp): number {
  for (let i = at - 1; i >= 0; i -= 1) if (boundary.test(text[i] ?? "")) return i + 1;
  return 0;
}

function nextBoundaryFrom(text: string, at: number, boundary: RegExp): number {
  for (let i = at; i < text.length; i += 1) if (boundary.test(text[i] ?? "")) return i;
  return text.length;
}

function leadingWord(before: string): { word: string; comparator: Comparator } | null {
  const found = LEADING_WORDS.find(([word]) => before.endsWith(word));
  if (!found || (found[0] === "约" && NOT_ABOUT.test(before))) return null;
  return { word: found[0], comparator: found[1] };
}

function trailingWord(after: string): { word: string; comparator: Comparator } | null {
  const found = TRAILING_WORDS.find(([word]) => after.startsWith(word));
  return found ? { word: found[0], comparator: found[1] } : null;
}

/**
 * A sentence governed by a bare year (2023年实现营业收入…) reports the past; 到2025年, 2025年底前, a range
 * (2023—2025年) or a baseline (比2020年) does not.
 */
function inThePast(paragraph: string, sentenceStart: number, at: number, marks: Mark[]): boolean {
  const years = [...paragraph.slice(sentenceStart, at).matchAll(/\d{4}年/g)];
  const last = years[years.length - 1];
  if (!last) return false;
  const index = sentenceStart + (last.index ?? 0);
  if (marks.some((m) => m.index === index || m.index === index - 1)) return false;
  return !/(比|较|与|同|相比|—|-|–|~|至|到)$/.test(paragraph.slice(sentenceStart, index));
}

function indicatorOf(text: string): string {
  let indicator = text;
  for (let stripped = indicator.replace(REACH_VERBS, ""); stripped !== indicator; stripped = indicator.replace(REACH_VERBS, "")) {
    indicator = stripped;
  }
  return indicator.replace(/^[,、]+|[,、]+$/g, "");
}

/** Where the indicator starts: after the clause's boundary, a listing 、, and openers such as 到2025年 or 力争. */
function indicatorStart(paragraph: string, clauseStart: number, wordStart: number): number {
  let start = clauseStart + (paragraph[clauseStart] === "、" ? 1 : 0);
  start += CLAUSE_OPENERS.exec(paragraph.slice(start, wordStart))?.[0].length ?? 0;
  return Math.min(start, wordStart);
}

/** The target stated by the number at `at` and where its text ends, or null when the number is no target. */
function targetAt(paragraph: string, at: number, digits: string, marks: Mark[], previousEnd: number): { target: Target; end: number } | null {
  const afterNumber = at + digits.length;
  const unit = UNIT.exec(paragraph.slice(afterNumber))?.[0] ?? "";
  if ((/^\d{4}$/.test(digits) && unit === "年") || /[第A-Za-z]$/.test(paragraph.slice(0, at))) return null;

  const leading = leadingWord(paragraph.slice(0, at));
  const trailing = trailingWord(paragraph.slice(afterNumber + unit.length));
  const comparator = trailing?.comparator ?? leading?.comparator;
  if (!comparator) return null;

  const end = afterNumber + unit.length + (trailing?.word.length ?? 0);
  const restOfClause = paragraph.slice(end, nextBoundaryFrom(paragraph, end, LIST_BOUNDARY));
  // 超过10亿元的企业, 10亿元以上项目20个: the number qualifies what is counted; it is not the target.
  if (restOfClause.startsWith("的") || /\d/.test(restOfClause)) return null;

  const wordStart = at - (leading?.word.length ?? 0);
  const clauseStart = Math.max(lastBoundaryBefore(paragraph, wordStart, CLAUSE_BOUNDARY), previousEnd);
  const sentenceStart = lastBoundaryBefore(paragraph, at, SENTENCE_BOUNDARY);
  const sentence = paragraph.slice(sentenceStart, nextBoundaryFrom(paragraph, at, SENTENCE_BOUNDARY));
  // Money granted up to here (给予…补助,每家不超过500万元) makes the number a subsidy cap, not a result; a grant
  // later in the sentence (新增企业1500家以上,对首次认定的给予奖励) does not.
  const upToClauseEnd = paragraph.slice(sentenceStart, nextBoundaryFrom(paragraph, end, CLAUSE_BOUNDARY));
  if (REWARD.test(upToClauseEnd) || VALIDITY.test(sentence) || PAST.test(paragraph.slice(clauseStart, at))) return null;
  if (inThePast(paragraph, sentenceStart, at, marks)) return null;

  const start = indicatorStart(paragraph, clauseStart, wordStart);
  const target: Target = {
    text: paragraph.slice(start, end),
    indicator: indicatorOf(paragraph.slice(start, wordStart)),
    comparator,
    value: Number(digits.replace(/,/g, "")),
    unit,
    year: marks.filter((m) => m.index < at).pop()?.year ?? null,
  };
  return { target, end };
}

export function findTargets(paragraph: string): Target[] {
  const marks = yearMarks(paragraph);
  const targets: Target[] = [];
  let previousEnd = 0;
  for (const match of paragraph.matchAll(NUMBER)) {
    const found = targetAt(paragraph, match.index ?? 0, match[0], marks, previousEnd);
    if (!found) continue;
    targets.push(found.target);
    previousEnd = found.end;
  }
  return targets;
}
