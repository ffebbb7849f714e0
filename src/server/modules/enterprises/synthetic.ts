/**
 * Deterministic synthetic enterprises for benchmarks and demos: a plausible name (武汉光迅智联激光科技有限公司),
 * a valid 统一社会信用代码, a corridor city, an industry of the plan's six domains, and a registry record with
 * fiscal years 2023–2025 whose figures are internally consistent and spread around the tiers' thresholds.
 * Pure: a seeded generator (sfc32, src/shared/random.ts), no clock, no Math.random. The same (count, seed) gives
 * the same sequence, and a shorter run is a prefix of a longer one. Names, credit codes and certificate numbers are
 * unique by construction (keyed permutations of counters, serial numbers), not by retrying.
 */
import { creditCodeCheckChar, orgCodeCheckChar } from "../../../shared/credit-code.ts";
import { conversionGrade, growthGrade, growthRate, ipQuantityGrade } from "../../../shared/eligibility/high-tech/grades.ts";
import { HTE_SCORE, type Range } from "../../../shared/eligibility/high-tech/rules-2016.ts";
import type { Certificate, EnterpriseFacts, Graded, IpOwned, RegistryRecord, YearFigures } from "../../../shared/enterprise/record.ts";
import { hashText, mix32, permute, Rng } from "../../../shared/random.ts";

export const SYNTHETIC_YEARS = [2023, 2024, 2025] as const;
/** The day the records describe: certificates are those held then; assess on or after it. */
export const SYNTHETIC_AS_OF = "2026-06-30";

/** The action plan's six domains (六大领域). */
export const CORRIDOR_DOMAINS = ["光电子信息", "新能源与智能网联汽车", "生命健康", "高端装备", "北斗", "人工智能"] as const;
export type CorridorDomain = (typeof CORRIDOR_DOMAINS)[number];

/** Industries per domain, each with the words a company name of that industry uses. No word ends another (see uniqueness). */
const INDUSTRIES: Record<CorridorDomain, { industry: string; words: string[] }[]> = {
  光电子信息: [
    { industry: "光通信", words: ["光通信", "光网络技术", "光电子"] },
    { industry: "激光", words: ["激光科技", "激光技术", "激光装备"] },
    { industry: "集成电路", words: ["半导体", "微电子", "芯片技术"] },
    { industry: "新型显示", words: ["显示技术", "光电显示"] },
  ],
  新能源与智能网联汽车: [
    { industry: "新能源汽车零部件", words: ["汽车零部件", "新能源科技", "电驱技术"] },
    { industry: "动力电池", words: ["电池科技", "储能技术", "新能源材料"] },
    { industry: "智能网联汽车", words: ["智能网联", "车联网技术", "汽车电子"] },
  ],
  生命健康: [
    { industry: "生物医药", words: ["生物医药", "生物科技", "药业"] },
    { industry: "医疗器械", words: ["医疗器械", "医疗科技"] },
    { industry: "数字健康", words: ["健康科技", "医学检验"] },
  ],
  高端装备: [
    { industry: "智能制造装备", words: ["智能装备", "精密机械", "自动化"] },
    { industry: "航空航天装备", words: ["航空科技", "航天装备"] },
    { industry: "机器人", words: ["机器人", "智能制造"] },
  ],
  北斗: [
    { industry: "北斗导航", words: ["北斗导航", "导航技术"] },
    { industry: "卫星应用", words: ["卫星应用", "时空信息", "测绘地理信息"] },
  ],
  人工智能: [
    { industry: "人工智能", words: ["人工智能", "智能科技", "视觉技术"] },
    { industry: "软件和信息服务", words: ["软件", "信息技术", "网络科技"] },
    { industry: "大数据", words: ["数据科技", "云计算", "数字科技"] },
  ],
};

