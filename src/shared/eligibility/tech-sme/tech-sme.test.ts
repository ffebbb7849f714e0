import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadVectors } from "../../../../test/support/vectors.ts";
import { condition, copy, errorsOf, met, run, wan, type Vector } from "../../../../test/support/eligibility.ts";
import type { TechSmeInput } from "./input.ts";

const vectors = loadVectors<Vector<TechSmeInput>[]>("techSme");
const base = (id = "TS-S1") => copy((vectors.find((v) => v.id === id) ?? vectors[0])?.input as TechSmeInput);

/** 第七条 as a table, written independently of the engine: the points for a share (in cents of a percent). */
const band = (numerator: number, denominator: number, steps: [number, number][]) => steps.find(([pct]) => 100 * numerator >= pct * denominator)?.[1] ?? 0;
const STAFF: [number, number][] = [[30, 20], [25, 16], [20, 12], [15, 8], [10, 4]];
const SALES: [number, number][] = [[6, 50], [5, 40], [4, 30], [3, 20], [2, 10]];
const COST: [number, number][] = [[30, 50], [25, 40], [20, 30], [15, 20], [10, 10]];

describe("科技型中小企业 (MOST-2017-115): shared vectors", () => {
  it.each(vectors)("$id: $note", ({ input, expected }) => {
    const r = run("tech-sme", input);
    expect(r.ruleSet).toBe("MOST-2017-115");
    expect(r.eligible).toBe(expected.eligible);
    expect(r.score).toBe(expected.score);
    expect(r.subscores).toEqual(expected.subscores);
    expect(r.failedConditions).toEqual(expected.failedConditions);
    expect(r.directQualification).toBe(expected.directQualification);
  });
});

describe("科技型中小企业: thresholds", () => {
  it("职工总数 500 passes, 501 fails; 销售收入 and 资产总额 20000 pass, 20000.01 fail", () => {
    fc.assert(
      fc.property(fc.constantFrom(["employees", 500, 501, "employees-le-500"], ["salesRevenue", 20000, 20000.01, "sales-le-20000"], ["totalAssets", 20000, 20000.01, "assets-le-20000"]), ([field, at, over, id]) => {
        const input: Record<string, unknown> = { ...base() };
        input[field] = at;
        expect(met(run("tech-sme", input), id)).toBe(true);
        input[field] = over;
        expect(met(run("tech-sme", input), id)).toBe(false);
      }),
    );
  });

  it("科技人员指标: the band of techStaff ÷ employees, exactly (10% gives 4, just under gives 0)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 }), (employees, staff) => {
        fc.pre(staff <= employees);
        const r = run("tech-sme", { ...base(), employees, techStaff: staff });
        expect(r.subscores.techStaff).toBe(band(staff, employees, STAFF));
        expect(met(r, "tech-staff-score-nonzero")).toBe(10 * staff >= employees);
      }),
    );
    expect(run("tech-sme", { ...base(), employees: 100, techStaff: 10 }).subscores.techStaff).toBe(4);
    expect(run("tech-sme", { ...base(), employees: 100, techStaff: 9 }).subscores.techStaff).toBe(0);
  });

  it("研发投入指标: each basis by its bands; without a choice the higher (provisional)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 2_000_000 }), fc.integer({ min: 1, max: 2_000_000 }), (rd, sales, cost) => {
        const input = { ...base(), rdExpense: wan(rd), salesRevenue: wan(sales), costExpense: wan(cost) };
        expect(run("tech-sme", { ...input, rdBasis: "sales" }).subscores.rd).toBe(band(rd, sales, SALES));
        expect(run("tech-sme", { ...input, rdBasis: "cost" }).subscores.rd).toBe(band(rd, cost, COST));
        const either = run("tech-sme", { ...input, rdBasis: undefined });
        expect(either.subscores.rd).toBe(Math.max(band(rd, sales, SALES), band(rd, cost, COST)));
        expect(either.provisionalRules.map((p) => p.id)).toContain("ts.rd-basis-higher");
      }),
    );
  });

  it("研发投入指标: exactly 6% of sales gives 50, one cent less 40", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), (k) => {
        expect(run("tech-sme", { ...base(), salesRevenue: k, rdExpense: wan(6 * k) }).subscores.rd).toBe(50);
        expect(run("tech-sme", { ...base(), salesRevenue: k, rdExpense: wan(6 * k - 1) }).subscores.rd).toBe(40);
      }),
    );
  });

  it("科技成果指标: Ⅰ类 1 → 30; Ⅱ类 4 → 24, 3 → 18, 2 → 12, 1 → 6, 0 → 0", () => {
    for (const [classI, classII, points] of [[1, 0, 30], [0, 9, 24], [0, 4, 24], [0, 3, 18], [0, 2, 12], [0, 1, 6], [0, 0, 0]] as const) {
      expect(run("tech-sme", { ...base(), ipClassI: classI, ipClassII: classII }).subscores.ip).toBe(points);
    }
  });

  it("eligible ⇔ basic conditions, and score ≥ 60 with a non-zero 科技人员 score, or a direct condition", () => {
    fc.assert(
      fc.property(
        fc.record({ techStaff: fc.integer({ min: 0, max: 60 }), rdExpense: fc.integer({ min: 0, max: 300 }), ipClassI: fc.integer({ min: 0, max: 1 }), ipClassII: fc.integer({ min: 0, max: 5 }), cert: fc.boolean() }),
        ({ cert, ...figures }) => {
          const input = { ...base(), ...figures, direct: { highTechCertValid: cert, nationalAwardTop3Last5y: false, provincialRdInstitution: false, ledStandardLast5y: false } };
          const r = run("tech-sme", input);
          expect(r.eligible).toBe(cert || ((r.score ?? 0) >= 60 && (r.subscores.techStaff ?? 0) > 0));
          expect(r.directQualification).toBe(cert);
        },
      ),
    );
  });
});

