/**
 * From a registry record (record.ts) to the JSON each eligibility engine reads (docs/assess-input.md), and the
 * assessment of every tier for one record. Pure: the assessment date is an argument. A figure the registry lacks is
 * left out, never filled in, so the engine lists it as missing and stays undecided where it matters.
 */
import { assessMsme } from "../eligibility/assess.ts";
import { fiscalWindow } from "../eligibility/high-tech/grades.ts";
import type { Read } from "../eligibility/input-reader.ts";
import { readMsmeInput, type MsmeInput } from "../eligibility/msme/input.ts";
import { yearOf } from "../eligibility/dates.ts";
import { exact, sum, toNumber } from "../eligibility/exact.ts";
import { nearestOf } from "../eligibility/gap.ts";
import { assess, gaps, isIsoDate, TIERS, type AssessmentResult, type AssessOutcome, type Condition, type FieldIssue, type Gap, type Tier } from "../eligibility/index.ts";
import { CLASS_I_TYPES, CLASS_II_TYPES, type Certificate, type CertificateTier, type IpOwned, type IpType, type RegistryRecord, type YearFigures } from "./record.ts";

type Tri = boolean | null;
type Json = Record<string, unknown>;
type Figure = number | null | undefined;

const and = (a: Tri, b: Tri): Tri => (a === false || b === false ? false : a === null || b === null ? null : true);
const or = (a: Tri | undefined, b: Tri | undefined): Tri => (a === true || b === true ? true : a === false && b === false ? false : null);
const given = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

/** Drops absent (undefined or null) fields and the objects left empty, so nothing absent reads as a value. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (typeof value !== "object" || value === null) return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) {
    const c = compact(v);
    if (c === undefined || c === null) continue;
    if (typeof c === "object" && !Array.isArray(c) && Object.keys(c).length === 0) continue;
    out[k] = c;
  }
  return out;
}

const isNumber = (v: Figure): v is number => typeof v === "number";

type IpCounts = ReturnType<typeof ipCounts>;

/** Σ exactly (万元 with decimals), or undefined when any term is not known. */
function total(values: readonly Figure[]): number | undefined {
  if (!values.every(isNumber)) return undefined;
  // Counts: while the terms and every partial sum are safe integers, the doubles' sum is the exact one.
  let plain = 0;
  for (const v of values) {
    plain += v;
    if (!Number.isSafeInteger(v) || !Number.isSafeInteger(plain)) return toNumber(sum(values.map(exact)));
  }
  return plain;
}

/** The rows of the years `first`…`last` the record has, oldest first. */
function rows(years: Years, first: number, last: number): YearFigures[] {
  const out: YearFigures[] = [];
  for (let y = first; y <= last; y++) {
    const row = years.row(y);
    if (row !== undefined) out.push(row);
  }
  return out;
}

/** Σ of a class's types (self-developed + acquired): a type absent from `ip` is not known, so neither is the sum. */
function classCount(ip: IpOwned | null | undefined, types: readonly IpType[]): number | undefined {
  return total(types.map((t) => (ip?.[t] ? total([ip[t]?.selfDeveloped, ip[t]?.acquired]) : undefined)));
}

/** The counts the engines read, from one year's `ip`: a type absent from `ip` is not known, so neither is its class's count. */
function ipCounts(ip: IpOwned | null | undefined) {
  return {
    classI: classCount(ip, CLASS_I_TYPES),
    classII: classCount(ip, CLASS_II_TYPES),
    selfDevelopedClassI: total(CLASS_I_TYPES.map((t) => ip?.[t]?.selfDeveloped)),
    highValueClassI: given(ip?.highValueClassI),
    appliedClassI: given(ip?.appliedClassI),
    appliedClassINotTransferred: given(ip?.appliedClassINotTransferred),
    classINotTransferredTop3: given(ip?.classINotTransferredTop3),
    classIIUnused: given(ip?.classIIUnused),
  };
}

