/**
 * 专精特新中小企业 评价得分 under 63号 附件2 (满分100): 专业化 25 + 精细化 25 + 特色化 15 + 创新能力 35.
 * Transcribed from recall (specialized-sme.md A.2, unconfirmed); 特色化 is set by each province and taken as input.
 */
import { pointsAtLeast } from "../bands.ts";
import type { Findings } from "../conditions.ts";
import { exact } from "../exact.ts";
import type { Derived, ScoreItem } from "../types.ts";
import { yearFigure, type MsmeInput } from "./input.ts";
import { ipLadderPoints } from "./ip.ts";
import { atLeastPoints, atMostPoints, averageGrowth } from "./scoring.ts";
import { SPECIALIZED_2022_SCORE as S, SPECIALIZED_2022_SCORE_LABELS as L } from "./specialized-rules.ts";

type Item = keyof typeof L;
const GROUPS: Record<Item, "specialization" | "refinement" | "characteristic" | "innovation"> = {
  mainShare: "specialization",
  mainRevenueGrowth: "specialization",
  segmentYears: "specialization",
  productField: "specialization",
  digital: "refinement",
  quality: "refinement",
  netProfitRate: "refinement",
  debtRatio: "refinement",
  characteristic: "characteristic",
  ip: "innovation",
  rd: "innovation",
  rdStaff: "innovation",
  rdInstitution: "innovation",
};
const BASIS: Partial<Record<Item, ScoreItem["basis"]>> = { productField: "expert", characteristic: "provincial" };

const orNull = <T>(v: T | null, fn: (v: T) => number) => (v === null ? null : fn(v));

/** 11. "≥500万 或 ≥10%": the better of the amount's and the share's points ("<200 且 <3%" is 0); the top band needs only one. */
function better(a: number | null, b: number | null, max: number): number | null {
  if (a === max || b === max) return max;
  return a === null || b === null ? null : Math.max(a, b);
}

function quality(input: MsmeInput, f: Findings): number | null {
  const q = input.quality;
  const flags = [f.need(q?.provincialQualityAward, "quality.provincialQualityAward"), f.need(q?.qualitySystemCert, "quality.qualitySystemCert"), f.need(input.ownBrand, "ownBrand"), f.need(q?.standardsParticipation, "quality.standardsParticipation")];
  const yes = flags.filter((v) => v === true).length;
  if (yes * S.qualityEach >= S.max.quality) return S.max.quality;
  return flags.includes(null) ? null : yes * S.qualityEach;
}

export function scoreSpecialized2022(input: MsmeInput, f: Findings): { score: number | null; subscores: Record<string, number | null>; scoreItems: ScoreItem[]; derived: Derived } {
  const main = yearFigure(input, f, 1, "mainBusinessRevenue");
  const operating = yearFigure(input, f, 1, "operatingRevenue");
  const rd = yearFigure(input, f, 1, "rdExpense");
  const mainShare = f.ratio(main, operating);
  const growth = averageGrowth(f, [yearFigure(input, f, 3, "mainBusinessRevenue"), yearFigure(input, f, 2, "mainBusinessRevenue"), main]);
  const netProfitRate = f.ratio(f.need(input.netProfit, "netProfit"), operating);
  const debt = f.ratio(f.need(input.totalLiabilities, "totalLiabilities"), f.need(input.totalAssets, "totalAssets"));
  const rdRatio = f.ratio(rd, operating);
  const rdStaffShare = f.ratio(f.need(input.rdStaff, "rdStaff"), f.need(input.employees, "employees"));
  const rdByAmount = orNull(rd, (v) => pointsAtLeast(exact(v), S.rdAmountBands, false).points);
  const rdByRatio = atLeastPoints(f, rdRatio, S.rdRatioBands);
  const items: Record<Item, number | null> = {
    mainShare: atLeastPoints(f, mainShare, S.mainShareBands),
    mainRevenueGrowth: atLeastPoints(f, growth, S.growthBands),
    segmentYears: orNull(f.need(input.marketSegmentYears, "marketSegmentYears"), (y) => Math.min(S.max.segmentYears, Math.floor(y / S.segmentYearsPerPoint))),
    productField: orNull(f.need(input.productField, "productField"), (p) => S.productField[p]),
    digital: orNull(f.need(input.digitalLevel, "digitalLevel"), (l) => pointsAtLeast(exact(l), S.digitalBands, false).points),
    quality: quality(input, f),
    netProfitRate: atLeastPoints(f, netProfitRate, S.netProfitBands),
    debtRatio: atMostPoints(f, debt, S.debtBands, S.debtOtherwise),
    characteristic: f.need(input.characteristicPoints, "characteristicPoints"),
    ip: ipLadderPoints(input.ip, S.ipPoints, f),
    rd: better(rdByAmount, rdByRatio, S.max.rd),
    rdStaff: atLeastPoints(f, rdStaffShare, S.rdStaffBands),
    rdInstitution: orNull(f.need(input.rdInstitutionLevel, "rdInstitutionLevel"), (l) => S.rdInstitution[l]),
  };
  const subscores: Record<string, number | null> = { specialization: 0, refinement: 0, characteristic: 0, innovation: 0 };
  for (const [id, points] of Object.entries(items) as [Item, number | null][]) {
    const g = GROUPS[id];
    const sub = subscores[g];
    subscores[g] = sub === null || sub === undefined || points === null ? null : sub + points;
  }
  const groups = Object.values(subscores);
  return {
    score: groups.includes(null) ? null : groups.reduce<number>((a, v) => a + (v ?? 0), 0),
    subscores: { ...subscores, ...items },
    scoreItems: (Object.keys(items) as Item[]).map((id) => ({ id, label: L[id], subscore: GROUPS[id], points: items[id], max: S.max[id], basis: BASIS[id] ?? "data" })),
    derived: {
      mainShare: mainShare?.approx ?? null,
      mainRevenueAverageGrowth: growth?.approx ?? null,
      netProfitRate: netProfitRate?.approx ?? null,
      debtRatio: debt?.approx ?? null,
      rdRatio: rdRatio?.approx ?? null,
      rdStaffShare: rdStaffShare?.approx ?? null,
    },
  };
}