describe("科技型中小企业: provisional, missing, bad input", () => {
  it("flags 2026 procedural changes from 2026-04-01 only", () => {
    expect(run("tech-sme", { ...base(), assessedOn: "2026-03-31" }).provisional).toBe(false);
    expect(run("tech-sme", { ...base(), assessedOn: "2026-04-01" }).provisionalRules.map((p) => p.id)).toEqual(["ts.2026-procedural"]);
  });

  it("flags 主导制定标准 when it alone confirms the enterprise (排名前五 is unconfirmed)", () => {
    const input = { ...base("TS-S5"), assessedOn: "2025-07-01", direct: { highTechCertValid: false, nationalAwardTop3Last5y: false, provincialRdInstitution: false, ledStandardLast5y: true } };
    const r = run("tech-sme", input);
    expect(r.eligible).toBe(true);
    expect(r.provisionalRules.map((p) => p.id)).toEqual(["ts.led-standard"]);
  });

  it("a missing figure leaves the score and the decision open unless a direct condition holds", () => {
    const input = base();
    delete input.ipClassII;
    expect(run("tech-sme", input)).toMatchObject({ score: null, eligible: null, incomplete: true, missing: [{ path: "ipClassII", key: "assess.missing" }] });
    expect(run("tech-sme", { ...input, direct: { ...input.direct, provincialRdInstitution: true } }).eligible).toBe(true);
  });

  it("refuses impossible and malformed figures", () => {
    const errors = errorsOf("tech-sme", { ...base(), techStaff: 61, rdBasis: "profit", ipClassII: 2.5, direct: { highTechCertValid: "yes" } });
    expect(errors.map((e) => [e.path, e.key]).sort()).toEqual([
      ["direct.highTechCertValid", "assess.type_boolean"],
      ["ipClassII", "assess.type_integer"],
      ["rdBasis", "assess.type_enum"],
      ["techStaff", "assess.tech_staff_exceeds_employees"],
    ]);
    expect(errorsOf("tech-sme", { ...base(), assessedOn: "2017-05-02" })[0]?.key).toBe("assess.no_rule_set");
    expect(errorsOf("tech-sme", [])[0]?.key).toBe("assess.not_object");
  });

  it("reports each condition's requirement and actual value", () => {
    expect(condition(run("tech-sme", base("TS-S3")), "employees-le-500")).toMatchObject({ required: { kind: "threshold", op: "<=", value: 500, unit: "persons" }, actual: 520, met: false, article: "国科发政〔2017〕115号 第六条（二）" });
  });
});
