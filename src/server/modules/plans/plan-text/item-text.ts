/**
 * An item's title, body and attribution. The title is the item's first sentence when that sentence is a short
 * heading ("(一)强化东湖科学城辐射带动作用。大力推进…" → 强化东湖科学城辐射带动作用); the rest is the body,
 * without the attribution. A heading alone on its line (1.强化… ⏎ 大力推进…) is the title just the same.
 */
import type { Attribution } from "./attribution.ts";
import { bracketsBalance } from "./brackets.ts";
import { takeAttribution } from "./trailing-attribution.ts";

export type ItemText = {
  title: string;
  body: string;
  /** The item's paragraphs without attribution, joined: what targets and years are read from. */
  text: string;
  /** Each paragraph on its own, for items that are not tasks (their targets are read paragraph by paragraph). */
  paragraphs: string[];
  attribution: Attribution | null;
};

const TERMINAL = /[。!?;]$/;
const HEADING_MAX = 36;

/** A short heading, not a sentence of content: few clauses, no colon, no year. */
export function isShortHeading(text: string): boolean {
  return (
    text.length >= 2 &&
    text.length <= HEADING_MAX &&
    (text.match(/[,;]/g) ?? []).length <= 1 &&
    !/:/.test(text) &&
    !/\d{4}年/.test(text)
  );
}

/** Lines broken mid-sentence (a copied PDF) are one paragraph again; a heading line stays apart from its text. */
function paragraphsOf(lines: string[]): string[] {
  const paragraphs: string[] = [];
  lines.forEach((line, i) => {
    const last = paragraphs[paragraphs.length - 1];
    const headingLine = i === 1 && last !== undefined && isShortHeading(takeAttribution(last).rest);
    const broken = last !== undefined && (!bracketsBalance(last) || (!TERMINAL.test(takeAttribution(last).rest) && !headingLine));
    if (broken && takeAttribution(last).rest !== "") paragraphs[paragraphs.length - 1] = last + line;
    else paragraphs.push(line);
  });
  return paragraphs.filter((p) => p !== "");
}

function mergeAttributions(found: Attribution[]): Attribution | null {
  const [first, ...others] = found;
  if (!first) return null;
  return others.reduce(
    (all, a) => ({
      listed: [...all.listed, ...a.listed],
      statesFirstListedLeads: all.statesFirstListedLeads || a.statesFirstListedLeads,
      carriesOn: all.carriesOn || a.carriesOn,
    }),
    first,
  );
}

function titleAndBody(paragraphs: string[]): { title: string; body: string } {
  const [first = "", ...others] = paragraphs;
  if (others.length > 0 && !TERMINAL.test(first) && isShortHeading(first.replace(/:$/, ""))) {
    return { title: first.replace(/:$/, ""), body: others.join("\n") };
  }
  const text = paragraphs.join("\n");
  const stop = text.search(/[。!?]/);
  const sentence = stop < 0 ? text : text.slice(0, stop);
  if (isShortHeading(sentence) && !sentence.includes("\n")) {
    return { title: sentence, body: stop < 0 ? "" : text.slice(stop + 1).trim() };
  }
  return { title: "", body: text };
}

export function readItemText(lines: string[]): ItemText {
  const taken = paragraphsOf(lines).map(takeAttribution);
  const paragraphs = taken.map((t) => t.rest).filter((p) => p !== "");
  const attribution = mergeAttributions(taken.flatMap((t) => (t.attribution ? [t.attribution] : [])));
  return { ...titleAndBody(paragraphs), text: paragraphs.join("\n"), paragraphs, attribution };
}

/** What a heading is called in the chapter list and in the prose/guarantee tests: its title, or its first sentence. */
export function headingOf(item: ItemText): string {
  if (item.title !== "") return item.title;
  const first = item.paragraphs[0] ?? "";
  return first.replace(/[。!?;:].*$/, "");
}