/** Years of validity: 高企 三年 (high-tech-enterprise.md §3); 创新型/专精特新/小巨人 三年 (specialized-sme.md). */
const VALID_YEARS: Record<CertificateTier, number> = { "high-tech": 3, "tech-sme": 1, "innovative-sme": 3, "specialized-sme": 3, "little-giant": 3 };

/** The day before the same date `years` later: 2023-12-12 + 3 years → 2026-12-11. */
function lastDay(from: string, years: number): string {
  const [y, m, d] = from.split("-").map(Number);
  return new Date(Date.UTC((y ?? 0) + years, (m ?? 1) - 1, (d ?? 1) - 1)).toISOString().slice(0, 10);
}

/**
 * Whether a certificate is valid on `date`: by its dates where given (validUntil, else validFrom + its years − 1 day);
 * from its year alone, certain only for the years wholly inside (高企 of 2023: all of 2024–2025), unknown (null) in the
 * year it was granted and in the year it ends. A 科小 registration without dates is valid in its year (tech-sme.md §4).
 */
function validOn(c: Certificate, date: string): Tri {
  const from = c.validFrom && isIsoDate(c.validFrom) ? c.validFrom : null;
  const until = c.validUntil && isIsoDate(c.validUntil) ? c.validUntil : from ? lastDay(from, VALID_YEARS[c.tier]) : null;
  const year = Number.isInteger(c.year) ? c.year : null;
  if (c.tier === "tech-sme" && !from && !until) return year === null ? null : year === yearOf(date);
  const n = VALID_YEARS[c.tier];
  const started = from ? from <= date : year === null ? null : yearOf(date) > year ? true : yearOf(date) < year ? false : null;
  const notEnded = until ? date <= until : year === null ? null : yearOf(date) < year + n ? true : yearOf(date) > year + n ? false : null;
  return and(started, notEnded);
}

/** A confirmed certificate, where it stands in the record, and its validity on the date once worked out. */
type Confirmed = { readonly index: number; readonly certificate: Certificate; valid?: Tri };

/** The record's confirmed certificates on one date: each one's validity is worked out once, however many tiers ask. */
class Titles {
  private readonly confirmed: Confirmed[] = [];
  constructor(
    record: RegistryRecord,
    private readonly date: string,
  ) {
    record.certificates.forEach((certificate, index) => {
      if (certificate.confirmed === true) this.confirmed.push({ index, certificate });
    });
  }

  private validOn(c: Confirmed): Tri {
    if (c.valid === undefined) c.valid = validOn(c.certificate, this.date);
    return c.valid;
  }

  /** Whether a confirmed certificate of `tier` is valid on the date: true if one is, false if none can be, null otherwise. */
  holds(tier: CertificateTier): Tri {
    let held: Tri = false;
    for (const c of this.confirmed) if (c.certificate.tier === tier) held = or(held, this.validOn(c));
    return held;
  }

  /** The confirmed certificate of `tier` valid on the date (the latest, if several), or null. */
  held(tier: CertificateTier): Certificate | null {
    const valid: Certificate[] = [];
    for (const c of this.confirmed) if (c.certificate.tier === tier && this.validOn(c) === true) valid.push(c.certificate);
    return valid.sort((a, b) => b.year - a.year)[0] ?? null;
  }

  /** The index in the record of the first confirmed certificate of `tier` whose validity on the date is unknown, or −1. */
  firstUnknown(tier: CertificateTier): number {
    for (const c of this.confirmed) if (c.certificate.tier === tier && this.validOn(c) === null) return c.index;
    return -1;
  }

  /** A confirmed certificate of `tier` granted in `year`. */
  granted(tier: CertificateTier, year: number): boolean {
    return this.confirmed.some((c) => c.certificate.tier === tier && c.certificate.year === year);
  }
}

type SharedMsme = { input: Json; years: Years; read: Read<MsmeInput> };

/**
 * The engines read the inputs built here as engineInput gives them, compacted, but without the copy: the readers are
 * told to take an absent field (undefined, null, or an object with nothing else) as compacting would drop it.
 */
const AS_COMPACTED = { asCompacted: true } as const;

