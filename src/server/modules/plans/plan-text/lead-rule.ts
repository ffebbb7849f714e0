/**
 * Who leads when a plan lists units without saying so. Many plans print only (A、B、C负责) or 责任单位:A、B and state
 * once, in a note, the preamble or the first attribution, that the unit listed first leads (列第一位者为牵头单位,
 * 排在首位的为牵头单位 …); 下同 in an attribution carries that statement on to the ones after it.
 */

export type UnitRole = "lead" | "responsible" | "undecided";

/** A unit as listed in an attribution, with the role its wording gives it. */
export type ListedUnit = { name: string; role: UnitRole };

/**
 * 列第一位者为牵头单位, 列第一位的责任单位为牵头单位, 排在首位的为牵头单位, 第一个为牵头单位, 列首位的部门牵头,
 * 牵头单位为排在第一位的 … (but not 首个由武汉牵头的平台).
 */
const FIRST_LISTED_LEADS =
  /(第一|首)(位|个|家)?[^,;。()由]{0,8}?(为|是|作为)牵头|(第一|首)(位|个|家)(的|者)?(单位|部门)?牵头|牵头(单位|部门)(为|是)(列|排)?在?(第一|首)位/;

export function statesFirstListedLeads(text: string): boolean {
  return FIRST_LISTED_LEADS.test(text);
}

/** 下同 ("the same below"): what this attribution says about the lead holds for the attributions after it. */
export function carriesOn(text: string): boolean {
  return /下同/.test(text);
}

/** A clause that only states the rule or carries it on, with no unit in it. */
export function isRuleClause(text: string): boolean {
  return statesFirstListedLeads(text) || /^[^:]{0,8}下同$/.test(text);
}

export type Units = { leadUnits: string[]; responsibleUnits: string[] };

/**
 * Turns listed units into lead and responsible units:
 * - units named as leading (牵头单位:A, A牵头, A(牵头)) lead; every other unit is responsible;
 * - otherwise the first listed leads when the document says so (A、B负责,C配合 → A; B and C are responsible);
 * - otherwise units that are only "负责" lead when others are named as taking part (A负责,B配合); a lone
 *   "A负责" leads;
 * - otherwise all are responsible (责任单位:A、B, or A、B负责 with no rule naming a lead).
 */
export function assignRoles(listed: ListedUnit[], firstListedLeads: boolean): Units {
  const named = (role: UnitRole) => listed.filter((u) => u.role === role).map((u) => u.name);
  const all = listed.map((u) => u.name);
  const leads = named("lead");
  if (leads.length > 0) return split(leads, listed.filter((u) => u.role !== "lead").map((u) => u.name));
  if (firstListedLeads && all.length > 0) return split(all.slice(0, 1), all.slice(1));
  const undecided = named("undecided");
  const responsible = named("responsible");
  if (undecided.length > 0 && responsible.length > 0) return split(undecided, responsible);
  if (undecided.length === 1 && responsible.length === 0) return split(undecided, []);
  return split([], all);
}

function split(lead: string[], responsible: string[]): Units {
  return { leadUnits: [...new Set(lead)], responsibleUnits: [...new Set(responsible)] };
}
