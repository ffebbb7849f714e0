/**
 * Request and response schemas of the enterprises module (企业培育). The schemas check types and shapes; the rules
 * that relate figures to each other (科技人员 ≤ 职工总数, 境内研发 ≤ 研发费用 …) are checked by
 * src/shared/enterprise/validate.ts, so the pages give the same errors before anything is sent.
 */
import { z, IsoDate, CreditCode } from "../../platform/validation.ts";
import { PageQuery } from "../../platform/http.ts";
import { CITIES } from "../../../shared/regions.ts";
import { CERTIFICATE_LEVELS, CERTIFICATE_TIERS, IP_TYPES } from "../../../shared/enterprise/record.ts";
import { TIERS } from "../../../shared/eligibility/index.ts";
import { RESERVE_STAGES } from "../../../shared/enterprise/reserve.ts";




const CityCode = z.enum(CITIES.map((c) => c.code) as [string, ...string[]]);
const Year = z.coerce.number().int().min(1990).max(2100);
const money = () => z.number().finite().min(-1e9).max(1e9).nullish();
const count = () => z.number().int().min(-1e7).max(1e7).nullish();
const flag = () => z.boolean().nullish();
const text = (max: number) => z.string().trim().max(max).nullish();

export const STAGES = RESERVE_STAGES;
export const YEAR_STATUSES = ["draft", "submitted", "confirmed", "returned"] as const;

const IpHolding = z.object({ selfDeveloped: count(), acquired: count() }).strict();
export const IpOwned = z
  .object({
    ...Object.fromEntries(IP_TYPES.map((t) => [t, IpHolding.nullish()])),
    highValueClassI: count(),
    appliedClassI: count(),
    appliedClassINotTransferred: count(),
    classINotTransferredTop3: count(),
    classIIUnused: count(),
  })
  .strict();

/** One fiscal year's figures; money in 万元. */
export const YearFiguresInput = z
  .object({
    employees: count(),
    techStaff: count(),
    rdStaff: count(),
    operatingRevenue: money(),
    mainBusinessRevenue: money(),
    salesRevenue: money(),
    totalRevenue: money(),
    highTechRevenue: money(),
    rdExpense: money(),
    rdExpenseDomestic: money(),
    costExpense: money(),
    totalAssets: money(),
    netAssets: money(),
    totalLiabilities: money(),
    netProfit: money(),
    equityFinancing: money(),
    ip: IpOwned.nullish(),
    standardsLed: count(),
    resultsConverted: count(),
  })
  .strict()
  .openapi("EnterpriseYearFiguresInput");
export type YearFiguresInput = z.infer<typeof YearFiguresInput>;

const Graded = z.object({ grade: z.string().max(10), points: z.number().finite().nullish() }).strict();

export const FactsInput = z
  .object({
    residentEnterprise: flag(),
    smeByClassification: flag(),
    independentLegalPerson: flag(),
    restrictedIndustry: flag(),
    abnormalOrDishonest: flag(),
    integrityOk: flag(),
    majorIncidentPastYear: flag(),
    majorIncidentLast3y: flag(),
    strategicEmergingIndustry: flag(),
    marketSegmentYears: z.number().finite().nullish(),
    rdBasis: z.enum(["sales", "cost"]).nullish(),
    ownsCoreIp: flag(),
    techFieldInCatalogue: flag(),
    hteAdvancement: Graded.nullish(),
    hteCoreSupport: Graded.nullish(),
    hteQuantityPoints: z.number().finite().nullish(),
    hteAcquisition: Graded.nullish(),
    hteStandards: Graded.nullish(),
    hteConversionPoints: z.number().finite().nullish(),
    hteRdManagement: z.object({ system: z.number().finite().nullish(), institution: z.number().finite().nullish(), conversionIncentive: z.number().finite().nullish(), talent: z.number().finite().nullish() }).strict().nullish(),
    hteGrowth: z.object({ netAssetsPoints: z.number().finite().nullish(), salesPoints: z.number().finite().nullish() }).strict().nullish(),
    nationalAwardTop3Last5y: flag(),
    sciAwardLast3y: flag(),
    honourValid: flag(),
    provincialRdInstitution: flag(),
    ledStandardLast5y: flag(),
    awards: z.object({ provincialTop3Last3y: flag(), nationalLast3y: flag(), nationalTop3Last3y: flag() }).strict().nullish(),
    makerChinaLast3y: z.enum(["top50", "top500", "none"]).nullish(),
    rdInstitutionLevel: z.enum(["national", "provincial", "municipal", "below-municipal", "none"]).nullish(),
    productField: z.enum(["breakthrough", "foundation", "other"]).nullish(),
    digitalLevel: z.number().finite().nullish(),
    quality: z.object({ provincialQualityAward: flag(), qualitySystemCert: flag(), developedMarketCert: flag(), standardsParticipation: flag() }).strict().nullish(),
    ownBrand: flag(),
    characteristicPoints: z.number().finite().nullish(),
    digitalCoreBusiness: flag(),
    highReputation: flag(),
    supplyChainKeyLink: flag(),
    keyField: flag(),
    marketShare: z.object({ nationalPct: z.number().finite().nullish(), internationalPct: z.number().finite().nullish(), nationalTop3: flag() }).strict().nullish(),
    marketPositionLeading: flag(),
    developmentScore: z.number().finite().nullish(),
    developmentScorePrevYear: z.number().finite().nullish(),
  })
  .strict()
  .openapi("EnterpriseFactsInput");

