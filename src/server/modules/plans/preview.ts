/**
 * What the officer sees before an import is confirmed: every task with its units matched to organisations, and the
 * warnings that need a decision. Pure: the matches come in as data.
 */
import type { MessageKey, MessageParams } from "../../../shared/i18n/index.ts";

export type ParsedUnitMatch = { name: string; org: { id: string; name: string } | null; candidates: { id: string; name: string }[] };
export type PreviewWarning = { code: string; key: MessageKey; params: MessageParams; task?: string };

type TaskLike = { path: string[]; body: string; leadUnits: string[]; responsibleUnits: string[] };

/** Words that only an attribution uses: a bracket holding them that the parser left in the body is a malformed one. */
const ATTRIBUTION_WORDS = /(牵头单位|责任单位|配合单位|参与单位|协同单位|协办单位|牵头[,，、]|负责[)）]|参与[)）]|配合[)）])/;
const BRACKETED = /[(（]([^()（）]{2,200})[)）]/g;

export function previewWarnings(tasks: TaskLike[], matches: Map<string, ParsedUnitMatch>): PreviewWarning[] {
  const warnings: PreviewWarning[] = [];
  const warnedNames = new Set<string>();
  for (const task of tasks) {
    const label = task.path.join(" ");
    if (task.leadUnits.length === 0 && task.responsibleUnits.length === 0) {
      warnings.push({ code: "no_units", key: "plan.no_units", params: { task: label }, task: label });
    }
    for (const m of task.body.matchAll(BRACKETED)) {
      if (ATTRIBUTION_WORDS.test(m[1] ?? "")) {
        warnings.push({ code: "malformed_attribution", key: "plan.malformed_attribution", params: { task: label, text: (m[0] ?? "").slice(0, 80) }, task: label });
      }
    }
    for (const name of [...task.leadUnits, ...task.responsibleUnits]) {
      const match = matches.get(name);
      if (!match || match.org || warnedNames.has(name)) continue;
      warnedNames.add(name);
      const ambiguous = match.candidates.length > 1;
      warnings.push({ code: ambiguous ? "ambiguous_unit" : "unknown_unit", key: ambiguous ? "plan.ambiguous_unit" : "plan.unknown_unit", params: { name } });
    }
  }
  return warnings;
}

/** A text that cannot be a plan: empty, or binary (NUL bytes, or mostly replacement characters from a bad decode). */
export function textProblem(text: string): "empty" | "binary" | null {
  if (text.trim().length === 0) return "empty";
  if (text.includes("\u0000")) return "binary";
  const sample = text.slice(0, 20_000);
  const bad = (sample.match(/\uFFFD/g) ?? []).length;
  return bad > sample.length * 0.05 ? "binary" : null;
}
