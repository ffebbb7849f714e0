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

/**
 * A short heading, not a sentence of content: few clauses, no colon, no number (a sentence with a number states
 * an amount or a date: 全年完成固定资产投资增长8%左右 is content, not a heading). A number inside quotes names
 * something (打造“1+8”协同创新体系) and does not count.
 */
export function isShortHeading(text: string): boolean {
  const unquoted = text.replace(/“[^”]*”/g, "“”");
  return text.length >= 2 && text.length <= HEADING_MAX && (text.match(/[,;]/g) ?? []).length <= 1 && !/[:\d]/.test(unquoted);
}

/** A heading alone on a line: 推进东湖科学城建设 (its text follows on the next line). */
function isHeadingLine(text: string): boolean {
  return isShortHeading(text) && !/[。!?]/.test(text);
}

/** Whether the paragraph stops mid-sentence, so the next line continues it (a copied PDF breaks lines anywhere). */
function isBrokenOff(paragraph: string, isItemsFirstLine: boolean): boolean {
  if (!bracketsBalance(paragraph)) return true;
  const rest = takeAttribution(paragraph).rest;
  if (rest === "" || TERMINAL.test(rest)) return false;
  return !(isItemsFirstLine && isHeadingLine(rest));
}

function paragraphsOf(lines: string[]): string[] {
  const paragraphs: string[] = [];
  lines.forEach((line, i) => {
    const last = paragraphs[paragraphs.length - 1];
    if (last !== undefined && isBrokenOff(last, i === 1)) paragraphs[paragraphs.length - 1] = last + line;
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
  if (others.length > 0 && isHeadingLine(first.replace(/:$/, ""))) {
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
