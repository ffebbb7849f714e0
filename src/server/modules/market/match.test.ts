/** Re-ranking and explaining matches, both ways; the cities' distances it reports. */
import { describe, expect, it } from "vitest";
import { cityDistanceKm } from "../../../shared/market/cities-geo.ts";
import { DEFAULT_MATCH_WEIGHTS, idf, rankMatches, wantedTrl, type CorpusStats, type MatchCandidate, type MatchItem } from "./match.ts";

const terms = (text: string) => text.split(" ").map((term) => ({ term, weight: 1 }));
/** 1,000 documents: 技术 and 方法 are everywhere, 光模块 common, the rest rare. */
const stats: CorpusStats = {
  documents: 1000,
  documentFrequency: new Map([
    ["技术", 900],
    ["方法", 800],
    ["问题", 700],
    ["光模块", 60],
    ["散热", 40],
    ["热沉", 5],
    ["共晶焊", 3],
    ["锂电池", 50],
  ]),
};

const demand: MatchItem = { id: "d1", kind: "demand", terms: terms("光模块 散热 热沉 技术 问题"), domain: "光电子信息", cityCode: "421100", wantedTrl: 7, budget: 100 };
const candidate = (id: string, text: string, extra: Partial<MatchCandidate> = {}): MatchCandidate => ({ id, kind: "achievement", terms: terms(text), domain: "光电子信息", cityCode: "420100", textRank: 1, ...extra });

describe("idf", () => {
  it("weighs rare terms more, never below zero, and unseen terms most", () => {
    expect(idf("共晶焊", stats)).toBeGreaterThan(idf("光模块", stats));
    expect(idf("光模块", stats)).toBeGreaterThan(idf("技术", stats));
    expect(idf("技术", stats)).toBeGreaterThan(0);
    expect(idf("未见过", stats)).toBeGreaterThan(idf("共晶焊", stats));
  });
});

