/**
 * Finding the attribution that closes a paragraph: a bracket at its end ("…建设。(牵头单位:A)", "…建设(A负责)。",
 * or 〔…〕 and 【…】 in some provinces), a trailing labelled sentence ("…建设。牵头单位:A;责任单位:B。") or a
 * trailing sentence of the verb form ("…建设。A牵头,B参与。"). A bracket that is no attribution
 * ((以下简称“飞地园区”), (2023—2025年)) stays in the text.
 */
import { endsWithClosingBracket, openingBracketOf } from "./brackets.ts";
import { isRuleNote, readAttribution, startsWithRoleLabel, type Attribution } from "./attribution.ts";

export type Paragraph = {
  /** The paragraph without its attribution (and without a bracket that only states the lead rule). */
  rest: string;
  attribution: Attribution | null;
};

const TERMINAL = /[。!?;]$/;
const TRAILING_PUNCTUATION = /[。!?;,.\s]*$/;

/** A verb-form sentence longer than this is prose that happens to end in 负责, not an attribution. */
const MAX_VERB_SENTENCE = 80;

function merge(earlier: Attribution, later: Attribution | null): Attribution {
  if (!later) return earlier;
  return {
    listed: [...earlier.listed, ...later.listed],
    statesFirstListedLeads: earlier.statesFirstListedLeads || later.statesFirstListedLeads,
    carriesOn: earlier.carriesOn || later.carriesOn,
  };
}

/** "…建设(…)。" keeps its full stop once the bracket is gone; "…建设。(…)" already has it. */
function closeSentence(before: string, punctuation: string): string {
  const kept = before.trimEnd();
  if (kept === "" || TERMINAL.test(kept)) return kept;
  return kept + punctuation.trim();
}

type Found = { rest: string; attribution: Attribution | null };

function trailingBracket(text: string): Found | null {
  const punctuation = TRAILING_PUNCTUATION.exec(text)?.[0] ?? "";
  const core = text.slice(0, text.length - punctuation.length);
  if (!endsWithClosingBracket(core)) return null;
  const open = openingBracketOf(core, core.length - 1);
  if (open < 0) return null;
  const before = core.slice(0, open);
  const content = core.slice(open + 1, -1);
  // A plain list of units counts only where a sentence has ended: "…建设。(省科技厅、省发改委)".
  const afterSentence = before.trim() === "" || TERMINAL.test(before.trimEnd());
  const attribution = readAttribution(content, afterSentence ? "bracket after a sentence" : "bracket");
  if (attribution) return { rest: closeSentence(before, punctuation), attribution };
  if (isRuleNote(content)) return { rest: closeSentence(before, punctuation), attribution: null };
  return null;
}

/** "…。牵头单位:A;责任单位:B、C。": the labelled part must start a sentence. */
function trailingLabelledSentence(text: string): Found | null {
  for (const match of text.matchAll(/(^|[。;!?])(?=[^。;!?]*:)/g)) {
    const start = (match.index ?? 0) + (match[1]?.length ?? 0);
    const sentence = text.slice(start).replace(TRAILING_PUNCTUATION, "");
    if (!startsWithRoleLabel(sentence)) continue;
    const attribution = readAttribution(sentence, "sentence");
    if (attribution) return { rest: text.slice(0, start).trimEnd(), attribution };
  }
  return null;
}

/** "…。省科技厅牵头,省发改委参与。" (or a line that is only that sentence). */
function trailingVerbSentence(text: string): Found | null {
  const core = text.replace(TRAILING_PUNCTUATION, "");
  const start = Math.max(core.lastIndexOf("。"), core.lastIndexOf("!"), core.lastIndexOf("?")) + 1;
  const sentence = core.slice(start);
  if (sentence.length > MAX_VERB_SENTENCE) return null;
  const attribution = readAttribution(sentence, "sentence");
  return attribution ? { rest: core.slice(0, start).trimEnd(), attribution } : null;
}

/**
 * The outline, the joining of broken lines and the reading of items each ask this of the same lines; the answer
 * depends on the text alone, so it is kept (and the store emptied before it grows past a few plans' worth).
 * Callers must not mutate what they get back.
 */
const taken = new Map<string, Paragraph>();
const TAKEN_MAX = 20_000;

/** Splits a paragraph into its text and the attribution(s) that close it. */
export function takeAttribution(paragraph: string): Paragraph {
  const known = taken.get(paragraph);
  if (known) return known;
  if (taken.size >= TAKEN_MAX) taken.clear();
  const found = findAttribution(paragraph);
  taken.set(paragraph, found);
  return found;
}

function findAttribution(paragraph: string): Paragraph {
  let rest = paragraph.trim();
  let attribution: Attribution | null = null;
  for (;;) {
    const found = trailingBracket(rest) ?? trailingLabelledSentence(rest) ?? trailingVerbSentence(rest);
    if (!found) return { rest, attribution };
    rest = found.rest;
    attribution = found.attribution ? merge(found.attribution, attribution) : attribution;
    if (rest === "") return { rest, attribution };
  }
}