/** GB/T 2260 codes and name prefixes; weights: Wuhan holds most of the corridor's enterprises. */
const CITIES = [
  { code: "420100", prefix: "武汉", weight: 70 },
  { code: "420200", prefix: "黄石", weight: 8 },
  { code: "420700", prefix: "鄂州", weight: 6 },
  { code: "421100", prefix: "黄冈", weight: 9 },
  { code: "421200", prefix: "咸宁", weight: 7 },
] as const;
export type CorridorCityCode = (typeof CITIES)[number]["code"];

/** Every word a name may carry between brand and suffix (the tests check that none ends another). */
export const NAME_WORDS: readonly string[] = Object.values(INDUSTRIES).flatMap((list) => list.flatMap((i) => i.words));

const DOMAIN_WEIGHTS: Record<CorridorDomain, number> = { 光电子信息: 26, 新能源与智能网联汽车: 15, 生命健康: 17, 高端装备: 20, 北斗: 7, 人工智能: 15 };
/** 64 characters brands are made of (2–4 of them); 64 = 2⁶, so a brand of L characters is a 6L-bit number. */
const BRAND_CHARS = Array.from("光迅智联芯华创瑞航天星宇恒鼎盛信通达源锐博睿泰安康德润嘉明辰晟昊宏远峰云海江汉楚谷微精卓越立方鑫耀凯腾启元思维感讯驰擎易和佳众汇融兴昌隆弘诚东湖");
const SUFFIXES = [
  { text: "有限公司", weight: 88 },
  { text: "股份有限公司", weight: 12 },
] as const;

export type SyntheticEnterprise = {
  /** 0-based position in the sequence. */
  index: number;
  name: string;
  creditCode: string;
  cityCode: CorridorCityCode;
  domain: CorridorDomain;
  industry: string;
  foundedOn: string;
  record: RegistryRecord;
};

const money = (x: number) => Math.round(x * 100) / 100;
const isoDate = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const pointsIn = (rng: Rng, [min, max]: Range) => rng.int(min, max);

// ——— Identity: name, credit code, certificate numbers ————————————————————————————————————————————————————

/**
 * Brands are unique within each (city, name word, suffix, length) bucket: the bucket's k-th enterprise takes the
 * k-th value of a keyed permutation of the 64^L brands. A full bucket overflows into the next length. Names are
 * then unique because no name word ends another (city prefixes all have two characters).
 */
class Identities {
  private readonly buckets = new Map<string, number>();
  private readonly serials = new Map<string, number>();
  constructor(private readonly seed: number) {}

  brand(bucket: string, length: number): string {
    for (let l = length; l <= 4; l += 1) {
      const key = `${bucket}|${l}`;
      const k = this.buckets.get(key) ?? 0;
      if (k >= 64 ** l) continue;
      this.buckets.set(key, k + 1);
      let v = permute(k, 3 * l, mix32(this.seed ^ hashText(key)));
      let brand = "";
      for (let i = 0; i < l; i += 1) {
        brand += BRAND_CHARS[v % 64] ?? "";
        v = Math.floor(v / 64);
      }
      return brand;
    }
    throw new RangeError(`more than ${64 ** 4} enterprises in one name bucket`);
  }

  /** The next serial number of a numbering series (高企 certificates per year, 科小 registrations per year). */
  serial(series: string): number {
    const n = (this.serials.get(series) ?? 0) + 1;
    this.serials.set(series, n);
    return n;
  }
}

const CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/**
 * 91 (市场监管, 企业) + the city's code + a 主体标识码 unique per index (a keyed permutation of 2^26): an 8-digit
 * organisation code for enterprises founded before the 2015 reform, "MA" + 6 characters after; then the GB 11714
 * check character and the GB 32100 check character.
 */
function creditCode(index: number, seed: number, cityCode: string, foundedYear: number): string {
  if (index >= 2 ** 26) throw new RangeError("at most 2^26 synthetic credit codes");
  let v = permute(index, 13, mix32(seed ^ 0x5bd1e995));
  let body: string;
  if (foundedYear < 2015) body = String(v).padStart(8, "0");
  else {
    body = "MA";
    for (let i = 0; i < 6; i += 1) {
      body += CODE_CHARS.charAt(v % 31);
      v = Math.floor(v / 31);
    }
  }
  const first17 = `91${cityCode}${body}${orgCodeCheckChar(body)}`;
  return `${first17}${creditCodeCheckChar(first17)}`;
}

