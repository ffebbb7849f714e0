/**
 * The standing facts (基本情况) in the form and on the wire: the declarations and expert judgements of
 * EnterpriseFacts, grouped as the page shows them. The form keeps one flat field per fact, named by its path
 * ("awards.nationalLast3y", "hteAdvancement.grade"), so validateFacts' issues (prefixed "facts.") land on their
 * field. A yes/no fact is 是/否/未知 in the form; 未知 is sent as null (not given). PATCH replaces the facts, so every
 * fact is sent. Pure.
 */
import { HTE_SCORE } from "../../../../shared/eligibility/high-tech/rules-2016.ts";
import type { EnterpriseFacts } from "../../../../shared/enterprise/record.ts";

export const FACT_GROUPS = ["basic", "highTech", "specialized", "awards"] as const;
export type FactGroup = (typeof FACT_GROUPS)[number];

type Grades = Readonly<Record<string, readonly [number, number]>>;
export type FactSpec = { path: string; group: FactGroup } & ({ kind: "bool" } | { kind: "number" } | { kind: "enum"; values: readonly string[] } | { kind: "graded"; grades: Grades });

const bool = (group: FactGroup, ...paths: string[]): FactSpec[] => paths.map((path) => ({ path, group, kind: "bool" }));
const num = (group: FactGroup, ...paths: string[]): FactSpec[] => paths.map((path) => ({ path, group, kind: "number" }));
const choice = (group: FactGroup, path: string, values: readonly string[]): FactSpec => ({ path, group, kind: "enum", values });
// The grades and their ranges of points are the 工作指引's, read from the engine's rule set.
const graded = (path: string, grades: Grades): FactSpec => ({ path, group: "highTech", kind: "graded", grades });

export const FACT_SPECS: readonly FactSpec[] = [
  ...bool("basic", "residentEnterprise", "smeByClassification", "independentLegalPerson", "restrictedIndustry", "abnormalOrDishonest", "integrityOk", "majorIncidentPastYear", "majorIncidentLast3y", "strategicEmergingIndustry"),
  ...num("basic", "marketSegmentYears"),
  choice("basic", "rdBasis", ["sales", "cost"]),
  ...bool("highTech", "ownsCoreIp", "techFieldInCatalogue"),
  graded("hteAdvancement", HTE_SCORE.ip.advancement.grades),
  graded("hteCoreSupport", HTE_SCORE.ip.coreSupport.grades),
  ...num("highTech", "hteQuantityPoints"),
  graded("hteAcquisition", HTE_SCORE.ip.acquisition.grades),
  graded("hteStandards", HTE_SCORE.ip.standards.grades),
  ...num("highTech", "hteConversionPoints", "hteRdManagement.system", "hteRdManagement.institution", "hteRdManagement.conversionIncentive", "hteRdManagement.talent", "hteGrowth.netAssetsPoints", "hteGrowth.salesPoints"),
  choice("specialized", "productField", ["breakthrough", "foundation", "other"]),
  ...num("specialized", "digitalLevel"),
  ...bool("specialized", "quality.provincialQualityAward", "quality.qualitySystemCert", "quality.developedMarketCert", "quality.standardsParticipation", "ownBrand"),
  ...num("specialized", "characteristicPoints"),
  ...bool("specialized", "digitalCoreBusiness", "highReputation", "supplyChainKeyLink", "keyField"),
  ...num("specialized", "marketShare.nationalPct", "marketShare.internationalPct"),
  ...bool("specialized", "marketShare.nationalTop3", "marketPositionLeading"),
  ...num("specialized", "developmentScore", "developmentScorePrevYear"),
  ...bool("awards", "nationalAwardTop3Last5y", "sciAwardLast3y", "honourValid", "provincialRdInstitution", "ledStandardLast5y", "awards.provincialTop3Last3y", "awards.nationalLast3y", "awards.nationalTop3Last3y"),
  choice("awards", "makerChinaLast3y", ["top50", "top500", "none"]),
  choice("awards", "rdInstitutionLevel", ["national", "provincial", "municipal", "below-municipal", "none"]),
];

