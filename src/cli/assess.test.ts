import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "./commands.ts";
import { loadVectors } from "../../test/support/vectors.ts";
import type { Vector } from "../../test/support/eligibility.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "corridor-assess-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

/** Writes the input to a temp file (or the text as is) and returns its path. */
function inputFile(input: unknown): string {
  const file = path.join(dir, `input-${files++}.json`);
  writeFileSync(file, typeof input === "string" ? input : JSON.stringify(input));
  return file;
}

async function run(...argv: string[]) {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await runCli(argv, { out: (l) => lines.push(l), err: (l) => errors.push(l) });
  return { code, out: lines.join("\n"), err: errors.join("\n") };
}

const SECTIONS = [
  ["highTech", "high-tech"],
  ["techSme", "tech-sme"],
  ["innovativeSme", "innovative-sme"],
] as const;
const cases = SECTIONS.flatMap(([section, tier]) => loadVectors<Vector[]>(section).map((v) => ({ ...v, tier })));
const input = (id: string) => structuredClone(cases.find((c) => c.id === id)?.input ?? {});

describe("corridor assess: every shared vector through the command line", () => {
  it.each(cases)("$tier $id → exit 0 when eligible, 1 when not", async ({ tier, input, expected }) => {
    const r = await run("assess", tier, "--input", inputFile(input), "--json");
    expect(r.code).toBe(expected.eligible ? 0 : 1);
    const body = JSON.parse(r.out) as Record<string, unknown> & { conditions: Record<string, unknown>[] };
    expect(body).toMatchObject({ eligible: expected.eligible, score: expected.score, subscores: expected.subscores });
    expect(typeof body.ruleSet).toBe("string");
    if (expected.failedConditions) expect(body.failedConditions).toEqual(expected.failedConditions);
    if ("directQualification" in expected) expect(body.directQualification).toBe(expected.directQualification);
    if (expected.derived) expect(body.derived).toMatchObject(expected.derived as Record<string, unknown>);
    for (const c of body.conditions) expect(Object.keys(c)).toEqual(expect.arrayContaining(["id", "label", "required", "actual", "met"]));
    expect(r.err).toBe("");
  });
});

describe("corridor assess: text output, --date, the other tiers", () => {
  it("prints the verdict, each condition and the gap in Chinese", async () => {
    const r = await run("assess", "high-tech", "--input", inputFile(input("HT-S2")));
    expect(r.code).toBe(1);
    expect(r.out).toContain("高新技术企业 · HTE-2016 · 评价日期 2026-06-15：不符合");
    expect(r.out).toContain("✗ [required] 近三个会计年度的研究开发费用总额占同期销售收入总额的比例");
    expect(r.out).toContain("研发费用占比 2.89%，需达到 3%，差 0.11 个百分点，约 70 万元");
  });

  it("--date replaces the input's date and so chooses the rule set", async () => {
    const r = await run("assess", "innovative-sme", "--input", inputFile(input("IS-S1")), "--date", "2026-05-01", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ ruleSet: "MIIT-2026-2", assessedOn: "2026-05-01", eligible: true, provisional: true, incomplete: true });
    expect(r.err).toContain("techSmeRegistered: 缺少此项数据，评价结果不完整");
  });

  it("assesses 专精特新 and 小巨人 from the same kind of file", async () => {
    const firm = {
      assessedOn: "2026-06-01",
      independentLegalPerson: true,
      smeByClassification: true,
      abnormalOrDishonest: false,
      restrictedIndustry: false,
      majorIncidentLast3y: false,
      techInnovativeTitleValid: true,
      specializedSmeTitleValid: true,
      marketSegmentYears: 5,
      fiscalYears: [
        { year: 2023, operatingRevenue: 4000, mainBusinessRevenue: 3500, rdExpense: 150 },
        { year: 2024, operatingRevenue: 4500, mainBusinessRevenue: 4000, rdExpense: 180 },
        { year: 2025, operatingRevenue: 5000, mainBusinessRevenue: 4500, rdExpense: 220 },
      ],
      totalAssets: 6000,
      totalLiabilities: 2400,
      equityFinancingLast2y: 0,
      ip: { classI: 2, appliedClassI: 1, appliedClassINotTransferred: 1, classINotTransferredTop3: 1 },
      awards: { provincialTop3Last3y: false, nationalLast3y: false, nationalTop3Last3y: false },
      rdInstitutionLevel: "municipal",
      marketPositionLeading: true,
      marketShare: { nationalPct: 4, internationalPct: 0, nationalTop3: false },
      keyField: true,
      developmentScore: 55,
    };
    const file = inputFile(firm);
    const specialized = await run("assess", "specialized-sme", "--input", file, "--json");
    expect(specialized.code).toBe(0);
    expect(JSON.parse(specialized.out)).toMatchObject({ tier: "specialized-sme", ruleSet: "MIIT-2026-2", eligible: true, score: 55 });
    const giant = await run("assess", "little-giant", "--input", file, "--json");
    expect(giant.code).toBe(1);
    expect(JSON.parse(giant.out).failedConditions).toEqual(["rd-total-1200", "class-i-ip-4", "market-share", "development-score-60"]);
  });
});