// ——— Figures ——————————————————————————————————————————————————————————————————————————————————————————————

/**
 * How innovative an enterprise is drives every ratio the rules look at. The means sit around the thresholds
 * (科技人员 10 %, 研发 3–5 %, 高新收入 60 %), so many enterprises are near one.
 */
type Profile = {
  share: number;
  techStaff: number;
  rdRatio: number;
  highTechShare: number;
  classI: number;
  classII: number;
  conversions: number;
  grade: number;
  devScore: number;
  financing: number;
  /** Median 全国市场占有率, %. */
  marketShare: number;
};
const PROFILES = {
  traditional: { share: 30, techStaff: 0.07, rdRatio: 0.022, highTechShare: 0.4, classI: 0.3, classII: 3, conversions: 1, grade: 0.4, devScore: 44, financing: 0.01, marketShare: 0.5 },
  emerging: { share: 38, techStaff: 0.12, rdRatio: 0.045, highTechShare: 0.62, classI: 1.5, classII: 7, conversions: 3, grade: 0.62, devScore: 52, financing: 0.05, marketShare: 1.5 },
  innovative: { share: 23, techStaff: 0.2, rdRatio: 0.065, highTechShare: 0.75, classI: 5, classII: 14, conversions: 5, grade: 0.85, devScore: 60, financing: 0.12, marketShare: 4 },
  leader: { share: 9, techStaff: 0.26, rdRatio: 0.07, highTechShare: 0.85, classI: 18, classII: 35, conversions: 6, grade: 0.92, devScore: 68, financing: 0.22, marketShare: 12 },
} satisfies Record<string, Profile>;
type ProfileName = keyof typeof PROFILES;
/** The floor of a 高企's figures: recognised once, most still meet the rules. */
const CERTIFIED: Profile = { share: 0, techStaff: 0.24, rdRatio: 0.075, highTechShare: 0.82, classI: 4, classII: 12, conversions: 5.5, grade: 0.9, devScore: 60, financing: 0.1, marketShare: 3 };
/** The floor of a 小巨人: a leader in its niche. */
const LITTLE_GIANT: Profile = { ...PROFILES.leader, grade: 0.96, devScore: 72, marketShare: 18 };

/** An expert grade A–E drawn around `level` (0–1), with points inside its range. */
function expertGrade(rng: Rng, level: number): Graded {
  const ladder = ["A", "B", "C", "D", "E"] as const;
  const i = Math.round(rng.normal((1 - level) * 4, 0.9, 0, 4));
  const grade = ladder[i] ?? "C";
  return { grade, points: pointsIn(rng, HTE_SCORE.ip.advancement.grades[grade]) };
}

type Shape = { employees: number; revenue: number; growth: [number, number]; p: Profile };

