/** The enterprise registry's records as the API serves them (src/server/modules/enterprises/contract.ts). */
import type { AssessmentResult } from "../../../shared/eligibility/index.ts";
import type { CertificateLevel, CertificateTier, EnterpriseFacts, IpOwned, YearFigures } from "../../../shared/enterprise/record.ts";

export const YEAR_STATUSES = ["draft", "submitted", "confirmed", "returned"] as const;
export type YearStatus = (typeof YEAR_STATUSES)[number];

export type EnterpriseListItem = {
  id: string;
  name: string;
  creditCode: string | null;
  cityCode: string;
  industry: string | null;
  domain: string | null;
  foundedOn: string | null;
  latestYear: number | null;
  latestStatus: YearStatus | null;
  certificates: CertificateTier[];
  eligible: CertificateTier[];
  isDemo: boolean;
};

export type EnterpriseListQuery = {
  q?: string;
  cityCode?: string;
  status?: string;
  holds?: string;
  eligibleFor?: string;
  page: number;
  pageSize: number;
};

/** The figures of one year as PUT takes them (no `year`: it is in the path). */
export type YearFiguresInput = Omit<YearFigures, "year" | "ip"> & { ip?: IpOwned | null };

export type YearView = YearFigures & {
  status: YearStatus;
  returnReason: string | null;
  submittedAt: string | null;
  confirmedAt: string | null;
  updatedAt: string;
};

export type CertificateView = {
  id: string;
  tier: CertificateTier;
  number: string | null;
  year: number;
  level: CertificateLevel | null;
  validFrom: string | null;
  validUntil: string | null;
  confirmed: boolean;
};

export type CertificateInput = Omit<CertificateView, "id" | "confirmed">;

export type AssessmentSummary = { tier: CertificateTier; eligible: boolean | null; score: number | null; unmet: number; incomplete: boolean; held: boolean; withinReach: boolean };

export type EnterpriseAbilities = { edit: boolean; confirm: boolean; certify: boolean; nominate: boolean };

export type EnterpriseDetail = {
  id: string;
  name: string;
  creditCode: string | null;
  cityCode: string;
  districtCode: string | null;
  industry: string | null;
  domain: string | null;
  foundedOn: string | null;
  isDemo: boolean;
  facts: EnterpriseFacts;
  years: YearView[];
  certificates: CertificateView[];
  assessments: AssessmentSummary[];
  reserve: { id: string; year: number; stage: string }[];
  abilities: EnterpriseAbilities;
  updatedAt: string;
};

export type EnterpriseCreate = {
  orgId?: string | null;
  name?: string | null;
  creditCode?: string | null;
  cityCode?: string | null;
  districtCode?: string | null;
  industry?: string | null;
  domain?: string | null;
  foundedOn?: string | null;
};

export type EnterpriseUpdate = { districtCode?: string | null; industry?: string | null; domain?: string | null; foundedOn?: string | null; facts?: EnterpriseFacts };

export type Message = { path: string; message: string };
export type GapView = { conditionId: string; label: string; text: string; shortfall: number | null; options?: { label: string; text: string }[] };

export type TierAssessment = {
  tier: CertificateTier;
  tierName: string;
  held: Partial<Omit<CertificateView, "id">> | null;
  /** The engine's result, or null when field errors kept it from running (then `errors`). */
  result: AssessmentResult | null;
  errors: Message[];
  gaps: GapView[];
  missing: Message[];
};

export type AssessmentView = {
  assessedOn: string;
  tiers: TierAssessment[];
  nearest: { tier: CertificateTier; tierName: string; unmet: number } | null;
  growth: Record<string, number | null>[];
};

export type Ref = { id: string; name: string };
export type MyEnterprises = { items: Ref[]; unregistered: Ref[] };

export type ImportSummary = { rows: number; created: number; updated: number; years: number; certificates: number };
