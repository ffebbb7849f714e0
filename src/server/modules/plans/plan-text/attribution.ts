/**
 * Reading what an attribution says (the text inside its bracket, or its trailing sentence) in any of the forms
 * of the genre: labelled (牵头单位:A;责任单位:B、C — also 配合/参与/协同/协办单位), verbs (A牵头,B、C参与;
 * A、B负责; A会同B负责), or a bare list of units after the item's last sentence.
 */
import { splitOutsideBrackets } from "./brackets.ts";
import { carriesOn, isRuleClause, statesFirstListedLeads, type ListedUnit, type UnitRole } from "./lead-rule.ts";
import { couldBeUnit, looksLikeUnit, splitUnitList } from "./units.ts";

export type Attribution = {
  listed: ListedUnit[];
  /** The attribution itself says the first listed unit leads (列第一位者为牵头单位). */
  statesFirstListedLeads: boolean;
  /** It says 下同, so that statement holds for the attributions after it. */
  carriesOn: boolean;
};

/** Labels of the labelled form; time labels (完成时限 …) are recognised so their values are not read as units. */
const LABEL =
  /(牵头单位|牵头部门|主责单位|主责部门|主办单位|责任单位|责任部门|配合单位|配合部门|参与单位|参与部门|协同单位|协同部门|协办单位|协办部门|协助单位|协作单位|支持单位|实施单位|落实单位|完成时限|完成时间|时间节点|时限要求|时间要求|进度安排|时限|牵头|责任|配合|参与|协同|协办)\s*:/g;

function hasRoleLabel(text: string): boolean {
  return [...text.matchAll(LABEL)].some((m) => labelRole(m[1] ?? "") !== null);
}

/** Whether the text opens with a unit label (牵头单位: …), as a trailing attribution sentence does. */
export function startsWithRoleLabel(text: string): boolean {
  const first = [...text.matchAll(LABEL)][0];
  return first?.index === 0 && labelRole(first[1] ?? "") !== null;
}

function labelRole(label: string): UnitRole | null {
  if (/时|进度/.test(label)) return null;
  return /^(牵头|主责|主办)/.test(label) ? "lead" : "responsible";
}

/** Role words that close a clause of the verb form, longest first. */
const VERB =
  /(牵头负责|牵头落实|牵头实施|牵头推进|分别牵头|共同牵头|牵头|按照职责分工负责|按职责分工负责|按职责分工落实|按职能分工负责|按职责负责|按职责落实|分工负责|配合实施|配合落实|支持配合|配合|参与实施|参与|协同推进|协同|协办|协助|参加|负责落实|负责实施|负责推进|具体负责|共同负责|分别负责|组织实施|负责|落实)$/;

function verbRole(verb: string): UnitRole {
  if (verb.includes("牵头")) return "lead";
  if (/分工|职责|配合|参与|协同|协办|协助|参加/.test(verb)) return "responsible";
  return "undecided";
}

/** 省科技厅(牵头) marks its unit as the lead inside a plain list. */
const LEAD_MARK = /\(牵头(单位|部门)?\)$/;

function listUnits(text: string, role: UnitRole): ListedUnit[] | null {
  const names = splitUnitList(text);
  if (names.length === 0) return null;
  return names.map((name) =>
    LEAD_MARK.test(name) ? { name: name.replace(LEAD_MARK, ""), role: "lead" } : { name, role },
  );
}

/**
 * One clause of the verb form: "A、B牵头", "由A会同B负责", or a bare "A、B" (role null) that takes the next
 * clause's verb, or the label's role inside a labelled list.
 */
function readClause(clause: string, listRole: UnitRole = "responsible"): { units: ListedUnit[]; role: UnitRole | null } | null {
  const verb = VERB.exec(clause)?.[1] ?? null;
  const names = verb ? clause.slice(0, -verb.length) : clause;
  const role = verb ? verbRole(verb) : null;
  const together = names.split("会同");
  if (together.length === 2) {
    const [leading = "", joining = ""] = together;
    const lead = listUnits(leading, "lead");
    const others = listUnits(joining, "responsible");
    return lead && others ? { units: [...lead, ...others], role: "lead" } : null;
  }
  const units = listUnits(names, role ?? listRole);
  return units ? { units, role } : null;
}