/** Registers an enterprise: an existing enterprise organisation (orgId), or a new one from its name and credit code. */
export const EnterpriseCreate = z
  .object({
    orgId: z.uuid().nullish(),
    name: z.string().trim().min(2).max(100).nullish(),
    creditCode: CreditCode.nullish(),
    cityCode: CityCode.nullish(),
    districtCode: z.string().regex(/^\d{6}$/).nullish(),
    industry: text(100),
    domain: text(50),
    foundedOn: IsoDate.nullish(),
    facts: FactsInput.optional(),
  })
  .openapi("EnterpriseCreate");
export type EnterpriseCreate = z.infer<typeof EnterpriseCreate>;

export const EnterpriseUpdate = z
  .object({ districtCode: z.string().regex(/^\d{6}$/).nullish(), industry: text(100), domain: text(50), foundedOn: IsoDate.nullish(), facts: FactsInput.optional() })
  .openapi("EnterpriseUpdate");
export type EnterpriseUpdate = z.infer<typeof EnterpriseUpdate>;

export const CertificateInput = z
  .object({
    tier: z.enum(CERTIFICATE_TIERS),
    number: z.string().trim().max(50).nullish(),
    year: z.number().int().min(1990).max(2100),
    level: z.enum(CERTIFICATE_LEVELS).nullish(),
    validFrom: IsoDate.nullish(),
    validUntil: IsoDate.nullish(),
  })
  .openapi("EnterpriseCertificateInput");
export type CertificateInput = z.infer<typeof CertificateInput>;

export const ReturnBody = z.object({ reason: z.string().trim().min(2).max(1000) }).openapi("EnterpriseYearReturn");

export const EnterpriseListQuery = PageQuery.extend({
  cityCode: CityCode.optional(),
  status: z.enum(YEAR_STATUSES).optional(),
  /** Holding a valid certificate of this tier today. */
  holds: z.enum(CERTIFICATE_TIERS).optional(),
  /** Eligible now (stored assessment) for this tier. */
  eligibleFor: z.enum(TIERS).optional(),
});
export type EnterpriseListQuery = z.infer<typeof EnterpriseListQuery>;

export const YearParams = z.object({ id: z.uuid(), year: Year });
export const CertificateParams = z.object({ id: z.uuid(), certificateId: z.uuid() });
export const AssessQuery = z.object({ date: IsoDate.optional() });

const YearView = YearFiguresInput.extend({
  year: z.number().int(),
  status: z.enum(YEAR_STATUSES),
  returnReason: z.string().nullable(),
  submittedAt: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  updatedAt: z.string(),
});

