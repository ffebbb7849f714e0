/** The words of a quantitative target (plan-text.md, Targets), and the words that mark a number as no target. */
import type { Comparator } from "./types.ts";

/** Words before the number, longest first so 不低于 is not read as 低于. */
export const LEADING_WORDS: readonly (readonly [string, Comparator])[] = [
  ["力争达到", ">="],
  ["不低于", ">="],
  ["不少于", ">="],
  ["不超过", "<="],
  ["不高于", "<="],
  ["不多于", "<="],
  ["控制在", "<="],
  ["超过", ">"],
  ["突破", ">"],
  ["高于", ">"],
  ["多于", ">"],
  ["达到", ">="],
  ["低于", "<"],
  ["少于", "<"],
  ["约", "="],
];

/** Words after the number and its unit. When both are present (达到…以上, 压缩至…以内) the trailing word decides. */
export const TRAILING_WORDS: readonly (readonly [string, Comparator])[] = [
  ["及以上", ">="],
  ["以上", ">="],
  ["及以下", "<="],
  ["以下", "<="],
  ["以内", "<="],
  ["左右", "="],
];

/**
 * Verbs that lead to the number without being comparators (提高到…左右, 稳定在…以上): they end the indicator,
 * not begin it.
 */
export const REACH_VERBS =
  /(提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|扩大到|扩大至|压缩到|压缩至|缩短到|缩短至|缩减到|缩减至|降低到|降低至|下降到|下降至|减少到|减少至|降到|降至|稳定在|保持在|维持在|达|到|至|为|在)$/;

/** Units as plans print them: an optional magnitude (万, 亿 …) and a measure word. */
export const UNIT =
  /^(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)?(个百分点|百分点|个工作日|工作日|%|‰|倍|平方公里|平方千米|平方米|立方米|公里|千米|米|千瓦时|千瓦|兆瓦|吨标准煤|吨|美元|元|人次|人年|万人|人|名|家|个月|个|项|件|台|套|座|所|条|只|部|批|场|次|户|张|篇|天|小时|周|年|月|岁|标准箱|艘|架|辆|亩|公顷|床|支|位|款|种|类|份|本|株|头|组|队|处|GW|MW|kW|TB|PB|GB|Gbps|Mbps)?/;

/** Subsidies and rewards are money the plan gives, not results it commits to (最高给予50万元奖励). */
export const REWARD = /给予|奖励|补助|补贴|资助|奖补|贴息|最高/;

/** Validity clauses: 有效期至2026年12月31日. */
export const VALIDITY = /有效期|施行|之日起/;

/** Words that put a number in the past: 已, 截至. */
export const PAST = /已|截至|截止/;

/** Words at the start of a clause that are not part of what is measured. */
export const CLAUSE_OPENERS =
  /^(力争|争取|确保|努力|其中|同时|并且|并|使|到\d{4}年(底|末)?(前)?|\d{4}年(底|末)?前)+/;