/**
 * Where an attribution stands, which decides how sure its names must be:
 * - "sentence": a trailing sentence of the verb form; every name must end like an organisation, so prose that
 *   ends in 负责 (各地要切实负责) is not taken for one;
 * - "bracket": a bracket closing the item; names need only be names, as long as one ends like an organisation
 *   (省科技厅牵头,各地配合), so (由企业自主负责) is not taken for one;
 * - "bracket after a sentence": as "bracket", and a bare list of units (…建设。(省科技厅、省发改委)) counts too.
 */
export type Placement = "sentence" | "bracket" | "bracket after a sentence";

function namesAreUnits(units: ListedUnit[], placement: Placement): boolean {
  if (placement === "sentence") return units.every((u) => looksLikeUnit(u.name));
  return units.every((u) => couldBeUnit(u.name));
}

/** The verb form: clauses of names, each closed by a role word or waiting for the next clause's. */
function readVerbForm(text: string, placement: Placement): ListedUnit[] | null {
  const listed: ListedUnit[] = [];
  let waiting: ListedUnit[] = [];
  let sawVerb = false;
  for (const clause of splitOutsideBrackets(text, ",;。")) {
    const read = readClause(clause);
    if (!read || !namesAreUnits(read.units, placement)) return null;
    if (read.role === null) {
      waiting.push(...read.units);
      continue;
    }
    sawVerb = true;
    const role = read.role;
    listed.push(...waiting.map((u) => ({ ...u, role: u.role === "lead" ? u.role : role })), ...read.units);
    waiting = [];
  }
  const all = [...listed, ...waiting];
  if (!all.some((u) => looksLikeUnit(u.name))) return null;
  if (!sawVerb && (placement !== "bracket after a sentence" || !all.every((u) => looksLikeUnit(u.name)))) return null;
  return all;
}

/**
 * The labelled form: each label's list runs to the next label or the end of its sentence, so a remark after it
 * (责任单位:A、B按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工) is not read as names; nor is a
 * clause of the list that is no list of names. A list may use verbs or (牵头) marks. The label names the role,
 * so names need not end like an organisation.
 */
function readLabelledForm(text: string): ListedUnit[] {
  const labels = [...text.matchAll(LABEL)];
  const listed: ListedUnit[] = [];
  labels.forEach((match, i) => {
    const role = labelRole(match[1] ?? "");
    const start = (match.index ?? 0) + match[0].length;
    const end = labels[i + 1]?.index ?? text.length;
    if (role === null) return;
    const list = splitOutsideBrackets(text.slice(start, end), "。")[0] ?? "";
    for (const clause of splitOutsideBrackets(list, ",;")) {
      const read = readClause(clause, role);
      if (read && read.units.every((u) => couldBeUnit(u.name))) listed.push(...read.units);
    }
  });
  return listed;
}

/** Removes what states or carries on the lead rule (keeping the punctuation between lists), so only lists remain. */
function withoutRuleStatements(text: string): string {
  const noRuleBrackets = text.replace(/\(([^()]*)\)/g, (whole, inner: string) => (isRuleClause(inner) ? "" : whole));
  return splitOutsideBrackets(noRuleBrackets, ",;。")
    .filter(isRuleClause)
    .reduce((rest, clause) => rest.replace(clause, ""), noRuleBrackets)
    .replace(/[,;]+(?=[,;。]|$)/g, "");
}

/** Reads an attribution, or returns null when the text is not one. */
export function readAttribution(text: string, placement: Placement): Attribution | null {
  const units = withoutRuleStatements(text);
  const listed = hasRoleLabel(units) ? readLabelledForm(units) : readVerbForm(units, placement);
  if (!listed || listed.length === 0) return null;
  return { listed, statesFirstListedLeads: statesFirstListedLeads(text), carriesOn: carriesOn(text) };
}

/** A bracket that only states the lead rule, e.g. a chapter heading's (各项任务列第一位的为牵头单位). */
export function isRuleNote(text: string): boolean {
  return splitOutsideBrackets(text, ",;。").every(isRuleClause) && statesFirstListedLeads(text);
}