describe("rankMatches", () => {
  it("ranks a candidate sharing the rare terms above one sharing only common words", () => {
    const ranked = rankMatches(demand, [candidate("generic", "技术 方法 问题 光模块"), candidate("specific", "热沉 共晶焊 散热 方法")], stats);
    expect(ranked.map((r) => r.id)).toEqual(["specific", "generic"]);
    expect(ranked[0]?.score).toBeGreaterThan(ranked[1]?.score ?? 0);
  });

  it("leaves out candidates that share nothing, and the query itself", () => {
    const ranked = rankMatches(demand, [candidate("none", "锂电池 方法"), { ...candidate("d1", "光模块 散热"), kind: "demand" }, candidate("one", "光模块")], stats);
    expect(ranked.map((r) => r.id)).toEqual(["one"]);
  });

  it("explains with the most informative shared terms first, and their shares add up to 1", () => {
    const [top] = rankMatches(demand, [candidate("a", "热沉 光模块 技术 锂电池")], stats);
    expect(top?.reasons.sharedTerms.map((t) => t.term)).toEqual(["热沉", "光模块", "技术"]);
    expect(top?.reasons.sharedTerms.reduce((s, t) => s + t.share, 0)).toBeCloseTo(1, 2);
  });

  it("reports domain, distance, maturity, budget and high value", () => {
    const [a] = rankMatches(demand, [candidate("a", "热沉", { trl: 8, price: 80 })], stats);
    expect(a?.reasons).toMatchObject({ sameDomain: true, distanceKm: 56, maturity: { trl: 8, wanted: 7, fit: "ready" }, withinBudget: true, highValue: false });
    const [b] = rankMatches(demand, [candidate("b", "热沉", { trl: 5, price: 300, domain: "北斗", cityCode: "421100" })], stats);
    expect(b?.reasons).toMatchObject({ sameDomain: false, distanceKm: 0, maturity: { fit: "close" }, withinBudget: false });
    const [p] = rankMatches(demand, [candidate("p", "热沉", { kind: "patent", highValue: true })], stats);
    expect(p?.reasons).toMatchObject({ maturity: null, withinBudget: null, highValue: true });
    const [e] = rankMatches(demand, [candidate("e", "热沉", { kind: "expert", highValue: true })], stats);
    expect(e?.reasons.highValue).toBe(false);
  });

  it("lifts an equal text match by its bonuses: same domain, ready maturity, within budget, near, high value", () => {
    const same = "热沉 散热";
    const ranked = rankMatches(
      demand,
      [
        candidate("far-early", same, { trl: 3, price: 500, domain: "北斗", cityCode: "421200" }),
        candidate("near-ready", same, { trl: 8, price: 50, cityCode: "421100" }),
        candidate("unknown", same, { domain: null, trl: null, price: null }),
      ],
      stats,
    );
    expect(ranked.map((r) => r.id)).toEqual(["near-ready", "unknown", "far-early"]);
    expect(new Set(ranked.map((r) => r.textScore)).size).toBe(1);
  });

  it("breaks ties by the database's text rank, and blends it into the text score only when weighted", () => {
    const ranked = rankMatches(demand, [candidate("low", "热沉 散热", { textRank: 0.1 }), candidate("high", "热沉 散热", { textRank: 1 })], stats);
    expect(ranked.map((r) => r.id)).toEqual(["high", "low"]);
    expect(ranked[0]?.score).toBe(ranked[1]?.score);
    const weights = { ...DEFAULT_MATCH_WEIGHTS, textRank: 0.1 };
    const scored = (textRank: number) => rankMatches(demand, [candidate("x", "热沉 散热", { textRank }), candidate("best", "热沉", { textRank: 1 })], stats, 20, weights).find((r) => r.id === "x")?.textScore ?? 0;
    expect(scored(1) - scored(0)).toBeCloseTo(0.1, 10);
  });

  it("keeps the best `limit`, best first, ties by id", () => {
    const many = Array.from({ length: 30 }, (_, i) => candidate(`c${String(i).padStart(2, "0")}`, "热沉"));
    const ranked = rankMatches(demand, many, stats, 5);
    expect(ranked.map((r) => r.id)).toEqual(["c00", "c01", "c02", "c03", "c04"]);
  });

  it("works in reverse: an achievement finds the demands it can serve, maturity and budget read from either side", () => {
    const achievement: MatchItem = { id: "a1", kind: "achievement", terms: terms("热沉 共晶焊 光模块"), domain: "光电子信息", cityCode: "420100", trl: 6, price: 120 };
    const demands: MatchCandidate[] = [
      { id: "transfer", kind: "demand", terms: terms("光模块 散热 热沉"), domain: "光电子信息", cityCode: "420700", wantedTrl: wantedTrl("转让"), budget: 100, textRank: 1 },
      { id: "joint", kind: "demand", terms: terms("光模块 散热 热沉"), domain: "光电子信息", cityCode: "420700", wantedTrl: wantedTrl("合作开发"), budget: 200, textRank: 1 },
    ];
    const ranked = rankMatches(achievement, demands, stats);
    expect(ranked.map((r) => r.id)).toEqual(["joint", "transfer"]);
    expect(ranked[0]?.reasons).toMatchObject({ maturity: { trl: 6, wanted: 4, fit: "ready" }, withinBudget: true, distanceKm: 61 });
    expect(ranked[1]?.reasons).toMatchObject({ maturity: { trl: 6, wanted: 7, fit: "close" }, withinBudget: false });
  });
});

describe("wantedTrl", () => {
  it("asks a transfer or licence for a proven technology, joint development for less", () => {
    expect(wantedTrl("转让")).toBe(7);
    expect(wantedTrl("许可")).toBe(7);
    expect(wantedTrl("委托开发")).toBe(5);
    expect(wantedTrl("合作开发")).toBe(4);
  });
});

describe("cityDistanceKm", () => {
  it("is symmetric, 0 within a city, about right between the seats, and null outside the corridor", () => {
    expect(cityDistanceKm("420100", "421100")).toBe(56);
    expect(cityDistanceKm("421100", "420100")).toBe(56);
    expect(cityDistanceKm("420700", "421100")).toBe(7); // 鄂州 and 黄冈 face each other across the Yangtze
    expect(cityDistanceKm("420100", "421200")).toBe(84);
    expect(cityDistanceKm("420200", "420200")).toBe(0);
    expect(cityDistanceKm("420100", "420000")).toBeNull();
  });
});