/** What the mapping of every tier reads of one record on one date, worked out once. */
class Context {
  /** The founding year, or −∞ when the founding date is not known. */
  readonly founded: number;
  readonly titles: Titles;
  private readonly counts = new Map<IpOwned | null | undefined, IpCounts>();
  private sharedMsme: SharedMsme | undefined;
  constructor(
    readonly record: RegistryRecord,
    readonly on: string,
  ) {
    this.founded = record.foundedOn && isIsoDate(record.foundedOn) ? yearOf(record.foundedOn) : -Infinity;
    this.titles = new Titles(record, on);
  }

  /** The 专精特新/小巨人 input without `review`, built and read (as compacted) once: the same for both tiers. */
  msme(): SharedMsme {
    if (!this.sharedMsme) {
      const years = new Years(this);
      const input = msme(this, years, undefined);
      this.sharedMsme = { input, years, read: readMsmeInput(input, AS_COMPACTED) };
    }
    return this.sharedMsme;
  }

  /** ipCounts of a year's `ip`, which every tier reads. */
  ip(ip: IpOwned | null | undefined): IpCounts {
    let counts = this.counts.get(ip);
    if (!counts) {
      counts = ipCounts(ip);
      this.counts.set(ip, counts);
    }
    return counts;
  }
}

/** The record's years, noting each one read for a figure placed outside `fiscalYears` (the engines check those themselves). */
class Years {
  /** The years read, each once, in the order first read. */
  readonly read: number[] = [];
  constructor(private readonly ctx: Context) {}
  /** The first row of `year` (validate.ts refuses duplicates). */
  row(year: number): YearFigures | undefined {
    return this.ctx.record.years.find((y) => y.year === year);
  }
  figures(year: number): YearFigures | undefined {
    if (!this.read.includes(year)) this.read.push(year);
    return this.row(year);
  }
  /** 当年新增股权融资 over the `n` fiscal years up to `last`; the years before the founding year count nothing. */
  equity(last: number, n: number): number | undefined {
    const amounts: Figure[] = [];
    for (let y = last - n + 1; y <= last; y++) if (y >= this.ctx.founded) amounts.push(this.figures(y)?.equityFinancing);
    return total(amounts);
  }
}

/** reviewUnknown: the path of a title of the same tier whose validity on the date cannot be told (a 复核 or not). */
type Built = { input: Json; years: Years; reviewUnknown?: string };

function highTech(ctx: Context, years: Years): Json {
  const { record: r, on } = ctx;
  const f = r.facts;
  const founded = r.foundedOn && isIsoDate(r.foundedOn) && r.foundedOn <= on ? r.foundedOn : undefined;
  const { first, last } = fiscalWindow(on, founded);
  const window = rows(years, first, last);
  const latest = years.figures(last);
  const ip = ctx.ip(latest?.ip);
  // Ⅱ类 used in an earlier 认定 no longer count (工作指引): with a 高企 certificate on record, only classIIUnused is known.
  const classII = ip.classIIUnused ?? (r.certificates.some((c) => c.tier === "high-tech") ? undefined : ip.classII);
  let conversions: number | undefined;
  if (first <= last) {
    const converted: Figure[] = [];
    for (let year = first; year <= last; year++) converted.push(years.figures(year)?.resultsConverted);
    conversions = total(converted);
  }
  return {
    assessedOn: on,
    registeredOn: r.foundedOn,
    ownsCoreIp: f.ownsCoreIp,
    techFieldInCatalogue: f.techFieldInCatalogue,
    employees: latest?.employees,
    techStaff: latest?.techStaff,
    fiscalYears: window.map((y) => ({ year: y.year, salesRevenue: y.salesRevenue, rdExpense: y.rdExpense, rdExpenseDomestic: y.rdExpenseDomestic, netAssets: y.netAssets })),
    highTechRevenue: latest?.highTechRevenue,
    totalRevenue: latest?.totalRevenue,
    majorIncidentPastYear: f.majorIncidentPastYear,
    innovation: {
      ip: { advancement: f.hteAdvancement, coreSupport: f.hteCoreSupport, classICount: ip.classI, classIICount: classII, quantityPoints: f.hteQuantityPoints, acquisition: f.hteAcquisition, standards: f.hteStandards },
      conversions: { count: conversions, points: f.hteConversionPoints },
      rdManagement: f.hteRdManagement,
      growth: f.hteGrowth,
    },
  };
}

