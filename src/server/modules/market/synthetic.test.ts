/**
 * The marketplace's synthetic records: deterministic and prefix-stable, valid and unique patent numbers, statuses and
 * dates that agree, 高价值 facts at believable rates, fields in range, and latent ids that stay out of the text.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { classifyHighValue } from "../../../shared/market/high-value.ts";
import { checkPatentRecord } from "../../../shared/market/patent-record.ts";
import { validatePatentNumber } from "../../../shared/patent-number.ts";
import { MARKET_AS_OF, syntheticAchievements, syntheticDemands, syntheticExperts, syntheticPatents, TRANSFER_MODES, type SyntheticPatent } from "./synthetic.ts";
import { findSubtopic, MARKET_DOMAINS } from "./topics/catalogue.ts";

const take = <T>(gen: Generator<T>) => [...gen];
const share = <T>(items: readonly T[], test: (t: T) => boolean) => items.filter(test).length / items.length;

describe("determinism", () => {
  it("gives the same records for the same seed, others for another, and a shorter run is a prefix", () => {
    const a = take(syntheticPatents(400, 9));
    expect(take(syntheticPatents(400, 9))).toEqual(a);
    expect(take(syntheticPatents(150, 9))).toEqual(a.slice(0, 150));
    expect(take(syntheticPatents(400, 10)).map((p) => p.title)).not.toEqual(a.map((p) => p.title));
    const runs: ((count: number) => unknown[])[] = [(n) => take(syntheticAchievements(n, 3)), (n) => take(syntheticDemands(n, 3)), (n) => take(syntheticExperts(n, 3))];
    for (const run of runs) {
      const x = run(200);
      expect(run(200)).toEqual(x);
      expect(run(80)).toEqual(x.slice(0, 80));
    }
  });
});

describe("syntheticPatents", () => {
  let patents: SyntheticPatent[];
  beforeAll(() => {
    patents = take(syntheticPatents(100_000, 20260630));
  }, 60_000);

  it("gives 100,000 valid, unique application numbers and valid, unique publication numbers", () => {
    expect(new Set(patents.map((p) => p.applicationNo)).size).toBe(patents.length);
    const published = patents.flatMap((p) => (p.publicationNo === null ? [] : [p.publicationNo]));
    expect(new Set(published).size).toBe(published.length);
    const typeDigits = { invention: ["1", "8"], utility_model: ["2", "9"], design: ["3"] };
    const problems: string[] = [];
    for (const p of patents) {
      const check = validatePatentNumber(p.applicationNo, 2026);
      if (!check.valid || check.normalized !== p.applicationNo || check.format !== "application-2003") problems.push(`${p.applicationNo} invalid`);
      if (p.applicationNo.slice(0, 4) !== p.filingDate.slice(0, 4)) problems.push(`${p.applicationNo} filed ${p.filingDate}`);
      const digit = p.applicationNo.charAt(4);
      if (!typeDigits[p.type].includes(digit) || p.pct !== (digit === "8" || digit === "9")) problems.push(`${p.applicationNo} is no ${p.type}`);
      if (p.publicationNo !== null && validatePatentNumber(p.publicationNo, 2026).valid !== true) problems.push(`${p.publicationNo} invalid`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it("passes the shared patent-record checks unchanged (number, type, status and grant date, IPC, names, dates)", () => {
    const problems: string[] = [];
    for (const p of patents.slice(0, 20_000)) {
      const check = checkPatentRecord({ applicationNo: p.applicationNo, type: p.type, legalStatus: p.legalStatus, ipc: p.ipc, applicants: p.applicants, inventors: p.inventors, filingDate: p.filingDate, grantDate: p.grantDate }, MARKET_AS_OF);
      if (!check.ok) problems.push(`${p.applicationNo}: ${check.issues.map((i) => i.key).join(", ")}`);
      else if (check.record.ipc.join() !== p.ipc.join() || check.record.pct !== p.pct || check.record.applicationNo !== p.applicationNo) problems.push(`${p.applicationNo}: normalised differently`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it("has realistic type shares: about half inventions, a third or more utility models, a few designs and PCT entries", () => {
    expect(share(patents, (p) => p.type === "invention")).toBeGreaterThan(0.5);
    expect(share(patents, (p) => p.type === "invention")).toBeLessThan(0.6);
    expect(share(patents, (p) => p.type === "utility_model")).toBeGreaterThan(0.35);
    expect(share(patents, (p) => p.type === "design")).toBeGreaterThan(0.04);
    expect(share(patents, (p) => p.pct)).toBeGreaterThan(0.02);
    expect(share(patents, (p) => p.pct)).toBeLessThan(0.05);
  });

  it("keeps dates in order and statuses consistent with them, as of MARKET_AS_OF", () => {
    const problems: string[] = [];
    const fail = (p: SyntheticPatent, what: string) => problems.push(`${p.applicationNo} ${p.legalStatus}: ${what}`);
    const kindCode = (p: SyntheticPatent) => (p.type === "invention" ? (p.grantDate === null ? "A" : "B") : p.type === "utility_model" ? "U" : "S");
    for (const p of patents) {
      // filing < publication ≤ grant ≤ end ≤ MARKET_AS_OF, for the dates a patent has
      const dates = [p.filingDate, p.publicationDate, p.grantDate, p.endDate, MARKET_AS_OF].filter((d): d is string => d !== null);
      if ([...dates].sort().join() !== dates.join() || p.publicationDate === p.filingDate) fail(p, `dates out of order ${dates.join(" ")}`);
      if (p.filingDate < "2006-01-01") fail(p, "filed before 2006");
      const granted = p.grantDate !== null;
      const ended = p.endDate !== null;
      const term = p.type === "invention" ? 20 : p.type === "design" && p.filingDate >= "2021-06-01" ? 15 : 10;
      const consistent = {
        pending: !granted && !ended,
        in_force: granted && !ended,
        lapsed: ended && (p.lapseReason === "unpaid_fees") === granted && p.lapseReason !== null,
        expired: granted && ended && Number(p.filingDate.slice(0, 4)) + term <= 2027,
        invalidated: granted && ended,
      }[p.legalStatus];
      if (!consistent) fail(p, "status disagrees with dates");
      if (p.legalStatus !== "lapsed" && p.lapseReason !== null) fail(p, "lapse reason without lapse");
      if (p.type !== "invention" && p.publicationDate !== p.grantDate) fail(p, "published apart from grant");
      if ((p.publicationNo === null) !== (p.publicationDate === null)) fail(p, "publication number and date disagree");
      if (p.publicationNo !== null && !p.publicationNo.endsWith(kindCode(p))) fail(p, `kind code of ${p.publicationNo}`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
    const inventions = patents.filter((p) => p.type === "invention");
    expect(share(inventions, (p) => p.legalStatus === "in_force")).toBeGreaterThan(0.15);
    expect(share(inventions, (p) => p.legalStatus === "pending")).toBeGreaterThan(0.15);
    expect(share(patents, (p) => p.legalStatus === "invalidated")).toBeLessThan(0.005);
  });

  it("draws the 高价值 facts at believable rates, and the shared rule finds high-value inventions among valid ones", () => {
    const valid = patents.filter((p) => p.type === "invention" && p.legalStatus === "in_force");
    expect(share(valid, (p) => p.strategicEmerging)).toBeGreaterThan(0.6);
    expect(share(valid, (p) => p.overseasFamily)).toBeGreaterThan(0.03);
    expect(share(valid, (p) => p.overseasFamily)).toBeLessThan(0.15);
    expect(share(patents, (p) => p.pledgeAmount !== null)).toBeGreaterThan(0.005);
    expect(share(patents, (p) => p.pledgeAmount !== null)).toBeLessThan(0.03);
    expect(patents.some((p) => p.chinaPatentAward)).toBe(true);
    expect(share(patents, (p) => p.chinaPatentAward || p.nationalAward)).toBeLessThan(0.003);
    for (const p of patents) if (p.pledgeAmount !== null) expect(p.grantDate).not.toBeNull();
    const high = valid.filter(
      (p) =>
        classifyHighValue(
          { kind: p.type, valid: true, domesticHolder: true, filingDate: p.filingDate, grantDate: p.grantDate, strategicEmergingIndustry: p.strategicEmerging, overseasFamilyGranted: p.overseasFamily, pledgeAmountYuan: p.pledgeAmount, nationalSciTechAward: p.nationalAward, chinaPatentAward: p.chinaPatentAward },
          { asOf: MARKET_AS_OF },
        ).highValue,
    );
    expect(high.length / valid.length).toBeGreaterThan(0.6);
    expect(high.length / valid.length).toBeLessThan(0.95);
  });

  it("writes IPC groups for inventions and utility models only, and applicants that start with the owner", () => {
    const problems = patents.filter(
      (p) =>
        (p.type === "design" ? p.ipc.length > 0 : p.ipc.length === 0 || p.ipc.some((g) => !/^[A-H]\d{2}[A-Z] \d{1,4}\/\d{2,6}$/u.test(g))) ||
        p.applicants[0] !== p.owner ||
        new Set(p.applicants).size !== p.applicants.length ||
        p.inventors.length === 0 ||
        (p.type !== "invention" && /方法$/u.test(p.title)),
    );
    expect(problems.slice(0, 3)).toEqual([]);
  });
});

describe("latent topics", () => {
  it("label every record with a subtopic of its topic and domain, and never appear in its text", () => {
    const records = [...take(syntheticAchievements(2000, 5)), ...take(syntheticDemands(2000, 5)), ...take(syntheticExperts(1000, 5)), ...take(syntheticPatents(2000, 5))];
    for (const r of records) {
      const found = findSubtopic(r.subtopic);
      expect(found?.topic.id).toBe(r.topic);
      expect(found?.topic.domain).toBe(r.domain);
      expect(JSON.stringify({ ...r, topic: "", subtopic: "" })).not.toContain(r.topic);
    }
    const domains = new Set(records.map((r) => r.domain));
    expect([...domains].sort()).toEqual([...MARKET_DOMAINS].sort());
  });

  it("make records of one subtopic share more informative words than records of other domains", () => {
    const achievements = take(syntheticAchievements(3000, 11));
    // Character bigrams that fewer than one record in twenty has: the template's words drop out.
    const bigrams = achievements.map((a) => new Set(`${a.title}${a.summary}`.match(/[\u4e00-\u9fff]{2}/gu) ?? []));
    const df = new Map<string, number>();
    for (const b of bigrams) for (const w of b) df.set(w, (df.get(w) ?? 0) + 1);
    const informative = bigrams.map((b) => new Set([...b].filter((w) => (df.get(w) ?? 0) < achievements.length / 20)));
    const overlap = (i: number, j: number) => [...(informative[i] ?? [])].filter((w) => informative[j]?.has(w)).length;
    let same = 0;
    let other = 0;
    let n = 0;
    for (let i = 0; i < 300; i += 1) {
      const a = achievements[i];
      const j = achievements.findIndex((x, k) => k > i && x.subtopic === a?.subtopic);
      const k = achievements.findIndex((x, m) => m > i && x.domain !== a?.domain);
      if (j < 0 || k < 0) continue;
      same += overlap(i, j);
      other += overlap(i, k);
      n += 1;
    }
    expect(n).toBeGreaterThan(200);
    expect(same / n).toBeGreaterThan(3 * (other / n));
    expect(other / n).toBeGreaterThan(0);
  });
});

describe("achievements, demands and experts", () => {
  it("keep their fields in range", () => {
    const achievements = take(syntheticAchievements(3000, 1)).filter(
      (a) => a.trl < 1 || a.trl > 9 || a.transferModes.length === 0 || a.transferModes.some((m) => !TRANSFER_MODES.includes(m)) || (a.price === null) !== a.negotiable || (a.price !== null && a.price <= 0),
    );
    expect(achievements.slice(0, 3)).toEqual([]);
    const demands = take(syntheticDemands(3000, 1)).filter(
      (d) => d.deadline <= d.publishedOn || d.publishedOn > MARKET_AS_OF || (d.budget === null) !== d.negotiable || !/^(武汉|黄石|鄂州|黄冈|咸宁).+有限公司$/u.test(d.enterprise),
    );
    expect(demands.slice(0, 3)).toEqual([]);
    const experts = take(syntheticExperts(1000, 1)).filter((e) => e.fields.length < 3 || !e.bio.includes(e.name) || !e.bio.includes(e.organisation));
    expect(experts.slice(0, 3)).toEqual([]);
  });

  it("put supply mostly in Wuhan and spread demand wider", () => {
    const wuhan = (xs: readonly { cityCode: string }[]) => share(xs, (x) => x.cityCode === "420100");
    const supply = take(syntheticAchievements(4000, 2));
    const demand = take(syntheticDemands(4000, 2));
    expect(wuhan(supply)).toBeGreaterThan(0.6);
    expect(wuhan(demand)).toBeLessThan(wuhan(supply) - 0.1);
    expect(new Set(demand.map((d) => d.cityCode)).size).toBe(5);
  });
});
