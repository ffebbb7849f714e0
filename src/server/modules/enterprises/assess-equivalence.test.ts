/**
 * Equivalence guard for assessRecord (src/shared/enterprise/inputs.ts and the engines under src/shared/eligibility):
 * thousands of registry records — the synthetic ones as generated, and copies bent towards the edges (decimals with
 * many digits, ratios exactly on a threshold, zero denominators, missing and impossible figures, certificates of
 * unknown validity, other assessment dates and rule sets) — are assessed (assessRecord, and engineInput, withinReach
 * and nearestTier beside it), every result is written out in a serialisation stricter than JSON (key order, undefined
 * members, -0, NaN and ±Infinity all show), and the hash of the whole is compared with the one recorded before the
 * engines were optimised. Any change of any result fails.
 *
 * The cases come from synthetic.ts (seeded): a change of the generator moves the hash too — re-record it then, from
 * engines known to be unchanged. When the hash moves, run with ASSESS_EQUIVALENCE_DUMP=/some/file.txt (one line per
 * case) on both versions and diff.
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nearestTier } from "../../../shared/eligibility/index.ts";
import { assessRecord, engineInput, withinReach, type RecordAssessment } from "../../../shared/enterprise/inputs.ts";
import type { Certificate, RegistryRecord, YearFigures } from "../../../shared/enterprise/record.ts";
import { SYNTHETIC_AS_OF, syntheticEnterprises } from "./synthetic.ts";

const SEED = 20260630;
const PLAIN = 2000;
const BENT = 2500;
/** sha256 of every case's line, recorded with the engines and mapping as they were before their optimisation (7bf477e). */
const EXPECTED = "e51ea66c6155781ca24a5b49ae6848befecfb4c0f8a4f710e118d8717f5dc9eb";

/** Like JSON.stringify, but nothing is lost: undefined members, -0, NaN, Infinity and non-plain values show. */
function serialise(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  switch (typeof value) {
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "string":
      return JSON.stringify(value);
    case "boolean":
      return String(value);
    case "bigint":
      return `${value}n`;
    case "object": {
      if (Array.isArray(value)) return `[${Array.from({ length: value.length }, (_, i) => (i in value ? serialise(value[i]) : "<hole>")).join(",")}]`;
      const proto = Object.getPrototypeOf(value) as unknown;
      const tag = proto === Object.prototype || proto === null ? "" : `<${Object.prototype.toString.call(value)}>`;
      const entries = Object.keys(value).map((k) => `${JSON.stringify(k)}:${serialise((value as Record<string, unknown>)[k])}`);
      return `${tag}{${entries.join(",")}}`;
    }
    default:
      return `<${typeof value}>`;
  }
}

/** mulberry32: a small deterministic generator for the bends. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DATES = ["2026-06-30", "2026-03-31", "2026-04-01", "2025-12-31", "2024-02-29", "2023-01-01", "2022-07-31", "2022-10-10", "2027-01-15", "2026-09-01", "2026-12-31"];
const MONEY = ["operatingRevenue", "mainBusinessRevenue", "salesRevenue", "totalRevenue", "highTechRevenue", "rdExpense", "rdExpenseDomestic", "costExpense", "totalAssets", "netAssets", "totalLiabilities", "netProfit", "equityFinancing"] as const;
const COUNTS = ["employees", "techStaff", "rdStaff", "standardsLed", "resultsConverted"] as const;
/** Pairs (part, whole) and the percentages the rules compare them with, to land exactly on a threshold. */
const RATIOS: [keyof YearFigures, keyof YearFigures, number[]][] = [
  ["rdExpense", "salesRevenue", [2, 3, 4, 5, 6]],
  ["rdExpense", "operatingRevenue", [1, 2, 3, 5, 10]],
  ["rdExpense", "costExpense", [10, 15, 20, 25, 30]],
  ["rdExpenseDomestic", "rdExpense", [60]],
  ["highTechRevenue", "totalRevenue", [60]],
  ["mainBusinessRevenue", "operatingRevenue", [50, 55, 60, 70, 80, 90]],
  ["totalLiabilities", "totalAssets", [50, 55, 60, 70, 75, 80]],
  ["netProfit", "operatingRevenue", [2, 4, 6, 8, 10]],
  ["techStaff", "employees", [10, 15, 20, 25, 30]],
  ["rdStaff", "employees", [5, 10, 20, 50]],
];
const TIERS = ["high-tech", "tech-sme", "innovative-sme", "specialized-sme", "little-giant"] as const;
const WEIRD: unknown[] = [null, -3, 2.5, 0, -0, 1e-7, 0.1 + 0.2, 1e15, 123456789.123, Number.NaN, Infinity, "12", true, 3.14159265358979];

