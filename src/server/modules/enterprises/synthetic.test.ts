/** The synthetic enterprise generator: deterministic, valid codes, unique names, figures that hold together. */
import { beforeAll, describe, expect, it } from "vitest";
import { validateCreditCode } from "../../../shared/credit-code.ts";
import { assessRecord } from "../../../shared/enterprise/inputs.ts";
import type { CertificateTier, RegistryRecord } from "../../../shared/enterprise/record.ts";
import { validateRecord } from "../../../shared/enterprise/validate.ts";
import { TIERS } from "../../../shared/eligibility/index.ts";
import { CORRIDOR_DOMAINS, NAME_WORDS, SYNTHETIC_AS_OF, SYNTHETIC_YEARS, syntheticEnterprises, type SyntheticEnterprise } from "./synthetic.ts";

const take = (count: number, seed: number) => [...syntheticEnterprises(count, seed)];

/** Every consistency rule the brief names, as messages (empty: the record holds together). */
function inconsistencies(e: SyntheticEnterprise): string[] {
  const out: string[] = [];
  const r = e.record;
  const check = (ok: boolean, what: string) => {
    if (!ok) out.push(`${e.name}: ${what}`);
  };
  check(r.years.map((y) => y.year).join() === SYNTHETIC_YEARS.join(), "fiscal years 2023–2025 in order");
  check(r.foundedOn === e.foundedOn && e.foundedOn < "2023-01-01", "founded before its first fiscal year");
  for (const y of r.years) {
    const le = (a: number | null | undefined, b: number | null | undefined, what: string) => check(a === null || a === undefined || b === null || b === undefined || a <= b, `${y.year} ${what}`);
    le(y.techStaff, y.employees, "techStaff ≤ employees");
    le(y.rdStaff, y.employees, "rdStaff ≤ employees");
    le(y.rdExpenseDomestic, y.rdExpense, "rdExpenseDomestic ≤ rdExpense");
    le(y.mainBusinessRevenue, y.operatingRevenue, "mainBusinessRevenue ≤ operatingRevenue");
    le(y.highTechRevenue, y.totalRevenue, "highTechRevenue ≤ totalRevenue");
    if (typeof y.totalAssets === "number" && typeof y.totalLiabilities === "number") check(y.netAssets === Math.round((y.totalAssets - y.totalLiabilities) * 100) / 100, `${y.year} netAssets = totalAssets − totalLiabilities`);
    const ip = y.ip;
    const classI = (ip?.invention?.selfDeveloped ?? 0) + (ip?.invention?.acquired ?? 0);
    const classII = (ip?.utilityModel?.selfDeveloped ?? 0) + (ip?.software?.selfDeveloped ?? 0) + (ip?.design?.selfDeveloped ?? 0);
    le(ip?.highValueClassI, classI, "highValueClassI ≤ classI");
    le(ip?.appliedClassI, classI, "appliedClassI ≤ classI");
    le(ip?.appliedClassINotTransferred, ip?.appliedClassI, "appliedClassINotTransferred ≤ appliedClassI");
    le(ip?.classINotTransferredTop3, ip?.invention?.selfDeveloped, "classINotTransferredTop3 ≤ self-developed classI");
    le(ip?.classIIUnused, classII, "classIIUnused ≤ classII");
    for (const [k, v] of Object.entries(y)) if (typeof v === "number" && k !== "netAssets" && k !== "netProfit") check(v >= 0, `${y.year} ${k} ≥ 0`);
  }
  for (const c of r.certificates) check(!c.validFrom || !c.validUntil || c.validFrom <= c.validUntil, `${c.tier} validity in order`);
  return out;
}

/** A null figure or fact is one not known (rdBasis null: the enterprise chose no R&D base, which is not a gap). */
const hasGap = (r: RegistryRecord) => r.years.some((y) => Object.values(y).some((v) => v === null)) || Object.entries(r.facts).some(([k, v]) => v === null && k !== "rdBasis");

const heldOn = (r: RegistryRecord, tier: CertificateTier, date: string) => r.certificates.some((c) => c.tier === tier && (c.validFrom ?? "") <= date && date <= (c.validUntil ?? ""));

