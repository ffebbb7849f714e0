/**
 * The officer's corrected version of a preview, and the plan it becomes. Pure. A printed unit name means one
 * organisation throughout a plan, so a reassignment is kept per name (every task naming 省科技厅 follows it);
 * removing a unit is per task.
 */
import type { PeriodKind, PlanCreate, PlanPreview, PreviewTask, UnitMatch } from "../types.ts";

export type UnitChoice = Pick<UnitMatch, "orgId" | "orgName" | "match" | "candidates">;
export type Role = "leadUnits" | "responsibleUnits";
export type DraftTask = Omit<PreviewTask, "leadUnits" | "responsibleUnits"> & { key: string; leadUnits: string[]; responsibleUnits: string[] };

export type Draft = {
  tasks: DraftTask[];
  /** Printed name → the organisation it stands for (matched by the server, or chosen by the officer). */
  choices: Record<string, UnitChoice>;
};

export type PlanSettings = { title: string; periodKind: PeriodKind; startDate: string; endDate: string };

export function draftOf(preview: PlanPreview): Draft {
  const choices: Record<string, UnitChoice> = {};
  for (const task of preview.tasks) {
    for (const u of [...task.leadUnits, ...task.responsibleUnits]) {
      choices[u.name] = { orgId: u.orgId, orgName: u.orgName, match: u.match, candidates: u.candidates };
    }
  }
  const tasks = preview.tasks.map((task, i) => ({
    ...task,
    key: `${i}:${task.path.join("/")}`,
    leadUnits: task.leadUnits.map((u) => u.name),
    responsibleUnits: task.responsibleUnits.map((u) => u.name),
  }));
  return { tasks, choices };
}

/**
 * Start on the first day of this year; end on the last target year's 31 December, or at the end of this year when
 * the plan names no target year still ahead (a plan imported after its own horizon is being carried on).
 */
export function defaultSettings(preview: PlanPreview, today: string): PlanSettings {
  const year = Number(today.slice(0, 4));
  const years = [...preview.targets, ...preview.tasks.flatMap((t) => t.targets)].map((t) => t.year).filter((y): y is number => y !== null);
  const last = years.length ? Math.max(...years) : year;
  return { title: preview.title, periodKind: "quarterly", startDate: `${year}-01-01`, endDate: `${Math.max(last, year)}-12-31` };
}

export function chooseOrg(draft: Draft, name: string, org: { id: string; name: string }): Draft {
  const current = draft.choices[name];
  return { ...draft, choices: { ...draft.choices, [name]: { orgId: org.id, orgName: org.name, match: "matched", candidates: current?.candidates ?? [] } } };
}

export function removeUnit(draft: Draft, taskKey: string, role: Role, name: string): Draft {
  return { ...draft, tasks: draft.tasks.map((t) => (t.key === taskKey ? { ...t, [role]: t[role].filter((n) => n !== name) } : t)) };
}

export function retitle(draft: Draft, taskKey: string, title: string): Draft {
  return { ...draft, tasks: draft.tasks.map((t) => (t.key === taskKey ? { ...t, title } : t)) };
}

/** Names still standing for several organisations: the officer picks one before the plan is created. */
export function unresolvedNames(draft: Draft): string[] {
  const used = new Set(draft.tasks.flatMap((t) => [...t.leadUnits, ...t.responsibleUnits]));
  return [...used].filter((name) => draft.choices[name]?.match === "ambiguous");
}

/** Names no organisation was found for: the server creates them as pending organisations for an admin to confirm. */
export function unknownNames(draft: Draft): string[] {
  const used = new Set(draft.tasks.flatMap((t) => [...t.leadUnits, ...t.responsibleUnits]));
  return [...used].filter((name) => draft.choices[name]?.match === "unknown");
}

export function toPlanCreate(preview: PlanPreview, draft: Draft, settings: PlanSettings, source: { name: string | null; text: string }): PlanCreate {
  const ref = (name: string) => ({ name, orgId: draft.choices[name]?.orgId ?? null });
  return {
    title: settings.title.trim(),
    periodKind: settings.periodKind,
    startDate: settings.startDate,
    endDate: settings.endDate,
    sourceName: source.name,
    sourceText: source.text,
    chapters: preview.chapters,
    targets: preview.targets,
    tasks: draft.tasks.map((t) => ({
      chapter: t.chapter,
      number: t.number,
      path: t.path,
      title: t.title.trim(),
      body: t.body,
      dueDate: null,
      leadUnits: t.leadUnits.map(ref),
      responsibleUnits: t.responsibleUnits.map(ref),
      targets: t.targets,
    })),
  };
}
