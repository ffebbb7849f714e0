/**
 * The record forms' values and what they send: a stored record → form values (to edit it), form values → the
 * request body, and a stored record → its body with 公开 switched (the list's publish button). Bodies always carry
 * every field (see saveRecord in ../api.ts). Pure.
 */
import { normalizeIpc, splitNames, type LegalStatus, type PatentType } from "../../../../shared/market/patent-record.ts";
import type { Achievement, AchievementInput, Demand, DemandInput, Expert, ExpertInput, InputOf, Kind, MarketRecord, Patent, PatentInput } from "../types.ts";

/** Text a person typed, or null when only spaces. */
export const blank = (s: string | null | undefined): string | null => (s?.trim() ? s.trim() : null);
const amount = (n: number | null | undefined): number | null => (typeof n === "number" && Number.isFinite(n) ? n : null);

export type DemandValues = { title?: string; description?: string; domain?: string; budget?: number | null; negotiable?: boolean; deadline?: string; orgId?: string };
export type AchievementValues = {
  title?: string;
  summary?: string;
  domain?: string;
  trl?: number;
  transferModes?: string[];
  price?: number | null;
  negotiable?: boolean;
  ownerOrgId?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
  published?: boolean;
};
export type ExpertValues = { name?: string; title?: string; fields?: string[]; bio?: string; domain?: string | null; orgId?: string; published?: boolean };
/** Applicants, inventors and IPC symbols are typed as text, several separated by ；，、 (as patent-record.ts reads them). */
export type PatentValues = {
  applicationNo?: string;
  title?: string;
  abstract?: string;
  applicants?: string;
  inventors?: string;
  type?: PatentType;
  legalStatus?: LegalStatus;
  ipc?: string;
  ownerOrgId?: string;
  cityCode?: string;
  domain?: string | null;
  filingDate?: string;
  grantDate?: string;
  strategicEmerging?: boolean;
  overseasFamily?: boolean;
  pledgeAmount?: number | null;
  nationalAward?: boolean;
  chinaPatentAward?: boolean;
  published?: boolean;
};
export type ValuesOf<K extends Kind> = { demand: DemandValues; achievement: AchievementValues; expert: ExpertValues; patent: PatentValues }[K];

export const demandValues = (d: Demand): DemandValues => ({ title: d.title, description: d.description, domain: d.domain ?? undefined, budget: d.budget, negotiable: d.negotiable, deadline: d.deadline ?? undefined, orgId: d.orgId });
export const achievementValues = (a: Achievement): AchievementValues => ({
  title: a.title,
  summary: a.summary,
  domain: a.domain ?? undefined,
  trl: a.trl ?? undefined,
  transferModes: a.transferModes,
  price: a.price,
  negotiable: a.negotiable,
  ownerOrgId: a.ownerOrgId,
  contactName: a.contactName ?? undefined,
  contactPhone: a.contactPhone ?? undefined,
  contactEmail: a.contactEmail ?? undefined,
  published: a.published,
});
export const expertValues = (e: Expert): ExpertValues => ({ name: e.name, title: e.title ?? undefined, fields: e.fields, bio: e.bio, domain: e.domain, orgId: e.orgId, published: e.published });
export const patentValues = (p: Patent): PatentValues => ({
  applicationNo: p.applicationNo,
  title: p.title,
  abstract: p.abstract,
  applicants: p.applicants.join("；"),
  inventors: p.inventors.join("；"),
  type: p.type,
  legalStatus: p.legalStatus,
  ipc: p.ipc.join("；"),
  ownerOrgId: p.ownerOrgId ?? undefined,
  cityCode: p.cityCode,
  domain: p.domain,
  filingDate: p.filingDate ?? undefined,
  grantDate: p.grantDate ?? undefined,
  strategicEmerging: p.strategicEmerging,
  overseasFamily: p.overseasFamily,
  pledgeAmount: p.pledgeAmount,
  nationalAward: p.nationalAward,
  chinaPatentAward: p.chinaPatentAward,
  published: p.published,
});

export function demandInput(v: DemandValues): DemandInput {
  return { title: v.title?.trim() ?? "", description: v.description?.trim() ?? "", domain: v.domain ?? "", budget: amount(v.budget), negotiable: v.negotiable ?? false, deadline: blank(v.deadline), orgId: v.orgId ?? "" };
}

export function achievementInput(v: AchievementValues): AchievementInput {
  return {
    title: v.title?.trim() ?? "",
    summary: v.summary?.trim() ?? "",
    domain: v.domain ?? "",
    trl: v.trl ?? 0,
    transferModes: v.transferModes ?? [],
    price: amount(v.price),
    negotiable: v.negotiable ?? false,
    ownerOrgId: v.ownerOrgId ?? "",
    contactName: blank(v.contactName),
    contactPhone: blank(v.contactPhone),
    contactEmail: blank(v.contactEmail),
    published: v.published ?? false,
  };
}

export function expertInput(v: ExpertValues): ExpertInput {
  return { name: v.name?.trim() ?? "", title: blank(v.title), fields: (v.fields ?? []).map((f) => f.trim()).filter((f) => f !== ""), bio: v.bio?.trim() ?? "", domain: v.domain ?? null, orgId: v.orgId ?? "", published: v.published ?? false };
}

export function patentInput(v: PatentValues): PatentInput {
  return {
    applicationNo: v.applicationNo?.trim() ?? "",
    title: v.title?.trim() ?? "",
    abstract: v.abstract?.trim() ?? "",
    applicants: splitNames(v.applicants ?? ""),
    inventors: splitNames(v.inventors ?? ""),
    ...(v.type ? { type: v.type } : {}),
    legalStatus: v.legalStatus ?? "",
    ipc: normalizeIpc(v.ipc ?? "").codes,
    ownerOrgId: v.ownerOrgId ?? null,
    cityCode: v.cityCode ?? "",
    domain: v.domain ?? null,
    filingDate: blank(v.filingDate),
    grantDate: blank(v.grantDate),
    strategicEmerging: v.strategicEmerging ?? false,
    overseasFamily: v.overseasFamily ?? false,
    pledgeAmount: amount(v.pledgeAmount),
    nationalAward: v.nationalAward ?? false,
    chinaPatentAward: v.chinaPatentAward ?? false,
    published: v.published ?? false,
  };
}

/** A kind with its body, so one save call takes any kind. */
export type KindInput = { [K in Kind]: { kind: K; input: InputOf<K> } }[Kind];

/** The stored record's body with 公开 set as asked (a demand has no such switch: it is published by its own action). */
export function withPublished(r: Exclude<MarketRecord, Demand>, published: boolean): KindInput {
  switch (r.kind) {
    case "achievement":
      return { kind: "achievement", input: { ...achievementInput(achievementValues(r)), published } };
    case "expert":
      return { kind: "expert", input: { ...expertInput(expertValues(r)), published } };
    case "patent":
      return {
        kind: "patent",
        input: { ...patentInput(patentValues(r)), applicants: r.applicants, inventors: r.inventors, ipc: r.ipc, published },
      };
  }
}
