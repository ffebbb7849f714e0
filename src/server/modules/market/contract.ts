/**
 * Request and response schemas of the technology marketplace (技术交易市场). Shapes and types here; the rules of
 * a patent record (number, type, dates, IPC) in src/shared/market/patent-record.ts, shared with the pages.
 */
import { z, IsoDate } from "../../platform/validation.ts";
import { PageQuery } from "../../platform/http.ts";
import { CITIES } from "../../../shared/regions.ts";

export const KINDS = ["achievement", "patent", "demand", "expert"] as const;
export type Kind = (typeof KINDS)[number];
export const DOMAINS = ["光电子信息", "新能源与智能网联汽车", "生命健康", "高端装备", "北斗", "人工智能"] as const;
export const TRANSFER_MODES = ["转让", "许可", "作价入股", "合作开发"] as const;
export const CONTRACT_TYPES = ["development", "transfer", "licensing", "consulting", "service"] as const;
export const PATENT_TYPES = ["invention", "utility_model", "design"] as const;

const CityCode = z.enum(CITIES.map((c) => c.code) as [string, ...string[]]);
const Domain = z.enum(DOMAINS);
const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish();
const Money = z.number().finite().min(0).max(1e9);

const AchievementFields = z
  .object({
    title: text(4, 200),
    summary: text(10, 5000),
    domain: Domain,
    trl: z.number().int().min(1).max(9),
    transferModes: z.array(z.enum(TRANSFER_MODES)).min(1).max(4),
    price: Money.nullish(),
    negotiable: z.boolean(),
    ownerOrgId: z.uuid(),
    contactName: optionalText(50),
    contactPhone: z.string().trim().regex(/^[0-9+\-() ]{5,30}$/).nullish(),
    contactEmail: z.email().max(200).nullish(),
    published: z.boolean(),
  })
  .strict();
export const AchievementInput = AchievementFields.extend({ negotiable: z.boolean().default(false), published: z.boolean().default(false) }).openapi("AchievementInput");
/** An update changes only the fields it names (no defaults fill the others). */
export const AchievementUpdate = AchievementFields.partial().openapi("AchievementUpdate");
export type AchievementInput = z.infer<typeof AchievementInput>;

export const PatentInput = z
  .object({
    applicationNo: z.string().trim().min(1).max(40),
    title: text(2, 300),
    abstract: z.string().trim().max(10000).default(""),
    applicants: z.array(text(1, 200)).min(1).max(50),
    inventors: z.array(text(1, 100)).max(100).default([]),
    type: z.enum(PATENT_TYPES).optional(),
    legalStatus: z.string().trim().min(1).max(20),
    ipc: z.array(z.string().trim().min(3).max(30)).max(50).default([]),
    ownerOrgId: z.uuid().nullish(),
    cityCode: CityCode,
    domain: Domain.nullish(),
    filingDate: IsoDate.nullish(),
    grantDate: IsoDate.nullish(),
    strategicEmerging: z.boolean().default(false),
    overseasFamily: z.boolean().default(false),
    pledgeAmount: z.number().finite().min(0).max(1e12).nullish(),
    nationalAward: z.boolean().default(false),
    chinaPatentAward: z.boolean().default(false),
    published: z.boolean().default(true),
  })
  .strict()
  .openapi("PatentInput");
export type PatentInput = z.infer<typeof PatentInput>;

const DemandFields = z
  .object({
    title: text(4, 200),
    description: text(10, 5000),
    domain: Domain,
    budget: Money.nullish(),
    negotiable: z.boolean(),
    deadline: IsoDate.nullish(),
    orgId: z.uuid(),
  })
  .strict();
export const DemandInput = DemandFields.extend({ negotiable: z.boolean().default(false) }).openapi("DemandInput");
export const DemandUpdate = DemandFields.partial().openapi("DemandUpdate");
export type DemandInput = z.infer<typeof DemandInput>;

const ExpertFields = z
  .object({
    name: text(2, 50),
    title: optionalText(50),
    fields: z.array(text(1, 50)).min(1).max(20),
    bio: z.string().trim().max(5000),
    domain: Domain.nullish(),
    orgId: z.uuid(),
    published: z.boolean(),
  })
  .strict();
export const ExpertInput = ExpertFields.extend({ bio: z.string().trim().max(5000).default(""), published: z.boolean().default(false) }).openapi("ExpertInput");
export const ExpertUpdate = ExpertFields.partial().openapi("ExpertUpdate");
export type ExpertInput = z.infer<typeof ExpertInput>;