/** Three fiscal years, oldest first, from the last year's size and the two yearly growth rates. */
function fiscalYears(rng: Rng, s: Shape): YearFigures[] {
  const { p } = s;
  const revenues = [s.revenue / (1 + s.growth[1]) / (1 + s.growth[0]), s.revenue / (1 + s.growth[1]), s.revenue];
  const staffShare = rng.normal(p.techStaff, p.techStaff * 0.35, 0.01, 0.9);
  const rdRatio = rng.normal(p.rdRatio, p.rdRatio * 0.4, 0.002, 0.4);
  const htShare = rng.normal(p.highTechShare, 0.15, 0.05, 1);
  const mainShare = rng.normal(0.8 + 0.15 * p.grade, 0.06, 0.55, 1);
  const domesticShare = rng.chance(0.85) ? 1 : rng.between(0.45, 0.99);
  const assetsPerRevenue = rng.between(0.6, 1.8);
  const debtRatio = rng.normal(0.5, 0.15, 0.05, 0.95);
  const margin = rng.normal(0.06, 0.06, -0.25, 0.3);
  const ipTotal = { classI: rng.count(p.classI), classII: rng.count(p.classII), software: rng.count(p.classII * 0.4), design: rng.count(p.classII * 0.1) };
  const acquiredShare = rng.chance(0.8) ? 0 : rng.between(0.1, 1);
  return revenues.map((revenueRaw, i) => {
    const year = SYNTHETIC_YEARS[i] ?? 2025;
    const operatingRevenue = money(Math.max(5, revenueRaw * rng.normal(1, 0.02)));
    // Staff grows more slowly than revenue.
    const employees = Math.max(3, Math.round(s.employees * Math.sqrt(revenueRaw / s.revenue)));
    const techStaff = Math.min(employees, Math.round(employees * rng.normal(staffShare, 0.01, 0, 1)));
    const rdExpense = money(operatingRevenue * rng.normal(rdRatio, rdRatio * 0.12, 0, 0.5));
    const totalRevenue = money(operatingRevenue * rng.between(1, 1.06));
    const totalAssets = money(operatingRevenue * assetsPerRevenue * rng.normal(1, 0.05));
    const totalLiabilities = money(totalAssets * rng.normal(debtRatio, 0.02, 0, 1.2));
    const held = (n: number) => Math.round(n * (0.6 + 0.2 * i));
    const classI = held(ipTotal.classI);
    const acquired = Math.round(classI * acquiredShare);
    const classII = held(ipTotal.classII) + held(ipTotal.software) + held(ipTotal.design);
    const applied = Math.round(classI * rng.between(0.4, 1));
    const ip: IpOwned = {
      // Every type is given (0 where none is held): a type left out would make its class's count unknown.
      invention: { selfDeveloped: classI - acquired, acquired },
      plantVariety: { selfDeveloped: 0, acquired: 0 },
      icLayout: { selfDeveloped: 0, acquired: 0 },
      newDrug: { selfDeveloped: 0, acquired: 0 },
      utilityModel: { selfDeveloped: held(ipTotal.classII), acquired: 0 },
      software: { selfDeveloped: held(ipTotal.software), acquired: 0 },
      design: { selfDeveloped: held(ipTotal.design), acquired: 0 },
      highValueClassI: Math.round(classI * rng.between(0, 0.6)),
      appliedClassI: applied,
      appliedClassINotTransferred: Math.min(applied, classI - acquired),
      classINotTransferredTop3: Math.round((classI - acquired) * rng.between(0.5, 1)),
      classIIUnused: Math.round(classII * rng.between(0.5, 1)),
    };
    return {
      year,
      employees,
      techStaff,
      rdStaff: Math.round(techStaff * rng.between(0.6, 0.95)),
      operatingRevenue,
      mainBusinessRevenue: money(operatingRevenue * mainShare),
      salesRevenue: operatingRevenue,
      totalRevenue,
      highTechRevenue: money(totalRevenue * Math.min(1, rng.normal(htShare, 0.03, 0, 1))),
      rdExpense,
      rdExpenseDomestic: money(rdExpense * domesticShare),
      costExpense: money(operatingRevenue * rng.between(0.8, 1.05)),
      totalAssets,
      netAssets: money(totalAssets - totalLiabilities),
      totalLiabilities,
      netProfit: money(operatingRevenue * rng.normal(margin, 0.02)),
      equityFinancing: rng.chance(p.financing) ? money(rng.logNormal(2500, 0.8)) : 0,
      ip,
      standardsLed: rng.chance(p.grade * 0.15) ? rng.int(1, 3) : 0,
      resultsConverted: rng.count(p.conversions),
    };
  });
}

const sumOf = (years: readonly YearFigures[], pick: (y: YearFigures) => number | null | undefined) => years.reduce((a, y) => a + (pick(y) ?? 0), 0);
const classITotal = (ip: IpOwned | null | undefined) => (ip?.invention?.selfDeveloped ?? 0) + (ip?.invention?.acquired ?? 0);