/** 省部级以上研发机构: the declared fact, else read from rdInstitutionLevel when that is given. */
const provincialRdInstitution = (r: RegistryRecord) => r.facts.provincialRdInstitution ?? (r.facts.rdInstitutionLevel ? ["national", "provincial"].includes(r.facts.rdInstitutionLevel) : undefined);

function techSme(ctx: Context, years: Years): Json {
  const { record: r, on, titles } = ctx;
  const f = r.facts;
  const y = years.figures(yearOf(on) - 1);
  const ip = ctx.ip(y?.ip);
  return {
    assessedOn: on,
    residentEnterprise: f.residentEnterprise,
    restrictedIndustry: f.restrictedIndustry,
    integrityOk: f.integrityOk,
    employees: y?.employees,
    techStaff: y?.techStaff,
    salesRevenue: y?.salesRevenue,
    totalAssets: y?.totalAssets,
    rdExpense: y?.rdExpense,
    costExpense: y?.costExpense,
    rdBasis: f.rdBasis,
    ipClassI: ip.classI,
    ipClassII: ip.classII,
    direct: { highTechCertValid: titles.holds("high-tech"), nationalAwardTop3Last5y: f.nationalAwardTop3Last5y, provincialRdInstitution: provincialRdInstitution(r), ledStandardLast5y: f.ledStandardLast5y },
  };
}

/** 当年入库的科技型中小企业: a confirmed 科小 registration of the assessment year. */
const techSmeRegistered = ({ titles, on }: Context) => titles.granted("tech-sme", yearOf(on));

function innovativeSme(ctx: Context, years: Years): Json {
  const { record: r, on } = ctx;
  const f = r.facts;
  const last = yearOf(on) - 1;
  const y = years.figures(last);
  const ip = ctx.ip(y?.ip);
  return {
    assessedOn: on,
    ...basic(r),
    direct: {
      sciAwardLast3y: f.sciAwardLast3y,
      // 63号 附件1: the honours include 高新技术企业 (in validity); facts.honourValid stands for the others.
      honourValid: or(f.honourValid ?? null, ctx.titles.holds("high-tech")),
      provincialRdInstitution: provincialRdInstitution(r),
      equityFinancingLast3y: years.equity(last, 3),
    },
    techSmeRegistered: techSmeRegistered(ctx),
    ip: { highValueClassI: ip.highValueClassI, selfDevelopedClassI: ip.selfDevelopedClassI, classI: ip.classI, classII: ip.classII },
    rdExpense: y?.rdExpense,
    operatingRevenue: y?.operatingRevenue,
    mainBusinessRevenue: y?.mainBusinessRevenue,
    mainBusinessRevenuePrevYear: years.figures(last - 1)?.mainBusinessRevenue,
    totalAssets: y?.totalAssets,
    totalLiabilities: y?.totalLiabilities,
    strategicEmergingIndustry: f.strategicEmergingIndustry,
  };
}

const basic = ({ facts: f }: RegistryRecord) => ({ smeByClassification: f.smeByClassification, independentLegalPerson: f.independentLegalPerson, abnormalOrDishonest: f.abnormalOrDishonest, restrictedIndustry: f.restrictedIndustry });

/**
 * 专精特新 and 小巨人 share one input but `review`: a 复核 of a title of the same tier held on the assessment date
 * (undefined: left out, as when its validity is unknown).
 */
