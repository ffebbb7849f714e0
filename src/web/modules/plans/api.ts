/** The plans module's API calls (督办: plans, tasks, reports, to-do, indicators, dashboard) and their query keys. */
import { api, download, upload, withQuery, type Page } from "../../platform/api/client.ts";
import type {
  Dashboard,
  Indicator,
  Plan,
  PlanCreate,
  PlanCreated,
  PlanPreview,
  ReportInput,
  StoredFile,
  Task,
  TaskListQuery,
  TodoItem,
  ValueInput,
} from "./types.ts";

const path = (...parts: string[]) => parts.map(encodeURIComponent).join("/");

export const planKeys = {
  all: ["plans"] as const,
  list: () => ["plans", "list"] as const,
  one: (id: string) => ["plans", "one", id] as const,
  tasks: (id: string, q: TaskListQuery) => ["plans", "tasks", id, q] as const,
  task: (id: string) => ["plans", "task", id] as const,
  todo: () => ["plans", "todo"] as const,
  indicators: () => ["plans", "indicators"] as const,
  dashboard: () => ["plans", "dashboard"] as const,
};

export const previewPlanText = (text: string) => api.post<PlanPreview>("/plans/preview", { text });
export const previewPlanFile = (file: File) => upload<PlanPreview>("/plans/preview/file", file, file.name);
export const createPlan = (input: PlanCreate) => api.post<PlanCreated>("/plans", input);

export const listPlans = () => api.get<{ items: Plan[] }>("/plans");
export const getPlan = (id: string) => api.get<Plan>(`/plans/${path(id)}`);
export const listPlanTasks = (id: string, q: TaskListQuery) => api.get<Page<Task>>(`/plans/${path(id)}/tasks`, q);
export const closePlan = (id: string) => api.post<{ id: string; status: string }>(`/plans/${path(id)}/close`);
export const downloadTaskTable = (id: string, q: Omit<TaskListQuery, "page" | "pageSize">) =>
  download(withQuery(`/plans/${path(id)}/tasks.xlsx`, q), "tasks.xlsx");
export const downloadBulletin = (id: string, period: string) =>
  download(withQuery(`/plans/${path(id)}/bulletin`, { period }), `bulletin-${period}.docx`);

export const getTask = (id: string) => api.get<Task>(`/tasks/${path(id)}`);
export const acknowledgeTask = (id: string, orgId?: string) => api.post<Task>(`/tasks/${path(id)}/acknowledge`, orgId ? { orgId } : {});
export const submitReport = (id: string, input: ReportInput) => api.post<Task>(`/tasks/${path(id)}/reports`, input);
export const approveReport = (reportId: string) => api.post<Task>(`/reports/${path(reportId)}/approve`);
export const returnReport = (reportId: string, reason: string) => api.post<Task>(`/reports/${path(reportId)}/return`, { reason });
export const downloadEvidence = (reportId: string, fileId: string) => download(`/reports/${path(reportId, "evidence", fileId)}`, fileId);
export const uploadFile = (file: File) => upload<StoredFile>("/files", file, file.name);

export const todoList = () => api.get<{ items: TodoItem[] }>("/todo");
export const listIndicators = () => api.get<{ items: Indicator[] }>("/indicators");
export const setIndicatorValue = (id: string, cityCode: string, year: number, input: ValueInput) =>
  api.put<{ id: string }>(`/indicators/${path(id, "values", cityCode, String(year))}`, input);
export const getDashboard = () => api.get<Dashboard>("/dashboard");
