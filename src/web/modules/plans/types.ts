/** The plans module's records as the API serves them (see the server's plans/contract.ts and service/*.ts). */
export type Light = "green" | "yellow" | "red";
export const LIGHTS: readonly Light[] = ["red", "yellow", "green"];
export type PeriodKind = "monthly" | "quarterly";
export type Comparator = ">" | ">=" | "<=" | "<" | "=";

export type Target = { text: string; indicator: string; comparator: Comparator; value: number; unit: string; year: number | null };

/** A unit name printed in the plan and what the server matched it to. */
export type UnitMatch = {
  name: string;
  orgId: string | null;
  orgName: string | null;
  match: "matched" | "unknown" | "ambiguous";
  candidates: { id: string; name: string }[];
};

export type PreviewTask = {
  chapter: string;
  number: string;
  path: string[];
  title: string;
  body: string;
  leadUnits: UnitMatch[];
  responsibleUnits: UnitMatch[];
  targets: Target[];
};

export type PlanPreview = {
  title: string;
  chapters: { number: string; title: string }[];
  targets: Target[];
  tasks: PreviewTask[];
  warnings: { code: string; message: string; task?: string }[];
  stats: { tasks: number; units: number; matched: number; unknown: number; targets: number };
  /** The text an uploaded file was read as (upload only). */
  text?: string;
};

export type UnitRef = { name: string; orgId?: string | null };

export type PlanCreate = {
  title: string;
  periodKind: PeriodKind;
  startDate: string;
  endDate: string;
  sourceName?: string | null;
  sourceText?: string | null;
  chapters: { number: string; title: string }[];
  targets: Target[];
  tasks: {
    chapter: string;
    number: string;
    path: string[];
    title: string;
    body: string;
    dueDate?: string | null;
    leadUnits: UnitRef[];
    responsibleUnits: UnitRef[];
    targets: Target[];
  }[];
};

export type PlanCreated = { id: string; tasks: number; pendingOrganisations: string[] };

export type LightCounts = { tasks: number; green: number; yellow: number; red: number };

export type Plan = {
  id: string;
  title: string;
  status: string;
  periodKind: PeriodKind;
  startDate: string;
  endDate: string;
  sourceName: string | null;
  createdAt: string;
  chapters?: { number: string; title: string }[];
  counts?: LightCounts;
};

export type TaskUnit = {
  id: string;
  orgId: string;
  orgName: string;
  orgStatus: string;
  printedName: string;
  role: "lead" | "responsible";
  acknowledgedAt: string | null;
};

export type ReportState = "submitted" | "approved" | "returned";

export type Report = {
  id: string;
  taskId: string;
  orgId: string;
  orgName: string;
  periodKey: string;
  statusText: string;
  percent: number;
  evidenceFileIds: string[];
  state: ReportState;
  reviewReason: string | null;
  submittedOn: string;
  submittedAt: string;
  reviewedAt: string | null;
};

export type Task = {
  id: string;
  planId: string;
  chapter: string;
  number: string;
  path: string[];
  title: string;
  body: string;
  startDate: string;
  dueDate: string;
  completed: boolean;
  units: TaskUnit[];
  light: Light;
  /** Why the light is not green, worded by the server in the caller's language. */
  reasons: { code: string; message: string }[];
  plannedPercent: number;
  actualPercent: number;
  reports?: Report[];
  targets?: Target[];
  abilities?: { acknowledge: boolean; report: boolean; review: boolean };
};

export type TaskListQuery = { q?: string; light?: string; orgId?: string; page: number; pageSize: number };

export type ReportInput = { orgId?: string; periodKey: string; statusText: string; percent: number; evidenceFileIds: string[] };

export type TodoKind = "acknowledge" | "report" | "review";
export type TodoItem = {
  kind: TodoKind;
  taskId: string;
  planId: string;
  taskTitle: string;
  taskNumber: string;
  orgName: string;
  periodKey?: string;
  reportId?: string;
  dueDate?: string;
  light: Light;
};

export type SourceKind = "official" | "secondary" | "forecast" | "lower_bound" | "registry" | "demo";
/** The kinds a person may choose when entering a value; "registry" values are counted, never entered. */
export const SOURCE_KINDS: readonly SourceKind[] = ["official", "secondary", "forecast", "lower_bound", "demo"];

export type CityValue = {
  cityCode: string;
  year: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  sourceKind: SourceKind;
  source: string;
  sourceUrl: string | null;
  note: string | null;
  /** A stored figure of a counted indicator (e.g. a city's published statistic): shown for reference, not summarised. */
  reference?: boolean;
};

/** The corridor figure of one year (null when it cannot be computed honestly; `missing` says which cities lack it). */
export type CorridorPoint = {
  year: number;
  value: number | null;
  cities: number;
  missing: string[];
  complete: boolean;
  sourceKinds: SourceKind[];
  demo: boolean;
};

export type Assessment = "on_track" | "at_risk" | "off_track";
export type ProjectionMethod = "linear" | "cagr";

export type Indicator = {
  id: string;
  code: string;
  name: string;
  unit: string;
  aggregation: "ratio_of_sums" | "sum";
  numerator: string | null;
  denominator: string | null;
  projectionMethod: ProjectionMethod;
  definition: string | null;
  /** Where the value is counted (e.g. "enterprise_registry"); such values are never entered by hand. */
  computedFrom?: string | null;
  series: CorridorPoint[];
  target: { comparator: Comparator; value: number; year: number | null; text: string } | null;
  projection: { method: ProjectionMethod; value: number | null; reason: string | null; otherMethodValue: number | null; year: number } | null;
  assessment: Assessment | null;
  demo: boolean;
  cityValues: CityValue[];
};

export type ValueInput = {
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  sourceKind: SourceKind;
  source: string;
  sourceUrl?: string | null;
  note?: string | null;
};

export type LeadRow = { orgId: string; orgName: string; green: number; yellow: number; red: number };

export type Dashboard = {
  kpis: Indicator[];
  indicators: Indicator[];
  tasksByLight: Record<Light, number>;
  tasksByLead: LeadRow[];
  attention: Task[];
};

export type StoredFile = { id: string; name: string; mime: string; size: number; sha256: string; createdAt: string };