export const CertificateView = z.object({
  id: z.string(),
  tier: z.string(),
  number: z.string().nullable(),
  year: z.number().int(),
  level: z.string().nullable(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  confirmed: z.boolean(),
});

const AssessmentSummary = z.object({ tier: z.string(), eligible: z.boolean().nullable(), score: z.number().nullable(), unmet: z.number().int(), incomplete: z.boolean(), held: z.boolean(), withinReach: z.boolean() });

export const EnterpriseListItem = z
  .object({
    id: z.string(),
    name: z.string(),
    creditCode: z.string().nullable(),
    cityCode: z.string(),
    industry: z.string().nullable(),
    domain: z.string().nullable(),
    foundedOn: z.string().nullable(),
    latestYear: z.number().int().nullable(),
    latestStatus: z.string().nullable(),
    certificates: z.array(z.string()),
    eligible: z.array(z.string()),
    isDemo: z.boolean(),
  })
  .openapi("EnterpriseListItem");

export const EnterpriseDetail = z
  .object({
    id: z.string(),
    name: z.string(),
    creditCode: z.string().nullable(),
    cityCode: z.string(),
    districtCode: z.string().nullable(),
    industry: z.string().nullable(),
    domain: z.string().nullable(),
    foundedOn: z.string().nullable(),
    isDemo: z.boolean(),
    facts: z.record(z.string(), z.unknown()),
    years: z.array(YearView),
    certificates: z.array(CertificateView),
    assessments: z.array(AssessmentSummary),
    reserve: z.array(z.object({ id: z.string(), year: z.number().int(), stage: z.string() })),
    abilities: z.object({ edit: z.boolean(), confirm: z.boolean(), certify: z.boolean(), nominate: z.boolean() }),
    updatedAt: z.string(),
  })
  .openapi("EnterpriseDetail");

const GapView = z.object({ conditionId: z.string(), label: z.string(), text: z.string(), shortfall: z.number().nullable(), options: z.array(z.object({ label: z.string(), text: z.string() })).optional() });

export const AssessmentView = z
  .object({
    assessedOn: z.string(),
    tiers: z.array(
      z.object({
        tier: z.string(),
        tierName: z.string(),
        held: CertificateView.omit({ id: true }).partial().nullable(),
        /** The engine's result (docs/assess-input.md), or the field errors that kept it from running. */
        result: z.record(z.string(), z.unknown()).nullable(),
        errors: z.array(z.object({ path: z.string(), message: z.string() })),
        gaps: z.array(GapView),
        missing: z.array(z.object({ path: z.string(), message: z.string() })),
      }),
    ),
    nearest: z.object({ tier: z.string(), tierName: z.string(), unmet: z.number().int() }).nullable(),
    growth: z.array(z.record(z.string(), z.number().nullable())),
  })
  .openapi("EnterpriseAssessment");

export const ReserveCreate = z
  .object({ orgId: z.uuid(), year: z.number().int().min(2000).max(2100), source: z.enum(["officer", "engine"]).default("officer"), note: text(1000) })
  .openapi("ReserveCreate");
export type ReserveCreate = z.infer<typeof ReserveCreate>;

export const ReserveUpdate = z
  .object({
    stage: z.enum(STAGES).optional(),
    appliedOn: IsoDate.nullish(),
    decidedOn: IsoDate.nullish(),
    note: text(1000),
    /** When the stage becomes certified: the 高企 certificate that came of it. */
    certificate: CertificateInput.omit({ tier: true }).optional(),
  })
  .openapi("ReserveUpdate");
export type ReserveUpdate = z.infer<typeof ReserveUpdate>;

export const VisitCreate = z
  .object({ visitedOn: IsoDate, visitors: z.string().trim().min(2).max(200), topics: z.string().trim().min(2).max(1000), notes: text(4000) })
  .openapi("CoachingVisitCreate");
export type VisitCreate = z.infer<typeof VisitCreate>;

export const VisitView = z.object({ id: z.string(), visitedOn: z.string(), visitors: z.string(), topics: z.string(), notes: z.string().nullable(), createdAt: z.string() });

export const ReserveEntryView = z
  .object({
    id: z.string(),
    orgId: z.string(),
    name: z.string(),
    creditCode: z.string().nullable(),
    cityCode: z.string(),
    year: z.number().int(),
    source: z.string(),
    stage: z.enum(STAGES),
    appliedOn: z.string().nullable(),
    decidedOn: z.string().nullable(),
    note: z.string().nullable(),
    visits: z.array(VisitView),
    highTech: AssessmentSummary.nullable(),
    updatedAt: z.string(),
  })
  .openapi("ReserveEntry");

export const ReserveListQuery = PageQuery.extend({ cityCode: CityCode.optional(), year: Year.optional(), stage: z.enum(STAGES).optional() });
export type ReserveListQuery = z.infer<typeof ReserveListQuery>;

export const CandidateQuery = PageQuery.extend({ cityCode: CityCode.optional(), year: Year.optional() });
export type CandidateQuery = z.infer<typeof CandidateQuery>;

export const Candidate = z
  .object({ orgId: z.string(), name: z.string(), cityCode: z.string(), eligible: z.boolean().nullable(), unmet: z.number().int(), score: z.number().nullable(), incomplete: z.boolean() })
  .openapi("ReserveCandidate");

export const FunnelQuery = z.object({ year: Year.optional(), cityCode: CityCode.optional() });

const FunnelRow = z.object({
  cityCode: z.string(),
  year: z.number().int(),
  registered: z.number().int(),
  techSme: z.number().int(),
  reserve: z.number().int(),
  applied: z.number().int(),
  certified: z.number().int(),
  validHighTech: z.number().int(),
  expiring: z.number().int(),
});
export const FunnelView = z
  .object({ year: z.number().int(), rows: z.array(FunnelRow), trend: z.array(FunnelRow), definitions: z.record(z.string(), z.string()), demo: z.boolean() })
  .openapi("EnterpriseFunnel");

export const ImportResult = z
  .object({ created: z.number().int(), updated: z.number().int(), years: z.number().int(), certificates: z.number().int(), rows: z.number().int() })
  .openapi("EnterpriseImportResult");
