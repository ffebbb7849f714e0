/**
 * The 高企后备库's API calls and records (src/server/modules/enterprises/contract.ts: ReserveEntry, ReserveCandidate):
 * the pool, the engine's proposals, nominating, moving an entry's stage, coaching visits.
 */
import { api, download, withQuery, type Page } from "../../../platform/api/client.ts";
import type { ReserveStage } from "../../../../shared/enterprise/reserve.ts";

export type Visit = { id: string; visitedOn: string; visitors: string; topics: string; notes: string | null; createdAt: string };

/** The stored 高企 assessment of an enterprise (the engine's result, kept up to date by the server). */
export type HighTechSummary = { eligible: boolean | null; score: number | null; unmet: number; incomplete: boolean; held: boolean; withinReach: boolean };

export type ReserveEntry = {
  id: string;
  orgId: string;
  name: string;
  creditCode: string | null;
  cityCode: string;
  year: number;
  source: "officer" | "engine";
  stage: ReserveStage;
  appliedOn: string | null;
  decidedOn: string | null;
  note: string | null;
  visits: Visit[];
  highTech: HighTechSummary | null;
  updatedAt: string;
};

export type Candidate = { orgId: string; name: string; cityCode: string; eligible: boolean | null; unmet: number; score: number | null; incomplete: boolean };

export type ReserveFilters = { q?: string; cityCode?: string; year: number; stage?: string };
export type ReserveListQuery = ReserveFilters & { page: number; pageSize: number };
export type CandidateQuery = { cityCode?: string; year: number; page: number; pageSize: number };

export type Nomination = { orgId: string; year: number; source: "officer" | "engine"; note?: string | null };
export type CertificateFields = { number: string; year: number; validFrom?: string | null; validUntil?: string | null };
export type StageMove = { stage: ReserveStage; appliedOn?: string | null; decidedOn?: string | null; note?: string | null; certificate?: CertificateFields };
export type VisitInput = { visitedOn: string; visitors: string; topics: string; notes?: string | null };

const path = (...parts: string[]) => parts.map(encodeURIComponent).join("/");

/** Under the registry's "enterprises" key: a change here refreshes an enterprise's page (its reserve rows) too. */
export const reserveKeys = {
  all: ["enterprises", "reserve"] as const,
  list: (q: ReserveListQuery) => ["enterprises", "reserve", "list", q] as const,
  candidates: (q: CandidateQuery) => ["enterprises", "reserve", "candidates", q] as const,
  search: (q: string, cityCode: string | undefined) => ["enterprises", "reserve", "search", q, cityCode] as const,
};

export const listReserve = (q: ReserveListQuery) => api.get<Page<ReserveEntry>>("/enterprises/reserve", q);
export const exportReserve = (q: ReserveFilters) => download(withQuery("/enterprises/reserve.xlsx", q), "高企后备库.xlsx");
export const listCandidates = (q: CandidateQuery) => api.get<Page<Candidate>>("/enterprises/reserve/candidates", q);
export const nominate = (input: Nomination) => api.post<{ id: string }>("/enterprises/reserve", input);
export const moveEntry = (id: string, input: StageMove) => api.patch<{ id: string; stage: ReserveStage }>(`/enterprises/reserve/${path(id)}`, input);
export const addVisit = (id: string, input: VisitInput) => api.post<{ id: string }>(`/enterprises/reserve/${path(id, "visits")}`, input);

/** Registered enterprises whose name matches, for nominating one by name (GET /enterprises?q=). */
export const searchEnterprises = (q: string, cityCode: string | undefined) =>
  api.get<Page<{ id: string; name: string; cityCode: string }>>("/enterprises", { q, cityCode, page: 1, pageSize: 20 });