describe("corridor assess: bad input exits 2 with the field errors in Chinese", () => {
  it("impossible figures", async () => {
    const bad = { ...input("HT-S1"), techStaff: 151, registeredOn: "2027-01-01" };
    const r = await run("assess", "high-tech", "--input", inputFile(bad), "--json");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("输入有误");
    expect(r.err).toContain("techStaff: 科技人员数（151）不能多于职工总数（150）");
    expect(r.err).toContain("registeredOn: 日期 2027-01-01 晚于评价日期 2026-06-15");
  });

  it("an unknown tier, a bad --date, a date no rule set covers", async () => {
    const file = inputFile(input("TS-S1"));
    expect((await run("assess", "gazelle", "--input", file)).err).toContain("tier: 未知的评价类型“gazelle”");
    const date = await run("assess", "tech-sme", "--input", file, "--date", "2026-13-01");
    expect([date.code, date.err.includes("--date: 应为有效日期")]).toEqual([2, true]);
    const early = await run("assess", "tech-sme", "--input", file, "--date", "2016-01-01");
    expect([early.code, early.err.includes("assessedOn: 评价日期 2016-01-01 没有适用的认定规则")]).toEqual([2, true]);
  });

  it("a missing figure: undecided, exit 2, the result still printed", async () => {
    const partial = input("TS-S1");
    delete partial.ipClassII;
    const r = await run("assess", "tech-sme", "--input", inputFile(partial), "--json");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toMatchObject({ eligible: null, incomplete: true });
    expect(r.err).toContain("ipClassII: 缺少此项数据，评价结果不完整");
  });

  it("a missing, unreadable or malformed file, and missing arguments", async () => {
    const noInput = await run("assess", "tech-sme");
    expect([noInput.code, noInput.err.includes("--input FILE is required")]).toEqual([2, true]);
    expect((await run("assess", "--input", "x.json")).code).toBe(2);
    const missing = await run("assess", "tech-sme", "--input", path.join(dir, "nope.json"));
    expect([missing.code, missing.err.includes("无法读取输入文件")]).toEqual([2, true]);
    const malformed = await run("assess", "tech-sme", "--input", inputFile("{ not json"));
    expect([malformed.code, malformed.err.includes("输入文件不是有效的 JSON")]).toEqual([2, true]);
    const notObject = await run("assess", "tech-sme", "--input", inputFile("[1, 2]"));
    expect([notObject.code, notObject.err.includes("输入应为 JSON 对象")]).toEqual([2, true]);
    expect((await run("assess", "tech-sme", "--input", inputFile(input("TS-S1")), "--bogus")).code).toBe(2);
  });

  it("--help prints the usage and exits 0", async () => {
    const r = await run("assess", "--help");
    expect(r.code).toBe(0);
    expect(r.out).toContain("corridor assess high-tech|tech-sme|innovative-sme|specialized-sme|little-giant --input FILE.json");
  });
});