export const SearchQuery = z.object({
  /** Any text: segmented, never parsed as query syntax. */
  q: z.string().max(10_000).optional(),
  kind: z.enum(KINDS).optional(),
  city: CityCode.optional(),
  domain: Domain.optional(),
  /** patent type */
  type: z.enum(PATENT_TYPES).optional(),
  /** filing year (patents) or publication year */
  year: z.coerce.number().int().min(1985).max(2100).optional(),
  /** minimum TRL (achievements) */
  maturity: z.coerce.number().int().min(1).max(9).optional(),
  transferMode: z.enum(TRANSFER_MODES).optional(),
  highValue: z.enum(["true", "false"]).optional(),
  sort: z.enum(["relevance", "date"]).default("relevance"),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

const Facet = z.array(z.object({ value: z.string(), count: z.number().int() }));
export const SearchResult = z
  .object({
    items: z.array(z.object({ kind: z.enum(KINDS), id: z.string(), title: z.string(), snippet: z.string(), score: z.number(), cityCode: z.string(), domain: z.string().nullable(), date: z.string().nullable() })),
    total: z.number().int(),
    /** False when a kind had more matches than the search counts (SEARCH_CAP): then total and the facets are lower bounds ("≥"). */
    totalExact: z.boolean(),
    facets: z.object({ kind: Facet, city: Facet, domain: Facet }),
    tokens: z.array(z.string()),
  })
  .openapi("MarketSearchResult");

export const KindParam = z.object({ kind: z.enum(["achievements", "patents", "demands", "experts"]), id: z.uuid() });
export const MineQuery = PageQuery.extend({ kind: z.enum(KINDS).default("demand") });

export const ResponseInput = z.object({ orgId: z.uuid(), message: text(2, 2000), supplyKind: z.enum(["achievement", "patent", "expert"]).nullish(), supplyId: z.uuid().nullish() }).strict().openapi("DemandResponseInput");
export type ResponseInput = z.infer<typeof ResponseInput>;

export const FeedbackInput = z
  .object({ subjectKind: z.enum(["demand", "achievement"]), subjectId: z.uuid(), targetKind: z.enum(KINDS), targetId: z.uuid(), useful: z.boolean(), rank: z.number().int().min(1).max(1000).nullish() })
  .strict()
  .openapi("MatchFeedbackInput");
export type FeedbackInput = z.infer<typeof FeedbackInput>;

export const MatchQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) });

export const MatchView = z
  .object({
    subject: z.object({ kind: z.string(), id: z.string(), title: z.string() }),
    items: z.array(
      z.object({
        kind: z.enum(KINDS),
        id: z.string(),
        title: z.string(),
        cityCode: z.string(),
        orgName: z.string().nullable(),
        score: z.number(),
        reasons: z.object({ sharedTerms: z.array(z.string()), sameDomain: z.boolean(), distanceKm: z.number().nullable(), maturity: z.number().nullable(), highValue: z.boolean().nullable(), text: z.array(z.string()) }),
        feedback: z.boolean().nullable(),
      }),
    ),
  })
  .openapi("MatchResult");

export const DealInput = z
  .object({
    title: text(2, 200),
    supplyKind: z.enum(["achievement", "patent"]).nullish(),
    supplyId: z.uuid().nullish(),
    demandId: z.uuid().nullish(),
    sellerOrgId: z.uuid(),
    buyerOrgId: z.uuid(),
    amount: Money,
    signedOn: IsoDate,
    contractType: z.enum(CONTRACT_TYPES),
    registrationNo: optionalText(40),
    registeredAmount: Money.nullish(),
    techTransactionAmount: Money.nullish(),
    domain: Domain.nullish(),
  })
  .strict()
  .openapi("DealInput");
export type DealInput = z.infer<typeof DealInput>;

export const DealListQuery = PageQuery.extend({ year: z.coerce.number().int().min(2000).max(2100).optional(), city: CityCode.optional() });
export const FlowQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional(), domain: Domain.optional() });
export const FlowView = z
  .object({
    year: z.number().int().nullable(),
    domain: z.string().nullable(),
    cells: z.array(z.object({ from: z.string(), to: z.string(), amount: z.number(), count: z.number().int() })),
    totals: z.object({ amount: z.number(), count: z.number().int(), crossCity: z.number() }),
    demo: z.boolean(),
  })
  .openapi("TechnologyFlows");

export const SlaQuery = z.object({ city: CityCode.optional() });
export const SlaView = z
  .object({
    hours: z.number(),
    overdue: z.array(z.object({ id: z.string(), title: z.string(), cityCode: z.string(), orgName: z.string(), publishedAt: z.string(), hoursWaiting: z.number() })),
    distribution: z.array(z.object({ cityCode: z.string(), responded: z.number().int(), waiting: z.number().int(), overdue: z.number().int(), p50Hours: z.number().nullable(), p90Hours: z.number().nullable(), buckets: z.array(z.object({ label: z.string(), count: z.number().int() })) })),
    /** Some demand counted is demo data (示例数据). */
    demo: z.boolean(),
  })
  .openapi("DemandSla");
