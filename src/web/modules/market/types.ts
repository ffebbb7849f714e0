/**
 * The marketplace's records as the API serves them (src/server/modules/market/contract.ts and service/records.ts):
 * achievements (科技成果), patents (专利), demands (技术需求) and experts (专家), the public search, matches and
 * responses. Money is in 万元, as the server stores it.
 */
import type { HighValueCategory } from "../../../shared/market/high-value.ts";
import type { LegalStatus, PatentType } from "../../../shared/market/patent-record.ts";

export const KINDS = ["achievement", "patent", "demand", "expert"] as const;
export type Kind = (typeof KINDS)[number];
export const isKind = (value: string | null | undefined): value is Kind => (KINDS as readonly (string | null | undefined)[]).includes(value);

/** The kind as it appears in paths (/market/achievements/…, /portal/patents/…). */
export const KIND_PATH = { achievement: "achievements", patent: "patents", demand: "demands", expert: "experts" } as const satisfies Record<Kind, string>;
export type KindPath = (typeof KIND_PATH)[Kind];
export const kindOfPath = (segment: string | undefined): Kind | null => KINDS.find((k) => KIND_PATH[k] === segment) ?? null;

export type DemandStatus = "draft" | "published" | "closed";

type Common = {
  id: string;
  cityCode: string;
  domain: string | null;
  published: boolean;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
  /** The owner organisation's name. */
  orgName: string | null;
  abilities: { manage: boolean };
};

export type Achievement = Common & {
  kind: "achievement";
  title: string;
  summary: string;
  trl: number | null;
  transferModes: string[];
  price: number | null;
  negotiable: boolean;
  ownerOrgId: string;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
};

export type Patent = Common & {
  kind: "patent";
  applicationNo: string;
  title: string;
  abstract: string;
  applicants: string[];
  inventors: string[];
  type: PatentType;
  legalStatus: LegalStatus;
  ipc: string[];
  ownerOrgId: string | null;
  filingDate: string | null;
  grantDate: string | null;
  strategicEmerging: boolean;
  overseasFamily: boolean;
  pledgeAmount: number | null;
  nationalAward: boolean;
  chinaPatentAward: boolean;
  highValue: boolean;
  highValueCategories: HighValueCategory[];
  filingYear: number | null;
};

export type Demand = Common & {
  kind: "demand";
  title: string;
  description: string;
  budget: number | null;
  negotiable: boolean;
  deadline: string | null;
  orgId: string;
  status: DemandStatus;
  publishedAt: string | null;
  firstResponseAt: string | null;
  slaFlaggedAt: string | null;
};

export type Expert = Common & {
  kind: "expert";
  name: string;
  title: string | null;
  fields: string[];
  bio: string;
  orgId: string;
};

export type MarketRecord = Achievement | Patent | Demand | Expert;
export type RecordOf<K extends Kind> = Extract<MarketRecord, { kind: K }>;

/** The record's heading: a person's name for an expert, the title otherwise. */
export const recordTitle = (r: MarketRecord): string => (r.kind === "expert" ? r.name : r.title);
/** The organisation that owns the record (a patent may have none registered). */
export const ownerOrgOf = (r: MarketRecord): string | null => (r.kind === "achievement" || r.kind === "patent" ? r.ownerOrgId : r.orgId);
/** Shown on the public portal: a demand once published (closed ones stay readable), others when the owner chose. */
export const isPublic = (r: MarketRecord): boolean => (r.kind === "demand" ? r.status !== "draft" : r.published);

export type AchievementInput = {
  title: string;
  summary: string;
  domain: string;
  trl: number;
  transferModes: string[];
  price: number | null;
  negotiable: boolean;
  ownerOrgId: string;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  published: boolean;
};

export type PatentInput = {
  applicationNo: string;
  title: string;
  abstract: string;
  applicants: string[];
  inventors: string[];
  type?: PatentType;
  legalStatus: string;
  ipc: string[];
  ownerOrgId: string | null;
  cityCode: string;
  domain: string | null;
  filingDate: string | null;
  grantDate: string | null;
  strategicEmerging: boolean;
  overseasFamily: boolean;
  pledgeAmount: number | null;
  nationalAward: boolean;
  chinaPatentAward: boolean;
  published: boolean;
};

export type DemandInput = {
  title: string;
  description: string;
  domain: string;
  budget: number | null;
  negotiable: boolean;
  deadline: string | null;
  orgId: string;
};

export type ExpertInput = {
  name: string;
  title: string | null;
  fields: string[];
  bio: string;
  domain: string | null;
  orgId: string;
  published: boolean;
};

export type InputOf<K extends Kind> = { achievement: AchievementInput; patent: PatentInput; demand: DemandInput; expert: ExpertInput }[K];

export type Facet = { value: string; count: number };
export type SearchHit = { kind: Kind; id: string; title: string; snippet: string; score: number; cityCode: string; domain: string | null; date: string | null };
/** totalExact false: the server counted the first matches of each kind only, so total and the facet counts are lower bounds. */
export type SearchResult = { items: SearchHit[]; total: number; totalExact: boolean; facets: { kind: Facet[]; city: Facet[]; domain: Facet[] }; tokens: string[] };
export type SearchQuery = {
  q?: string;
  kind?: Kind;
  city?: string;
  domain?: string;
  type?: string;
  year?: string;
  maturity?: string;
  transferMode?: string;
  highValue?: "true";
  sort?: "relevance" | "date";
  page: number;
  pageSize: number;
};

export type MineItem = { id: string; kind: Kind; title: string; cityCode: string; domain: string | null; published: boolean; status: DemandStatus | null; updatedAt: string };

export type DemandResponse = { id: string; orgId: string; orgName: string; message: string; supplyKind: string | null; supplyId: string | null; createdAt: string };
export type ResponseInput = { orgId: string; message: string; supplyKind?: "achievement" | "patent" | "expert" | null; supplyId?: string | null };

export type MatchReasons = { sharedTerms: string[]; sameDomain: boolean; distanceKm: number | null; maturity: number | null; highValue: boolean | null; text: string[] };
export type Match = { kind: Kind; id: string; title: string; cityCode: string; orgName: string | null; score: number; reasons: MatchReasons; feedback: boolean | null };
export type MatchView = { subject: { kind: string; id: string; title: string }; items: Match[] };
export type MatchSubject = "demand" | "achievement";
export type FeedbackInput = { subjectKind: MatchSubject; subjectId: string; targetKind: Kind; targetId: string; useful: boolean; rank: number };