function bend(source: RegistryRecord, rnd: () => number): { record: RegistryRecord; date: string } {
  const record = structuredClone(source);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const anyYear = (): Record<string, unknown> | undefined => (record.years.length > 0 ? (pick(record.years) as unknown as Record<string, unknown>) : undefined);
  const date = pick(DATES);
  const dateYear = Number(date.slice(0, 4));
  const bends = 1 + Math.floor(rnd() * 4);
  for (let b = 0; b < bends; b += 1) {
    const kind = Math.floor(rnd() * 15);
    const y = anyYear();
    switch (kind) {
      case 0: {
        // A money figure with decimals: 2 places, 4 places, or the float noise of a computation (0.1 × n).
        if (!y) break;
        const field = pick(MONEY);
        const v = typeof y[field] === "number" ? (y[field] as number) : 100 * rnd();
        y[field] = pick([Math.round(v * 100) / 100 + 0.01, Math.round(v * 10000) / 10000, v * 0.1, Math.round(v) + 0.3, v / 3]);
        break;
      }
      case 1: {
        // A ratio exactly on a threshold: part = whole × p %, both decimals written exactly.
        if (!y) break;
        const [part, whole, pcts] = pick(RATIOS);
        const p = pick(pcts);
        const counts = whole === "employees";
        const w = counts ? 10 * (1 + Math.floor(rnd() * 60)) : (1 + Math.floor(rnd() * 200000)) / pick([1, 10, 100]);
        y[whole] = w;
        y[part] = counts ? (w * p) / 100 : Number(((w * p) / 100).toFixed(6));
        break;
      }
      case 2: {
        if (!y) break;
        y[pick([...MONEY, ...COUNTS])] = pick(WEIRD);
        break;
      }
      case 3: {
        if (!y) break;
        delete y[pick([...MONEY, ...COUNTS, "ip"])];
        break;
      }
      case 4:
        if (record.years.length > 0) record.years.splice(Math.floor(rnd() * record.years.length), 1);
        break;
      case 5:
        record.years.push({ year: pick([2019, 2020, 2021, 2022, 2026, dateYear - 1]), operatingRevenue: 1000 + Math.floor(rnd() * 9000), mainBusinessRevenue: 900, rdExpense: 55.5, salesRevenue: 1000, netAssets: -20, employees: 40, techStaff: 4 });
        break;
      case 6: {
        // Certificates: dates removed or impossible, unconfirmed, a year-only title of the tier (validity unknown).
        const c = record.certificates.length > 0 ? pick(record.certificates) : undefined;
        const what = Math.floor(rnd() * 6);
        if (c && what === 0) delete c.validFrom;
        else if (c && what === 1) c.validUntil = pick(["2026-02-30", null, `${dateYear}-12-31`, `${dateYear - 1}-01-01`]);
        else if (c && what === 2) c.confirmed = pick([false, undefined, true]);
        else {
          const cert: Certificate = { tier: pick(TIERS), year: pick([dateYear, dateYear - 1, dateYear - 2, dateYear - 3, dateYear + 1]), confirmed: true };
          if (rnd() < 0.3) cert.validFrom = `${cert.year}-0${1 + Math.floor(rnd() * 9)}-15`;
          record.certificates.push(cert);
        }
        break;
      }
      case 7:
        record.foundedOn = pick([null, undefined, "2025-13-01", "2026-05-01", `${dateYear}-01-01`, `${dateYear - 1}-06-30`, `${dateYear - 2}-02-29`, "2024-02-29", "2000-01-01"]);
        break;
      case 8: {
        const f = record.facts as Record<string, unknown>;
        const key = pick(Object.keys(f).concat(["rdBasis", "makerChinaLast3y", "rdInstitutionLevel", "digitalLevel", "marketSegmentYears", "developmentScore"]));
        f[key] = pick([null, undefined, true, false, 0, 2.5, 7, 150, -1, "cost", "sales", "top50", "top500", "none", "national", "provincial", "Z", 59.99, 60, 50]);
        break;
      }
      case 9: {
        const f = record.facts as Record<string, unknown>;
        const g = pick(["hteAdvancement", "hteCoreSupport", "hteAcquisition", "hteStandards"]);
        f[g] = pick([null, { grade: "A", points: 9 }, { grade: "B", points: 5 }, { grade: "Z", points: 1 }, { grade: "none" }, { points: 2 }, { grade: "A", points: 7.5 }]);
        f.hteGrowth = pick([f.hteGrowth, null, { netAssetsPoints: 9, salesPoints: 0 }, { salesPoints: 3 }]);
        f.marketShare = pick([f.marketShare, null, { nationalPct: 10 }, { nationalPct: 9.99, internationalPct: 10.01, nationalTop3: false }, { nationalPct: 101 }]);
        break;
      }
      case 10: {
        if (!y) break;
        const ip = (y.ip ?? {}) as Record<string, unknown>;
        y.ip = ip;
        const key = pick(["invention", "utilityModel", "software", "design", "plantVariety", "highValueClassI", "appliedClassI", "appliedClassINotTransferred", "classINotTransferredTop3", "classIIUnused"]);
        ip[key] = key.endsWith("I") || key.endsWith("Top3") || key.endsWith("Unused") || key.endsWith("Transferred") ? pick([null, 0, 1, 3, 4, 1.5, 99]) : pick([null, undefined, { selfDeveloped: 2 }, { selfDeveloped: 0, acquired: 0 }, { selfDeveloped: 1, acquired: null }, { acquired: 5 }]);
        break;
      }
      case 11: {
        // Zero denominators and negative bases.
        if (!y) break;
        y[pick(["salesRevenue", "operatingRevenue", "totalAssets", "costExpense", "totalRevenue", "rdExpense", "netAssets", "mainBusinessRevenue"])] = pick([0, -0, -150.5]);
        break;
      }
      case 12: {
        // Growth series on exact steps: each year 1.05×, 1.1025×, or flat.
        const factor = pick([1.05, 1.1025, 1, 1.35, 1.25]);
        let v = 1000 + Math.floor(rnd() * 5000);
        const base = pick([v, -500, 0, 0.1]);
        for (const row of record.years.slice().sort((a, b) => a.year - b.year)) {
          row.operatingRevenue = v;
          row.mainBusinessRevenue = v;
          row.salesRevenue = v;
          row.netAssets = row === record.years[0] ? base : v / 2;
          v = Number((v * factor).toFixed(4));
        }
        break;
      }
      case 13: {
        if (!y) break;
        y.year = pick([2023, 2024, 2025, 2022, 1.5, dateYear]);
        break;
      }
      default: {
        // Shapes: nested objects empty or all null, unknown members (null or not), objects and arrays where a figure
        // or a date belongs.
        const f = record.facts as Record<string, unknown>;
        const what = Math.floor(rnd() * 9);
        if (what === 0) f.awards = pick([{}, { provincialTop3Last3y: null }, { nationalLast3y: null, extra: null }, { extra: 1 }, [], { nationalTop3Last3y: true, nationalLast3y: false }]);
        else if (what === 1) f.hteRdManagement = pick([{}, { system: null }, { system: 3, bogus: null }, { bogus: {} }, { bogus: { x: null } }, { bogus: [] }]);
        else if (what === 2) f.quality = pick([{}, { qualitySystemCert: null }, { qualitySystemCert: true, x: undefined }, { x: { y: {} } }]);
        else if (what === 3) f.marketShare = pick([{}, { nationalPct: null }, { nationalPct: {} }, { nationalPct: [] }, { nationalPct: { a: 1 } }]);
        else if (what === 4 && y) y[pick([...MONEY, ...COUNTS])] = pick([{}, [], { a: null }, { a: 1 }, [null], "x"]);
        else if (what === 5) (record as Record<string, unknown>).foundedOn = pick([{}, [], ["2020-01-01"], 20200101, "2020-01-01T00:00"]);
        else if (what === 6) f.hteGrowth = pick([{ netAssetsPoints: {}, salesPoints: null }, {}, { salesPoints: { x: null } }]);
        else if (what === 7) f[pick(["hteAdvancement", "hteCoreSupport", "hteAcquisition", "hteStandards"])] = pick([{}, { grade: null, points: null }, { grade: "A", points: 7, extra: null }, { grade: "A", points: 7, extra: 2 }, { grade: {}, points: [] }]);
        else if (record.certificates.length > 0) (pick(record.certificates) as Record<string, unknown>)[pick(["validFrom", "validUntil", "year", "tier"])] = pick([{}, [], ["2026-01-01"], 2026, "2026-13-01", null]);
        break;
      }
    }
  }
  return { record, date };
}

