import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadVectors } from "../../../../test/support/vectors.ts";
import { copy, errorsOf, met, run, wan, type Vector } from "../../../../test/support/eligibility.ts";
import type { InnovativeSmeInput } from "./innovative-input.ts";

const vectors = loadVectors<Vector<InnovativeSmeInput>[]>("innovativeSme");
const base = (id = "IS-S1") => copy((vectors.find((v) => v.id === id) ?? vectors[0])?.input as InnovativeSmeInput);

describe("创新型中小企业 (MIIT-2022-63): shared vectors", () => {
  it.each(vectors)("$id: $note", ({ input, expected }) => {
    const r = run("innovative-sme", input);
    expect(r.ruleSet).toBe("MIIT-2022-63");
    expect(r.eligible).toBe(expected.eligible);
    expect(r.score).toBe(expected.score);
    expect(r.subscores).toEqual(expected.subscores);
    expect(r.directQualification).toBe(expected.directQualification);
    expect(r.conditions.filter((c) => c.group === "basic" && c.met === false).map((c) => c.id)).toEqual(expected.basicFailed);
    expect(r.provisional).toBe(false);
  });
});

/** The annex's table, written independently of the engine: points for numerator ÷ denominator in percent. */
const at = (n: number, d: number, steps: [number, number][]) => steps.find(([pct]) => 100 * n >= pct * d)?.[1] ?? 0;

describe("创新型中小企业: bands and pass marks, at a boundary and one cent off", () => {
  it("研发费用占营业收入: 5% → 20, 3% → 15, 2% → 10, 1% → 5; one cent under falls a band", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom<[number, number, number]>([5, 20, 15], [3, 15, 10], [2, 10, 5], [1, 5, 0]), (k, [pct, points, below]) => {
        const input = { ...base(), operatingRevenue: k, mainBusinessRevenue: k, mainBusinessRevenuePrevYear: k };
        expect(run("innovative-sme", { ...input, rdExpense: wan(pct * k) }).subscores.rd).toBe(points);
        expect(run("innovative-sme", { ...input, rdExpense: wan(pct * k - 1) }).subscores.rd).toBe(below);
      }),
    );
  });

  it("主营业务收入增长率: 15% → 20, 10% → 15, 5% → 10, 0 → 5, below 0 → 0", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (k) => {
        const points = (currentCents: number) => run("innovative-sme", { ...base(), operatingRevenue: 1_000_000, mainBusinessRevenue: wan(currentCents), mainBusinessRevenuePrevYear: k }).subscores.mainRevenueGrowth;
        for (const [pct, p, below] of [[15, 20, 15], [10, 15, 10], [5, 10, 5], [0, 5, 0]] as const) {
          expect(points((100 + pct) * k)).toBe(p);
          expect(points((100 + pct) * k - 1)).toBe(below);
        }
      }),
    );
  });

  it("资产负债率: 55% → 10 (the better band), just over → 5; 75% → 5, just over → 0", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (k) => {
        const debt = (cents: number) => run("innovative-sme", { ...base(), totalAssets: k, totalLiabilities: wan(cents) });
        const at55 = debt(55 * k);
        expect(at55.subscores.debtRatio).toBe(10);
        expect(at55.provisionalRules.map((p) => p.id)).toContain("miit.band-boundary");
        expect(debt(55 * k + 1).subscores.debtRatio).toBe(5);
        expect(debt(75 * k).subscores.debtRatio).toBe(5);
        expect(debt(75 * k + 1).subscores.debtRatio).toBe(0);
      }),
    );
  });

  it("主营业务收入占比 and 知识产权 follow the annex", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (operating, main) => {
        fc.pre(main <= operating);
        const r = run("innovative-sme", { ...base(), operatingRevenue: wan(operating), mainBusinessRevenue: wan(main), rdExpense: 0 });
        expect(r.subscores.mainShare).toBe(at(main, operating, [[70, 20], [60, 15], [55, 10], [50, 5]]));
      }),
    );
    const ip = (counts: Record<string, number>) => run("innovative-sme", { ...base(), ip: { highValueClassI: 0, selfDevelopedClassI: 0, classI: 0, classII: 0, ...counts } }).subscores.ip;
    expect([ip({ highValueClassI: 1, classI: 1 }), ip({ selfDevelopedClassI: 1, classI: 1 }), ip({ classI: 1 }), ip({ classII: 1 }), ip({})]).toEqual([20, 15, 10, 5, 0]);
  });

  it("eligible on the score path ⇔ total ≥ 60, 创新能力 ≥ 20, 成长性 ≥ 15, 专业化 ≥ 15", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 1500, max: 4000 }), fc.integer({ min: 0, max: 5000 }), fc.boolean(), (rd, main, liabilities, strategic) => {
        const r = run("innovative-sme", { ...base(), rdExpense: rd, mainBusinessRevenue: main, totalLiabilities: liabilities, strategicEmergingIndustry: strategic, ip: { highValueClassI: 0, selfDevelopedClassI: 0, classI: 0, classII: 1 } });
        const s = r.subscores;
        expect(r.eligible).toBe((r.score ?? 0) >= 60 && (s.innovation ?? 0) >= 20 && (s.growth ?? 0) >= 15 && (s.specialization ?? 0) >= 15);
      }),
    );
  });

  it("近三年股权融资 500 万元 is a direct condition, 499.99 is not", () => {
    const input = base("IS-S3");
    expect(run("innovative-sme", { ...input, direct: { ...input.direct, equityFinancingLast3y: 500 } }).eligible).toBe(true);
    expect(run("innovative-sme", { ...input, direct: { ...input.direct, equityFinancingLast3y: 499.99 } }).eligible).toBe(false);
  });
});