/**
 * Declarations, expert grades and platform scores. The 高企 points that the 工作指引 grades by data (知识产权数量,
 * 成果转化, 成长性) lie inside the grade the engine derives from the same figures, so no record is an input error.
 */
function enterpriseFacts(rng: Rng, p: Profile, years: YearFigures[], age: number, sme: boolean): EnterpriseFacts {
  const last = years[years.length - 1];
  const ip = last?.ip;
  const classI = classITotal(ip);
  const selfDeveloped = (ip?.invention?.selfDeveloped ?? 0) + (ip?.utilityModel?.selfDeveloped ?? 0) + (ip?.software?.selfDeveloped ?? 0) + (ip?.design?.selfDeveloped ?? 0);
  const anyIp = classI + (ip?.classIIUnused ?? 0) + (ip?.utilityModel?.selfDeveloped ?? 0) > 0;
  const growthPoints = (series: number[]) => pointsIn(rng, growthGrade(growthRate(series).rate).range);
  const national = rng.chance(p.grade * 0.02);
  const nationalTop3 = national && rng.chance(0.4);
  const provincialTop3 = rng.chance(p.grade * 0.06);
  const rdInstitutionLevel = rng.weighted(
    [
      { level: "national", w: p.grade * 0.5 },
      { level: "provincial", w: p.grade * 8 },
      { level: "municipal", w: p.grade * 20 },
      { level: "below-municipal", w: 20 },
      { level: "none", w: 40 * (1 - p.grade) },
    ] as const,
    (x) => x.w,
  ).level;
  const nationalShare = Math.min(60, rng.logNormal(p.marketShare, 0.9));
  const developmentScore = Math.round(rng.normal(p.devScore, 11, 10, 98));
  const incidentPastYear = rng.chance(0.01);
  return {
    residentEnterprise: rng.chance(0.995),
    smeByClassification: sme,
    independentLegalPerson: rng.chance(0.995),
    restrictedIndustry: rng.chance(0.02),
    abnormalOrDishonest: rng.chance(0.015),
    integrityOk: rng.chance(0.985),
    majorIncidentPastYear: incidentPastYear,
    majorIncidentLast3y: incidentPastYear || rng.chance(0.01),
    strategicEmergingIndustry: rng.chance(0.85),
    marketSegmentYears: Math.max(0, Math.round(age * rng.between(0.5, 1))),
    rdBasis: rng.weighted([{ v: "sales", w: 70 }, { v: "cost", w: 15 }, { v: null, w: 15 }] as const, (x) => x.w).v,
    ownsCoreIp: anyIp && rng.chance(0.8 + 0.2 * p.grade),
    techFieldInCatalogue: rng.chance(0.8 + 0.2 * p.grade),
    hteAdvancement: expertGrade(rng, p.grade),
    hteCoreSupport: expertGrade(rng, p.grade),
    hteQuantityPoints: pointsIn(rng, ipQuantityGrade(classI, ip?.classIIUnused ?? 0).range),
    hteAcquisition: !anyIp ? { grade: "none", points: 0 } : selfDeveloped > 0 ? { grade: "A", points: Math.round(rng.normal(6 * p.grade, 1, 1, 6)) } : { grade: "B", points: pointsIn(rng, HTE_SCORE.ip.acquisition.grades.B) },
    hteStandards: sumOf(years, (y) => y.standardsLed) > 0 || rng.chance(0.1) ? { grade: "A", points: rng.int(1, 2) } : { grade: "B", points: 0 },
    hteConversionPoints: pointsIn(rng, conversionGrade(sumOf(years, (y) => y.resultsConverted), years.length).range),
    hteRdManagement: {
      system: Math.round(rng.normal(6 * p.grade, 1.2, 0, 6)),
      institution: Math.round(rng.normal(6 * p.grade, 1.2, 0, 6)),
      conversionIncentive: Math.round(rng.normal(4 * p.grade, 0.8, 0, 4)),
      talent: Math.round(rng.normal(4 * p.grade, 0.8, 0, 4)),
    },
    hteGrowth: { netAssetsPoints: growthPoints(years.map((y) => y.netAssets ?? 0)), salesPoints: growthPoints(years.map((y) => y.salesRevenue ?? 0)) },
    nationalAwardTop3Last5y: nationalTop3 || rng.chance(p.grade * 0.005),
    sciAwardLast3y: national || provincialTop3 || rng.chance(p.grade * 0.05),
    honourValid: rng.chance(p.grade * 0.08),
    provincialRdInstitution: rdInstitutionLevel === "national" || rdInstitutionLevel === "provincial",
    ledStandardLast5y: sumOf(years, (y) => y.standardsLed) > 0,
    awards: { provincialTop3Last3y: provincialTop3, nationalLast3y: national, nationalTop3Last3y: nationalTop3 },
    makerChinaLast3y: rng.weighted([{ v: "top50", w: 0.3 * p.grade }, { v: "top500", w: 2.5 * p.grade }, { v: "none", w: 97 }] as const, (x) => x.w).v,
    rdInstitutionLevel,
    productField: rng.weighted([{ v: "breakthrough", w: 20 * p.grade }, { v: "foundation", w: 35 }, { v: "other", w: 45 }] as const, (x) => x.w).v,
    digitalLevel: Math.round(rng.normal(1 + 2.5 * p.grade, 0.8, 0, 4)),
    quality: { provincialQualityAward: rng.chance(p.grade * 0.04), qualitySystemCert: rng.chance(0.4 + 0.5 * p.grade), developedMarketCert: rng.chance(p.grade * 0.2), standardsParticipation: rng.chance(p.grade * 0.3) },
    ownBrand: rng.chance(0.5 + 0.45 * p.grade),
    characteristicPoints: Math.round(rng.normal(15 * p.grade, 3, 0, 15)),
    digitalCoreBusiness: rng.chance(0.3 + 0.6 * p.grade),
    highReputation: rng.chance(p.grade),
    supplyChainKeyLink: rng.chance(p.grade),
    keyField: rng.chance(0.5 + 0.45 * p.grade),
    marketShare: { nationalPct: money(nationalShare), internationalPct: money(nationalShare * rng.between(0, 0.3)), nationalTop3: nationalShare >= 15 && rng.chance(0.5) },
    marketPositionLeading: rng.chance(p.grade * 0.8),
    developmentScore,
    developmentScorePrevYear: Math.round(rng.normal(developmentScore - 2, 5, 0, 100)),
  };
}