type Case = { record: RegistryRecord; date: string };

function cases(): Case[] {
  const plain = [...syntheticEnterprises(PLAIN, SEED)].map((e) => ({ record: e.record, date: SYNTHETIC_AS_OF }));
  const rnd = random(SEED);
  const sources = [...syntheticEnterprises(BENT, SEED + 1)];
  const bent = sources.map((e) => bend(e.record, rnd));
  return [...plain, ...bent];
}

/** The value, or what it throws, serialised. */
function attempt(fn: () => unknown): string {
  try {
    return serialise(fn());
  } catch (e) {
    return `THROWS ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
  }
}

/** One case: assessRecord, then each tier's engineInput, withinReach and the nearestTier of the results. */
function line(c: Case): string {
  const before = serialise(c.record);
  let assessed: RecordAssessment | undefined;
  let out = attempt(() => (assessed = assessRecord(c.record, c.date)));
  for (const tier of TIERS) out += ` | ${tier} ${attempt(() => engineInput(c.record, tier, c.date))}`;
  if (assessed) {
    const a = assessed;
    out += ` | reach ${TIERS.map((tier) => withinReach(a, tier)).join(",")}`;
    out += ` | nearest ${attempt(() => nearestTier(a.tiers.flatMap((t) => (t.outcome.ok ? [t.outcome.result] : []))))}`;
  }
  if (serialise(c.record) !== before) out += " MUTATED-RECORD";
  return `${c.date} ${out}`;
}

describe("assessRecord: results unchanged", () => {
  it(`${PLAIN} synthetic and ${BENT} bent records give the recorded results`, () => {
    const lines = cases().map(line);
    const dump = process.env.ASSESS_EQUIVALENCE_DUMP;
    if (dump) writeFileSync(dump, `${lines.join("\n")}\n`);
    expect(lines.some((l) => l.includes("MUTATED-RECORD"))).toBe(false);
    const hash = createHash("sha256");
    for (const l of lines) hash.update(l).update("\n");
    expect(hash.digest("hex")).toBe(EXPECTED);
  }, 600_000);
});