function msme(ctx: Context, years: Years, review: Tri | undefined): Json {
  const { record: r, on, titles } = ctx;
  const f = r.facts;
  const last = yearOf(on) - 1;
  const y = years.figures(last);
  const ip = ctx.ip(y?.ip);
  const innovativeTitle = titles.holds("innovative-sme");
  return {
    assessedOn: on,
    review,
    ...basic(r),
    majorIncidentLast3y: f.majorIncidentLast3y,
    innovativeSmeTitleValid: innovativeTitle,
    // 2号 (secondary): a 创新型 title held, or a 科小 registered this year, is a 科技和创新型中小企业 (msme/innovative.ts).
    techInnovativeTitleValid: or(innovativeTitle, techSmeRegistered(ctx)),
    specializedSmeTitleValid: titles.holds("specialized-sme"),
    marketSegmentYears: f.marketSegmentYears,
    fiscalYears: rows(years, last - 2, last).map((row) => ({ year: row.year, operatingRevenue: row.operatingRevenue, mainBusinessRevenue: row.mainBusinessRevenue, rdExpense: row.rdExpense })),
    netProfit: y?.netProfit,
    totalAssets: y?.totalAssets,
    totalLiabilities: y?.totalLiabilities,
    employees: y?.employees,
    rdStaff: y?.rdStaff,
    equityFinancingLast2y: years.equity(last, 2),
    ip: { highValueClassI: ip.highValueClassI, selfDevelopedClassI: ip.selfDevelopedClassI, classI: ip.classI, classII: ip.classII, appliedClassI: ip.appliedClassI, appliedClassINotTransferred: ip.appliedClassINotTransferred, classINotTransferredTop3: ip.classINotTransferredTop3 },
    ...pick(f, ["awards", "makerChinaLast3y", "rdInstitutionLevel", "productField", "digitalLevel", "quality", "ownBrand", "characteristicPoints", "digitalCoreBusiness", "highReputation", "supplyChainKeyLink", "keyField", "marketShare", "marketPositionLeading", "developmentScore", "developmentScorePrevYear"]),
  };
}

/** The path of the first title of `tier` whose validity on the date cannot be told (so whether this is a 复核 cannot either). */
const reviewUnknownPath = (ctx: Context, tier: CertificateTier) => `certificates[${ctx.titles.firstUnknown(tier)}].validUntil`;

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = o[k];
  return out;
}

function build(ctx: Context, tier: Tier): Built {
  const years = new Years(ctx);
  switch (tier) {
    case "high-tech":
      return { input: highTech(ctx, years), years };
    case "tech-sme":
      return { input: techSme(ctx, years), years };
    case "innovative-sme":
      return { input: innovativeSme(ctx, years), years };
    case "specialized-sme":
    case "little-giant": {
      const review = ctx.titles.holds(tier);
      const input = msme(ctx, years, review);
      return review === null ? { input, years, reviewUnknown: reviewUnknownPath(ctx, tier) } : { input, years };
    }
  }
}

/**
 * The input the engine of `tier` expects, built from the record for an assessment on `assessedOn`. Fiscal years:
 * 高企 the window of fiscalWindow (three years before the assessment year, fewer when founded later); 专精特新/小巨人 the
 * three years before; everything else from the last complete fiscal year (assessedOn's year − 1). Absent figures,
 * years and unknown certificate validity are left out.
 */
export function engineInput(record: RegistryRecord, tier: Tier, assessedOn: string): Record<string, unknown> {
  return compact(build(new Context(record, assessedOn), tier).input) as Record<string, unknown>;
}

/**
 * One tier, with what the engine cannot see added to the result: each year the mapping read a figure from that
 * the record lacks (since the founding year) is listed as missing (the 科小 and 创新型 engines get single figures,
 * not years, and would not say so); and a title whose validity is unknown leaves open whether this is a 复核 —
 * the first-认定 result is given, undecided unless the 复核 reading decides the same.
 */
