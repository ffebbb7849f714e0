/**
 * The grades the 工作指引 derives from data (知识产权数量, 科技成果转化, 成长性) and the fiscal years the rules look at.
 * Shared by the engine and the input check (points outside a grade's range are an input error).
 */
import { add, div, exact, holds, percent, sign, sub, type Exact } from "../exact.ts";
import { yearOf } from "../dates.ts";
import { HTE_2016, HTE_SCORE, type Range } from "./rules-2016.ts";

export type Grade = { grade: string; range: Range };

/**
 * 近三个会计年度: the three complete fiscal years before the year of assessment, fewer when the enterprise has
 * operated less (its registration year is its first fiscal year).
 */
export function fiscalWindow(assessedOn: string, registeredOn: string | undefined): { first: number; last: number } {
  const last = yearOf(assessedOn) - 1;
  const earliest = last - HTE_2016.fiscalYears + 1;
  return { first: registeredOn ? Math.max(earliest, yearOf(registeredOn)) : earliest, last };
}

/** 知识产权数量: Ⅰ类 ≥ 1 → A; else by Ⅱ类: ≥ 5 → B, 3–4 → C, 1–2 → D, 0 → E. */
export function ipQuantityGrade(classI: number, classII: number): Grade {
  const q = HTE_SCORE.ip.quantity;
  if (classI >= 1) return { grade: "A", range: q.grades.A };
  for (const g of ["B", "C", "D"] as const) if (classII >= q.classIIMin[g]) return { grade: g, range: q.grades[g] };
  return { grade: "E", range: q.grades.E };
}

/** 科技成果转化能力, by the yearly average of `count` conversions over `years` (1–3) operating years. */
export function conversionGrade(count: number, years: number): Grade & { average: Exact | null; belowOne: boolean } {
  const c = HTE_SCORE.conversion;
  const average = div(exact(count), exact(years));
  if (!average) return { grade: c.none.grade, range: c.none.range, average, belowOne: false };
  const band = c.bands.find((b) => holds(average, ">=", exact(b.minAverage)));
  if (band) return { grade: band.grade, range: band.range, average, belowOne: false };
  if (sign(average) === 0) return { grade: c.none.grade, range: c.none.range, average, belowOne: false };
  return { grade: c.belowOne.grade, range: c.belowOne.range, average, belowOne: true };
}

export type Growth = {
  /** null: no rate (0 分): 第二年末为 0, or too little history. */
  rate: Exact | null;
  /** Fewer than three years: the formula for a shorter history is unconfirmed. */
  shortHistory: boolean;
  /** A negative base year: the 工作指引 covers only 0. */
  negativeBase: boolean;
};

/**
 * 工作指引 企业成长性: rate = 1/2 × (第二年 ÷ 第一年 + 第三年 ÷ 第二年) − 1. 第一年为 0 → 第三年 ÷ 第二年 − 1;
 * 第二年为 0 → 0 分. Negative bases are treated like 0 (our reading, flagged). With two years: 第二年 ÷ 第一年 − 1
 * (the usual reading, unconfirmed); with one: no rate.
 */
export function growthRate(values: readonly number[]): Growth {
  const one = exact(1);
  const [a, b, c] = values.map(exact);
  if (values.length >= 3 && a && b && c) {
    const negativeBase = sign(b) < 0 || (sign(b) > 0 && sign(a) < 0);
    if (sign(b) <= 0) return { rate: null, shortHistory: false, negativeBase };
    const cb = div(c, b);
    if (sign(a) <= 0) return { rate: cb && sub(cb, one), shortHistory: false, negativeBase };
    const ba = div(b, a);
    const mean = ba && cb && div(add(ba, cb), exact(2));
    return { rate: mean && sub(mean, one), shortHistory: false, negativeBase };
  }
  if (values.length === 2 && a && b) {
    const ba = div(b, a);
    return { rate: sign(a) > 0 && ba ? sub(ba, one) : null, shortHistory: true, negativeBase: sign(a) < 0 };
  }
  return { rate: null, shortHistory: true, negativeBase: false };
}

/** A ≥ 35% · B ≥ 25% · C ≥ 15% · D ≥ 5% · E > 0 · F ≤ 0 (or no rate). */
export function growthGrade(rate: Exact | null): Grade {
  const g = HTE_SCORE.growth;
  if (!rate) return g.none;
  const band = g.bands.find((b) => holds(rate, ">=", percent(b.minPct)));
  if (band) return { grade: band.grade, range: band.range };
  return sign(rate) > 0 ? g.positive : g.none;
}