export type Tri = "yes" | "no" | "unknown";
export type FactFormValues = Record<string, Tri | number | string | null | undefined>;

/** The form's field names of a fact: one, or grade and points for an expert's graded judgement. */
export const fieldNamesOf = (spec: FactSpec): string[] => (spec.kind === "graded" ? [`${spec.path}.grade`, `${spec.path}.points`] : [spec.path]);
export const FACT_FIELD_NAMES: readonly string[] = FACT_SPECS.flatMap(fieldNamesOf);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function read(facts: unknown, path: string): unknown {
  let at: unknown = facts;
  for (const part of path.split(".")) at = isObject(at) ? at[part] : undefined;
  return at;
}

/** Sets a nested member, creating its parents. */
function write(target: Json, path: string, v: unknown): void {
  const parts = path.split(".");
  const last = parts.pop() ?? path;
  let at = target;
  for (const part of parts) {
    const next = at[part];
    at = isObject(next) ? next : (at[part] = {});
  }
  at[last] = v;
}

const numberOrNull = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const textOrNull = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

export function factFormValues(facts: EnterpriseFacts): FactFormValues {
  const out: FactFormValues = {};
  for (const spec of FACT_SPECS) {
    const v = read(facts, spec.path);
    if (spec.kind === "bool") out[spec.path] = v === true ? "yes" : v === false ? "no" : "unknown";
    else if (spec.kind === "number") out[spec.path] = numberOrNull(v);
    else if (spec.kind === "enum") out[spec.path] = textOrNull(v);
    else {
      out[`${spec.path}.grade`] = textOrNull(read(v, "grade"));
      out[`${spec.path}.points`] = numberOrNull(read(v, "points"));
    }
  }
  return out;
}

/** A nested object whose members are all null is not given at all: null. */
function nullIfEmpty(v: unknown): unknown {
  if (!isObject(v)) return v;
  const members = Object.fromEntries(Object.entries(v).map(([k, m]) => [k, nullIfEmpty(m)]));
  return Object.values(members).every((m) => m === null) ? null : members;
}

/** The facts to send: every fact, null where not given. A graded judgement with points but no grade keeps grade "" for the checks to name. */
export function factsPayload(v: FactFormValues): EnterpriseFacts {
  const out: Json = {};
  for (const spec of FACT_SPECS) {
    if (spec.kind === "bool") write(out, spec.path, v[spec.path] === "yes" ? true : v[spec.path] === "no" ? false : null);
    else if (spec.kind === "number") write(out, spec.path, numberOrNull(v[spec.path]));
    else if (spec.kind === "enum") write(out, spec.path, textOrNull(v[spec.path]));
    else {
      const grade = textOrNull(v[`${spec.path}.grade`]);
      const points = numberOrNull(v[`${spec.path}.points`]);
      write(out, spec.path, grade === null && points === null ? null : { grade: grade ?? "", points });
    }
  }
  return Object.fromEntries(Object.entries(out).map(([k, m]) => [k, nullIfEmpty(m)])) as EnterpriseFacts;
}

/** An issue's path on the facts ("facts.awards.nationalLast3y") as the form's field name, or "" when no field has it. */
export function factFieldOf(path: string): string {
  const name = path.startsWith("facts.") ? path.slice("facts.".length) : path;
  return FACT_FIELD_NAMES.includes(name) ? name : "";
}

/** How many facts are given (not 未知 / empty), per group: shown beside each group's title. */
export function givenCount(v: FactFormValues, group: FactGroup): { given: number; total: number } {
  const specs = FACT_SPECS.filter((s) => s.group === group);
  const given = specs.filter((s) => {
    const x = v[fieldNamesOf(s)[0] ?? s.path];
    return x !== null && x !== undefined && x !== "" && x !== "unknown";
  }).length;
  return { given, total: specs.length };
}