describe("syntheticEnterprises", () => {
  it("gives the same enterprises for the same seed, others for another seed, and a shorter run is a prefix", () => {
    const a = take(300, 20260630);
    expect(take(300, 20260630)).toEqual(a);
    expect(take(120, 20260630)).toEqual(a.slice(0, 120));
    const b = take(300, 7);
    expect(b.map((e) => e.name)).not.toEqual(a.map((e) => e.name));
    expect(b.map((e) => e.record)).not.toEqual(a.map((e) => e.record));
  });

  it("builds names as city + brand + industry word + 有限公司/股份有限公司, and no word ends another (so names cannot collide across words)", () => {
    for (const e of take(500, 1)) expect(e.name).toMatch(/^(武汉|黄石|鄂州|黄冈|咸宁)[\u4e00-\u9fff]{2,4}.+(股份)?有限公司$/);
    for (const a of NAME_WORDS) expect(NAME_WORDS.filter((b) => b !== a && b.endsWith(a)), a).toEqual([]);
    expect(new Set(NAME_WORDS).size).toBe(NAME_WORDS.length);
  });

  describe("over 100,000 enterprises", () => {
    const N = 100_000;
    const stats = {
      names: new Set<string>(),
      codes: new Set<string>(),
      certificateNumbers: new Set<string>(),
      numbered: 0,
      invalidCodes: [] as string[],
      inconsistent: [] as string[],
      refused: [] as string[],
      cities: new Map<string, number>(),
      domains: new Map<string, number>(),
      withGap: 0,
      held: new Map<CertificateTier, number>(),
    };
    beforeAll(() => {
      for (const e of syntheticEnterprises(N, 42)) {
        stats.names.add(e.name);
        stats.codes.add(e.creditCode);
        const code = validateCreditCode(e.creditCode);
        if (!code.valid || code.warnings || code.normalized !== e.creditCode || e.creditCode.slice(2, 8) !== e.cityCode) stats.invalidCodes.push(e.creditCode);
        if (stats.inconsistent.length < 5) stats.inconsistent.push(...inconsistencies(e));
        if (stats.refused.length < 5) stats.refused.push(...validateRecord(e.record, { today: SYNTHETIC_AS_OF }).map((i) => `${e.name} ${i.path} ${i.key}`));
        for (const c of e.record.certificates) {
          if (!c.number) continue;
          stats.numbered += 1;
          stats.certificateNumbers.add(`${c.tier} ${c.number}`);
        }
        stats.cities.set(e.cityCode, (stats.cities.get(e.cityCode) ?? 0) + 1);
        stats.domains.set(e.domain, (stats.domains.get(e.domain) ?? 0) + 1);
        if (hasGap(e.record)) stats.withGap += 1;
        for (const tier of ["high-tech", "tech-sme", "innovative-sme", "specialized-sme", "little-giant"] as const) if (heldOn(e.record, tier, SYNTHETIC_AS_OF)) stats.held.set(tier, (stats.held.get(tier) ?? 0) + 1);
      }
    }, 180_000);

    it("has unique names, and unique valid credit codes of the enterprise's city", () => {
      expect(stats.names.size).toBe(N);
      expect(stats.codes.size).toBe(N);
      expect(stats.invalidCodes).toEqual([]);
    });

    it("keeps every record consistent (parts ≤ wholes, net assets = assets − liabilities) and acceptable to the registry's checks", () => {
      expect(stats.inconsistent).toEqual([]);
      expect(stats.refused).toEqual([]);
      expect(stats.certificateNumbers.size).toBe(stats.numbered);
    });

    it("weights Wuhan heavily, covers the five cities and the six domains, and leaves about 5 % of records with a figure missing", () => {
      const share = (code: string) => (stats.cities.get(code) ?? 0) / N;
      expect(share("420100")).toBeGreaterThan(0.6);
      for (const code of ["420200", "420700", "421100", "421200"]) expect(share(code)).toBeGreaterThan(0.03);
      expect([...stats.domains.keys()].sort()).toEqual([...CORRIDOR_DOMAINS].sort());
      expect(stats.withGap / N).toBeGreaterThan(0.03);
      expect(stats.withGap / N).toBeLessThan(0.08);
    });

    it("holds certificates in realistic shares: 高企 ≈ 25 %, 科小 ≈ 40 %, a few 专精特新 and 小巨人", () => {
      const share = (tier: CertificateTier) => (stats.held.get(tier) ?? 0) / N;
      expect(share("high-tech")).toBeGreaterThan(0.2);
      expect(share("high-tech")).toBeLessThan(0.3);
      expect(share("tech-sme")).toBeGreaterThan(0.3);
      expect(share("tech-sme")).toBeLessThan(0.5);
      expect(share("specialized-sme")).toBeGreaterThan(0.01);
      expect(share("specialized-sme")).toBeLessThan(0.08);
      expect(share("little-giant")).toBeGreaterThan(0.001);
      expect(share("little-giant")).toBeLessThan(0.02);
    });
  });

  it("gives records every engine accepts, with some enterprises eligible and some not for each tier, and many one condition short", () => {
    const eligible = new Map<string, number>();
    const notEligible = new Map<string, number>();
    let oneShort = 0;
    const errors: string[] = [];
    const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
    const sample = take(1500, 99);
    for (const e of sample) {
      const a = assessRecord(e.record, SYNTHETIC_AS_OF);
      for (const t of a.tiers) {
        if (!t.outcome.ok) {
          errors.push(...t.outcome.errors.map((i) => `${t.tier} ${i.path} ${i.key}`));
          continue;
        }
        if (t.outcome.result.eligible === true) bump(eligible, t.tier);
        if (t.outcome.result.eligible === false) bump(notEligible, t.tier);
      }
      if (a.nearest?.unmet === 1) oneShort += 1;
    }
    expect(errors).toEqual([]);
    for (const tier of TIERS) expect(notEligible.get(tier) ?? 0, tier).toBeGreaterThan(0);
    for (const tier of ["high-tech", "tech-sme", "innovative-sme", "specialized-sme"] as const) expect(eligible.get(tier) ?? 0, tier).toBeGreaterThan(sample.length * 0.03);
    expect(oneShort).toBeGreaterThan(sample.length * 0.1);
  }, 120_000);
});