// ——— Certificates ————————————————————————————————————————————————————————————————————————————————————————

const addYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
/** The day before `date` (a three-year certificate from 2023-12-08 is valid until 2026-12-07). */
function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
const threeYears = (validFrom: string) => ({ validFrom, validUntil: dayBefore(addYears(validFrom, 3)) });

/** Which titles an enterprise holds, decided before its figures: a holder's figures are drawn stronger. */
type Titles = { highTech: number | null; innovative: number | null; specialized: number | null; littleGiant: boolean };

/**
 * Titles held on SYNTHETIC_AS_OF, more often the more innovative the enterprise (≈ 25 % 高企, ≈ 15 % 创新型,
 * ≈ 5 % 专精特新, ≈ 1 % 小巨人; 科小 ≈ 40 %, decided once the size is known). A 高企 is issued in a
 * November–December batch of 2023–2025 (three years); a title of the MIIT tiers in 2023–2025 (三年).
 */
function drawTitles(rng: Rng, name: ProfileName, foundedYear: number): Titles {
  const [highTech = 0, innovative = 0, specialized = 0, littleGiant = 0] = { traditional: [0.03, 0.03, 0.05, 0], emerging: [0.17, 0.12, 0.05, 0], innovative: [0.55, 0.32, 0.22, 0.08], leader: [0.85, 0.5, 0.45, 0.35] }[name];
  const innovativeYear = rng.chance(innovative) ? rng.int(2023, 2025) : null;
  const specializedYear = innovativeYear !== null && rng.chance(specialized) ? Math.min(2025, innovativeYear + rng.int(0, 1)) : null;
  return {
    highTech: rng.chance(highTech) ? rng.int(Math.max(2023, foundedYear + 1), 2025) : null,
    innovative: innovativeYear,
    specialized: specializedYear,
    littleGiant: specializedYear !== null && rng.chance(littleGiant),
  };
}

