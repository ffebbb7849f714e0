/**
 * The plan's numbered outline. Each numbered line opens an item under the nearest open item of an outer level;
 * each unnumbered line either continues the current item or is prose that belongs to no item:
 * - it continues an item whose text is still open: a heading with no full stop yet (一、总体要求 ⏎ its prose),
 *   or a line broken mid-sentence; and a bullet (——…, ①…) continues the item above it;
 * - an attribution on its own line (牵头单位:… ⏎ 责任单位:…) closes the item it follows;
 * - once an item has its attribution, what follows is not its text; nor is a short lead-in sentence between
 *   items (加快建设科技强省。), a note (注:…) or an attachment line.
 */
import { bracketsBalance } from "./brackets.ts";
import { readNumbering, type Rank } from "./numbering.ts";
import { takeAttribution } from "./trailing-attribution.ts";

export type OutlineItem = {
  rank: Rank;
  number: string;
  /** Its number and its numbered ancestors', outermost first. */
  path: string[];
  /** Its own text: the rest of its numbered line, then the lines that continue it. */
  lines: string[];
  parent: OutlineItem | null;
  children: OutlineItem[];
  /** Position in the document among items and prose lines. */
  order: number;
};

/** An unnumbered line that belongs to no item: preamble, lead-ins, notes, what follows the last item. */
export type ProseLine = { text: string; order: number };

export type Outline = { items: OutlineItem[]; prose: ProseLine[] };

const NOTE = /^(注|备注|说明|附件|附表|附:)/;
/** Bullets under an item (——实施A工程。, ①…): the item's own list, however short each entry. */
const BULLET = /^(—|-|•|·|●|○|■|□|◆|◇|▪|►|[\u2460-\u2473\u2776-\u277f])/;
const TERMINAL = /[。!?;]$/;
const LEAD_IN_MAX = 30;

/** Whether the item's last line still expects text: a heading without full stop, or a line broken mid-sentence. */
function isOpen(line: string): boolean {
  if (line === "" || !bracketsBalance(line)) return true;
  const { rest, attribution } = takeAttribution(line);
  if (rest === "") return !attribution;
  return !TERMINAL.test(rest);
}

/** A single short sentence standing between items: 加快建设科技强省。 */
function isLeadIn(line: string): boolean {
  const body = line.replace(/[。!?;]$/, "");
  return body.length <= LEAD_IN_MAX && !/[。!?;,]/.test(body);
}

type Current = { item: OutlineItem; attributed: boolean; sealed: boolean };

export function buildOutline(lines: string[]): Outline {
  const items: OutlineItem[] = [];
  const prose: ProseLine[] = [];
  const open: OutlineItem[] = [];
  let current: Current | null = null;
  let order = 0;

  for (const line of lines) {
    order += 1;
    const numbered = readNumbering(line);
    if (numbered) {
      while ((open[open.length - 1]?.rank ?? 0) >= numbered.rank) open.pop();
      const parent = open[open.length - 1] ?? null;
      const item: OutlineItem = {
        rank: numbered.rank,
        number: numbered.number,
        path: [...(parent?.path ?? []), numbered.number],
        lines: [numbered.rest],
        parent,
        children: [],
        order,
      };
      parent?.children.push(item);
      items.push(item);
      open.push(item);
      current = { item, attributed: takeAttribution(numbered.rest).attribution !== null, sealed: false };
      continue;
    }
    if (current && !current.sealed && continues(current, line)) {
      current.item.lines.push(line);
      current.attributed ||= takeAttribution(line).attribution !== null;
      continue;
    }
    if (current) current.sealed = true;
    prose.push({ text: line, order });
  }
  return { items, prose };
}

function continues(current: Current, line: string): boolean {
  if (NOTE.test(line)) return false;
  if (BULLET.test(line) || isOpen(current.item.lines[current.item.lines.length - 1] ?? "")) return true;
  const { rest, attribution } = takeAttribution(line);
  if (rest === "" && attribution) return true;
  return !current.attributed && !isLeadIn(line);
}