describe("创新型中小企业 under MIIT-2026-2", () => {
  it("applies the 2022 standard and says so; a registered 科技型中小企业 qualifies as 科技和创新型", () => {
    const input = { ...base("IS-S2"), assessedOn: "2026-05-01", techSmeRegistered: false };
    const r = run("innovative-sme", input);
    expect(r).toMatchObject({ ruleSet: "MIIT-2026-2", eligible: false, score: 75, provisional: true });
    expect(r.provisionalRules.map((p) => p.id)).toEqual(["miit-2026.secondary", "miit-2026.innovative-carry-over"]);
    const registered = run("innovative-sme", { ...input, techSmeRegistered: true });
    expect(registered.eligible).toBe(true);
    expect(met(registered, "direct-tech-sme")).toBe(true);
  });

  it("the 2022 standard's start date is flagged only in its first months", () => {
    expect(run("innovative-sme", { ...base(), assessedOn: "2022-09-01" }).provisionalRules.map((p) => p.id)).toEqual(["miit-2022.start"]);
  });
});

describe("创新型中小企业: bad input and missing figures", () => {
  it("refuses impossible figures", () => {
    const errors = errorsOf("innovative-sme", { ...base(), mainBusinessRevenue: 4001, ip: { highValueClassI: 2, selfDevelopedClassI: 0, classI: 1, classII: 0 }, totalLiabilities: -1 });
    expect(errors.map((e) => [e.path, e.key]).sort()).toEqual([
      ["ip.highValueClassI", "assess.subset_exceeds"],
      ["mainBusinessRevenue", "assess.main_revenue_exceeds_operating"],
      ["totalLiabilities", "assess.negative"],
    ]);
  });

  it("lists missing figures; a direct condition still decides", () => {
    const input = base("IS-S3");
    delete input.mainBusinessRevenuePrevYear;
    const r = run("innovative-sme", input);
    expect(r).toMatchObject({ eligible: true, score: null, incomplete: true, missing: [{ path: "mainBusinessRevenuePrevYear" }] });
    const noDirect = { ...input, direct: { ...input.direct, equityFinancingLast3y: 0 } };
    expect(run("innovative-sme", noDirect).eligible).toBeNull();
  });
});