/** A holder is drawn at least as strong as its title suggests (小巨人, 高企, 专精特新 an innovative enterprise). */
function strengthen(p: Profile, t: Titles): Profile {
  const floor = t.littleGiant ? LITTLE_GIANT : t.highTech !== null ? CERTIFIED : t.specialized !== null ? PROFILES.innovative : null;
  if (!floor) return p;
  const out = { ...p };
  for (const key of Object.keys(p) as (keyof Profile)[]) out[key] = Math.max(p[key], floor[key]);
  return out;
}

/**
 * The certificates of the titles drawn, with numbers: 高企 GR{year}42{serial} (an enterprise recognised three years
 * earlier may keep its expired certificate too); 科小 {year}{city}{serial}, valid for its registration year (2026's
 * registered from March, some also registered in 2025). Five in a hundred are not yet confirmed by the city.
 */
function certificates(rng: Rng, ids: Identities, t: Titles, name: ProfileName, cityCode: string, foundedYear: number, smallEnough: boolean): Certificate[] {
  const out: Certificate[] = [];
  const confirmed = () => rng.chance(0.95);
  if (t.highTech !== null) {
    const year = t.highTech;
    const issued = isoDate(year, rng.int(11, 12), rng.int(1, 28));
    if (year - 3 > foundedYear && rng.chance(0.6)) {
      out.push({ tier: "high-tech", number: `GR${year - 3}42${String(ids.serial(`GR${year - 3}`)).padStart(6, "0")}`, year: year - 3, level: "national", ...threeYears(addYears(issued, -3)), confirmed: true });
    }
    out.push({ tier: "high-tech", number: `GR${year}42${String(ids.serial(`GR${year}`)).padStart(6, "0")}`, year, level: "national", ...threeYears(issued), confirmed: confirmed() });
  }
  const techSme = { traditional: 0.22, emerging: 0.58, innovative: 0.62, leader: 0.45 }[name];
  if (smallEnough && rng.chance(techSme)) {
    for (const year of rng.chance(0.6) ? [2025, 2026] : [2026]) {
      const from = year === 2026 ? isoDate(2026, rng.int(3, 6), rng.int(1, 28)) : isoDate(2025, rng.int(3, 9), rng.int(1, 28));
      out.push({ tier: "tech-sme", number: `${year}${cityCode}${String(ids.serial(`TS${year}`)).padStart(8, "0")}`, year, level: "national", validFrom: from, validUntil: `${year}-12-31`, confirmed: year === 2025 || confirmed() });
    }
  }
  if (t.innovative !== null) out.push({ tier: "innovative-sme", year: t.innovative, level: "provincial", ...threeYears(isoDate(t.innovative, rng.int(5, 12), rng.int(1, 28))), confirmed: confirmed() });
  if (t.specialized !== null) out.push({ tier: "specialized-sme", year: t.specialized, level: "provincial", ...threeYears(isoDate(t.specialized, rng.int(6, 12), rng.int(1, 28))), confirmed: confirmed() });
  if (t.littleGiant) out.push({ tier: "little-giant", year: 2025, level: "national", ...threeYears(isoDate(2025, rng.int(7, 8), rng.int(1, 28))), confirmed: confirmed() });
  return out;
}

// ——— Missing figures ——————————————————————————————————————————————————————————————————————————————————————