function assessTier(ctx: Context, tier: Tier): AssessOutcome {
  const { record } = ctx;
  let outcome: AssessOutcome;
  let years: Years;
  const added: FieldIssue[] = [];
  if (tier === "specialized-sme" || tier === "little-giant") {
    // Both tiers read one input, built and read once per record; only `review` is the tier's own.
    const shared = ctx.msme();
    const review = ctx.titles.holds(tier);
    outcome = assessMsme(tier, withReview(shared, review ?? undefined));
    if (!outcome.ok) return outcome;
    years = shared.years;
    if (review === null) {
      const asReview = assessMsme(tier, withReview(shared, true));
      if (!asReview.ok || asReview.result.eligible !== outcome.result.eligible) outcome.result.eligible = null;
      added.push({ path: reviewUnknownPath(ctx, tier), key: "enterprise.review_unknown" });
    }
  } else {
    const built = build(ctx, tier);
    outcome = assess(tier, built.input, AS_COMPACTED);
    if (!outcome.ok) return outcome;
    years = built.years;
  }
  // The result is the engine's own, made for this call: amended in place (its members keep their order).
  const result = outcome.result;
  const reported = new Set(result.missing.filter((m) => m.key === "assess.missing_year").map((m) => m.params?.year));
  for (const year of years.read.sort((a, b) => a - b)) {
    if (year >= ctx.founded && !reported.has(year) && !record.years.some((y) => y.year === year)) added.push({ path: "fiscalYears", key: "assess.missing_year", params: { year } });
  }
  if (added.length > 0) {
    result.missing = [...result.missing, ...added];
    result.incomplete = true;
  }
  return outcome;
}

/** The 专精特新/小巨人 input with the tier's `review`: as reading the input with that `review` would give it. */
function withReview(shared: SharedMsme, review: boolean | undefined): Read<MsmeInput> {
  // `review` is a boolean or left out: it adds no field error, and a read with errors is read again for fresh ones.
  return shared.read.input ? { input: { ...shared.read.input, review }, errors: [] } : readMsmeInput(shared.input, AS_COMPACTED);
}

export type RecordAssessment = {
  assessedOn: string;
  tiers: { tier: Tier; held: Certificate | null; outcome: AssessOutcome; gaps: Gap[] }[];
  nearest: { tier: Tier; unmet: number } | null;
};

/** Every tier for one record: the certificate held (confirmed, valid on the date), the outcome, its gaps, and the nearest tier not held. */
export function assessRecord(record: RegistryRecord, assessedOn: string): RecordAssessment {
  const ctx = new Context(record, assessedOn);
  const tiers = TIERS.map((tier) => {
    const outcome = assessTier(ctx, tier);
    return { tier, held: ctx.titles.held(tier), outcome, gaps: outcome.ok ? gaps(outcome.result) : [] };
  });
  // The tiers not held, with the gaps nearestTier would work out again.
  const open: { result: AssessmentResult; gaps: Gap[] }[] = [];
  for (const t of tiers) if (t.held === null && t.outcome.ok) open.push({ result: t.outcome.result, gaps: t.gaps });
  const nearest = nearestOf(open);
  return { assessedOn, tiers, nearest: nearest ? { tier: nearest.tier, unmet: nearest.unmet } : null };
}

/** How far a data threshold may fall short, relative to its requirement, for the enterprise to be within reach. */
const REACH = 0.25;

function closeGap(gap: Gap, c: Condition | undefined): boolean {
  if (!c || c.basis !== "data" || c.met !== false || c.required.kind !== "threshold" || !c.required.value || gap.shortfall === null) return false;
  return Math.abs(gap.shortfall / c.required.value) <= REACH;
}

/**
 * The proposal rule of the 高企后备库 (or of another tier's reserve): the enterprise holds no valid certificate of
 * the tier, and either is eligible, or — undecided or not eligible — is kept out by one or two conditions only, each
 * a threshold on data (not an expert judgement, declaration or missing figure) short by at most 25 % of its
 * requirement (研发费用占比 3.2 % against 4 %: 0.8 ÷ 4 = 20 %). The "or meet a direct condition" note of a gap
 * report is an alternative, not a blocking condition, and is not counted.
 */
export function withinReach(a: RecordAssessment, tier: Tier = "high-tech"): boolean {
  const entry = a.tiers.find((t) => t.tier === tier);
  if (!entry || entry.held !== null || !entry.outcome.ok) return false;
  const { result } = entry.outcome;
  if (result.eligible === true) return true;
  const blocking = entry.gaps.filter((g) => g.conditionId !== "direct");
  return blocking.length >= 1 && blocking.length <= 2 && blocking.every((g) => closeGap(g, result.conditions.find((c) => c.id === g.conditionId)));
}
