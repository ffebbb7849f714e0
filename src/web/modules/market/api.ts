/** The marketplace's API calls (public search and records, the owner's records, demands, matches) and query keys. */
import { api, type Page } from "../../platform/api/client.ts";
import type { HistoryEvent } from "../../platform/history/changes.ts";
import {
  KIND_PATH,
  type DemandResponse,
  type DemandStatus,
  type FeedbackInput,
  type InputOf,
  type Kind,
  type MatchSubject,
  type MatchView,
  type MineItem,
  type RecordOf,
  type ResponseInput,
  type SearchQuery,
  type SearchResult,
} from "./types.ts";

const path = (...parts: string[]) => parts.map(encodeURIComponent).join("/");
const recordPath = (kind: Kind, id: string) => `/market/${path(KIND_PATH[kind], id)}`;

export const marketKeys = {
  all: ["market"] as const,
  search: (q: SearchQuery) => ["market", "search", q] as const,
  record: (kind: Kind, id: string) => ["market", "record", kind, id] as const,
  history: (kind: Kind, id: string) => ["market", "history", kind, id] as const,
  mine: (kind: Kind, page: number, pageSize: number) => ["market", "mine", kind, page, pageSize] as const,
  responses: (demandId: string) => ["market", "responses", demandId] as const,
  /** Matches carry the reader's own feedback: they belong to the session, and are refetched after each answer. */
  matches: (subject: MatchSubject, id: string) => ["market", "matches", subject, id] as const,
};

export const searchMarket = (q: SearchQuery) => api.get<SearchResult>("/market/search", q);
export const getRecord = <K extends Kind>(kind: K, id: string) => api.get<RecordOf<K>>(recordPath(kind, id));
export const recordHistory = (kind: Kind, id: string) => api.get<{ items: HistoryEvent[] }>(`${recordPath(kind, id)}/history`);
export const myRecords = (kind: Kind, page: number, pageSize: number) => api.get<Page<MineItem>>("/market/mine", { kind, page, pageSize });

/** Creates a record; a patent is stored by its application number (the same number again updates it). */
export function createRecord<K extends Kind>(kind: K, input: InputOf<K>): Promise<{ id: string }> {
  return api.post<{ id: string }>(`/market/${KIND_PATH[kind]}`, input);
}

/**
 * Saves a record's fields. Every field is sent, never a part: the server's PATCH fills the defaults of the fields
 * left out (面议 and 公开 would turn false). Patents have no PATCH: the same application number updates the record.
 */
export function saveRecord<K extends Kind>(kind: K, id: string, input: InputOf<K>): Promise<{ id: string }> {
  if (kind === "patent") return api.post<{ id: string }>("/market/patents", input);
  const body: Record<string, unknown> = { ...input };
  // The owner is fixed once created: naming it again is refused.
  delete body.orgId;
  delete body.ownerOrgId;
  return api.patch<{ id: string }>(recordPath(kind, id), body);
}

export const setDemandStatus = (id: string, action: "publish" | "close") => api.post<{ id: string; status: DemandStatus }>(`/market/${path("demands", id, action)}`);
export const listResponses = (demandId: string) => api.get<{ items: DemandResponse[] }>(`/market/${path("demands", demandId, "responses")}`);
export const respondToDemand = (demandId: string, input: ResponseInput) => api.post<{ id: string }>(`/market/${path("demands", demandId, "responses")}`, input);
export const getMatches = (subject: MatchSubject, id: string, limit = 10) => api.get<MatchView>(`/market/${path(KIND_PATH[subject], id, "matches")}`, { limit });
export const sendFeedback = (input: FeedbackInput) => api.post<{ ok: boolean }>("/market/feedback", input);