const YEAR_GAPS = ["techStaff", "rdExpense", "highTechRevenue", "totalLiabilities", "mainBusinessRevenue", "rdExpenseDomestic", "resultsConverted"] as const;
const FACT_GAPS = ["ownsCoreIp", "hteAdvancement", "developmentScore", "marketSegmentYears", "smeByClassification", "hteRdManagement"] as const;

/** About one record in twenty lacks a figure or two: a yearly figure, or a fact not yet declared or graded. */
function dropSome(rng: Rng, record: RegistryRecord): void {
  if (!rng.chance(0.05)) return;
  for (let n = rng.int(1, 2); n > 0; n -= 1) {
    if (rng.chance(0.6)) {
      const year = rng.pick(record.years);
      year[rng.pick(YEAR_GAPS)] = null;
    } else {
      record.facts[rng.pick(FACT_GAPS)] = null;
    }
  }
}

// ——— The generator ———————————————————————————————————————————————————————————————————————————————————————

/** `count` synthetic enterprises from `seed` (any 32-bit integer). */
export function* syntheticEnterprises(count: number, seed: number): Generator<SyntheticEnterprise> {
  const ids = new Identities(seed >>> 0);
  for (let index = 0; index < count; index += 1) {
    const rng = new Rng(seed >>> 0, index);
    const city = rng.weighted(CITIES, (c) => c.weight);
    const domain = rng.weighted(CORRIDOR_DOMAINS, (d) => DOMAIN_WEIGHTS[d]);
    const { industry, words: nameWords } = rng.pick(INDUSTRIES[domain]);
    const word = rng.pick(nameWords);
    const suffix = rng.weighted(SUFFIXES, (s) => s.weight);
    const brandLength = rng.weighted([2, 3, 4], (l) => (l === 2 ? 45 : l === 3 ? 25 : 30));
    const brand = ids.brand(`${city.code}|${word}|${suffix.text}`, brandLength);

    const profileName = rng.weighted(Object.keys(PROFILES) as ProfileName[], (k) => PROFILES[k].share);
    const age = Math.floor(1 + 24 * rng.next() ** 1.6);
    const foundedYear = 2022 - Math.min(age - 1, 24);
    const foundedOn = isoDate(foundedYear, rng.int(1, 12), rng.int(1, 28));
    const titles = drawTitles(rng, profileName, foundedYear);
    const p = strengthen(PROFILES[profileName], titles);
    const bigger = titles.littleGiant ? 6 : profileName === "leader" ? 4 : profileName === "innovative" || titles.specialized !== null ? 1.6 : 1;
    const employees = Math.max(5, Math.min(5000, Math.round(rng.logNormal(45 * bigger, 0.9))));
    const revenue = Math.max(20, employees * rng.logNormal(55, 0.5));
    const growthMean = 0.06 + 0.14 * p.grade;
    const growth: [number, number] = [rng.normal(growthMean, 0.16, -0.4, 0.9), rng.normal(growthMean, 0.16, -0.4, 0.9)];

    const years = fiscalYears(rng, { employees, revenue, growth, p });
    const last = years[years.length - 1];
    const lastRevenue = last?.operatingRevenue ?? 0;
    const lastEmployees = last?.employees ?? 0;
    // 工信部联企业〔2011〕300号 划型: most industries' 中型 end at 1000 staff or 40000 万元 of revenue.
    const sme = lastEmployees < 1000 || lastRevenue < 40000;
    const smallEnough = lastEmployees <= 500 && lastRevenue <= 20000 && (last?.totalAssets ?? 0) <= 20000;
    const record: RegistryRecord = {
      foundedOn,
      years,
      facts: enterpriseFacts(rng, p, years, 2025 - foundedYear, sme),
      certificates: certificates(rng, ids, titles, profileName, city.code, foundedYear, smallEnough),
    };
    dropSome(rng, record);
    yield {
      index,
      name: `${city.prefix}${brand}${word}${suffix.text}`,
      creditCode: creditCode(index, seed >>> 0, city.code, foundedYear),
      cityCode: city.code,
      domain,
      industry,
      foundedOn,
      record,
    };
  }
}
