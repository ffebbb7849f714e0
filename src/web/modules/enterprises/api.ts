/** The enterprise registry's API calls (企业培育: registry, years, certificates, assessment, history) and query keys. */
import { api, download, withQuery, type Page } from "../../platform/api/client.ts";
import type { HistoryEvent } from "../../platform/history/changes.ts";
import type {
  AssessmentView,
  CertificateInput,
  CertificateView,
  EnterpriseCreate,
  EnterpriseDetail,
  EnterpriseListItem,
  EnterpriseListQuery,
  EnterpriseUpdate,
  MyEnterprises,
  YearFiguresInput,
  YearStatus,
} from "./types.ts";

const path = (...parts: (string | number)[]) => parts.map((p) => encodeURIComponent(String(p))).join("/");

export const enterpriseKeys = {
  all: ["enterprises"] as const,
  list: (q: EnterpriseListQuery) => ["enterprises", "list", q] as const,
  mine: () => ["enterprises", "mine"] as const,
  one: (id: string) => ["enterprises", "one", id] as const,
  /** The assessment's sentences come from the server in the reader's language: a language is its own entry. */
  assessment: (id: string, date: string, lang: string) => ["enterprises", "assessment", id, date, lang] as const,
  history: (id: string) => ["enterprises", "history", id] as const,
};

type ListFilters = Omit<EnterpriseListQuery, "page" | "pageSize">;
type YearState = { year: number; status: YearStatus };

export const listEnterprises = (q: EnterpriseListQuery) => api.get<Page<EnterpriseListItem>>("/enterprises", q);
export const exportEnterprises = (q: ListFilters) => download(withQuery("/enterprises.xlsx", q), "企业培育登记库.xlsx");
export const myEnterprises = () => api.get<MyEnterprises>("/enterprises/mine");
export const registerEnterprise = (input: EnterpriseCreate) => api.post<{ id: string }>("/enterprises", input);
export const downloadImportTemplate = () => download("/enterprises/import/template.xlsx", "企业年度数据导入模板.xlsx");

export const getEnterprise = (id: string) => api.get<EnterpriseDetail>(`/enterprises/${path(id)}`);
export const updateEnterprise = (id: string, input: EnterpriseUpdate) => api.patch<{ id: string }>(`/enterprises/${path(id)}`, input);
export const enterpriseHistory = (id: string) => api.get<{ items: HistoryEvent[] }>(`/enterprises/${path(id)}/history`);

export const putYear = (id: string, year: number, input: YearFiguresInput) => api.put<YearState>(`/enterprises/${path(id, "years", year)}`, input);
export const submitYear = (id: string, year: number) => api.post<YearState>(`/enterprises/${path(id, "years", year, "submit")}`);
export const confirmYear = (id: string, year: number) => api.post<YearState>(`/enterprises/${path(id, "years", year, "confirm")}`);
export const returnYear = (id: string, year: number, reason: string) => api.post<YearState>(`/enterprises/${path(id, "years", year, "return")}`, { reason });

export const addCertificate = (id: string, input: CertificateInput) => api.post<CertificateView>(`/enterprises/${path(id, "certificates")}`, input);
export const confirmCertificate = (id: string, certificateId: string) => api.post<{ id: string; confirmed: boolean }>(`/enterprises/${path(id, "certificates", certificateId, "confirm")}`);
export const removeCertificate = (id: string, certificateId: string) => api.delete<null>(`/enterprises/${path(id, "certificates", certificateId)}`);

/** `date` "" is today (the server's calendar). */
export const getAssessment = (id: string, date: string) => api.get<AssessmentView>(`/enterprises/${path(id, "assessment")}`, { date });
export const downloadGapReport = (id: string, date: string) => download(withQuery(`/enterprises/${path(id, "gap-report.docx")}`, { date }), "培育评估报告.docx");
