/**
 * Which numbered items are tasks, and with which units:
 * - tasks are the items at the deepest numbered level that have text: a heading whose children are numbered
 *   items is not a task;
 * - chapters of prose only (总体要求, 指导思想, 工作目标 …) hold no tasks, and neither do the items of 保障措施 or
 *   组织实施 unless they carry an attribution: an item that carries one is a task wherever it stands;
 * - an item with no attribution of its own takes that of its nearest numbered ancestor that carries one.
 */
import { assignRoles, statesFirstListedLeads, type Units } from "./lead-rule.ts";
import { headingOf, readItemText, type ItemText } from "./item-text.ts";
import type { Outline, OutlineItem } from "./outline.ts";
import { findTargets } from "./targets.ts";
import type { Chapter, ParsedTask, Target } from "./types.ts";

const PROSE_HEADING =
  /总体要求|指导思想|基本原则|工作原则|主要原则|总体目标|工作目标|主要目标|发展目标|预期目标|目标要求|总体思路|工作思路|发展思路|重要意义|总体定位|发展定位|功能定位|战略定位|适用范围|实施范围|实施期限|实施周期|实施步骤|工作步骤|进度安排|时间安排|阶段安排|附则|总则|基本情况|发展基础|发展现状|现实基础|面临形势|发展形势|形势分析|背景|^其[他它]$/;
const GUARANTEE_HEADING =
  /保障措施|保障机制|组织保障|组织实施|工作要求|组织领导|工作保障|支撑保障|保障支撑|强化保障|加强保障|保障体系|政策保障|实施保障|保障条件|监督考核|督促检查/;
/** Section names are short; a longer heading that mentions 目标 or 保障 is a task's own title. */
const SECTION_NAME_MAX = 12;

type ReadItem = { item: OutlineItem; text: ItemText; heading: string; units: Units | null };

function isSection(heading: string, kind: RegExp): boolean {
  return heading.length <= SECTION_NAME_MAX && kind.test(heading);
}

/**
 * Whether a note, the preamble, the pasted notice or a heading (anything but an attribution) says the first
 * listed unit leads: then it holds for every attribution of the document, before the statement as well as after.
 */
function firstListedLeadsEverywhere(textOutsideItems: string[], items: { item: OutlineItem; text: ItemText }[]): boolean {
  if (textOutsideItems.some(statesFirstListedLeads)) return true;
  return items.some(({ item, text }) => item.lines.some(statesFirstListedLeads) && !text.attribution?.statesFirstListedLeads);
}

/** Resolves each item's own attribution in document order, carrying the first-listed-leads rule on after 下同. */
function resolveUnits(items: OutlineItem[], textOutsideItems: string[]): ReadItem[] {
  const texts = items.map((item) => ({ item, text: readItemText(item.lines) }));
  const everywhere = firstListedLeadsEverywhere(textOutsideItems, texts);
  let carried = false;
  return texts.map(({ item, text }) => {
    const attribution = text.attribution;
    let units: Units | null = null;
    if (attribution) {
      units = assignRoles(attribution.listed, everywhere || carried || attribution.statesFirstListedLeads);
      carried ||= attribution.statesFirstListedLeads && attribution.carriesOn;
    }
    return { item, text, heading: headingOf(text), units };
  });
}

export type ReadTasks = { chapters: Chapter[]; tasks: ParsedTask[]; targets: Target[] };

/** textOutsideItems: the preamble, notes and anything before the title (a pasted notice may state the lead rule). */
export function readTasks(outline: Outline, textOutsideItems: string[]): ReadTasks {
  const read = resolveUnits(outline.items, textOutsideItems);
  const byItem = new Map(read.map((r) => [r.item, r]));
  const ancestry = (r: ReadItem): ReadItem[] => {
    const chain: ReadItem[] = [];
    for (let at: OutlineItem | null = r.item; at; at = at.parent) {
      const found = byItem.get(at);
      if (found) chain.push(found);
    }
    return chain;
  };

  const tasks: ParsedTask[] = [];
  const placed: { order: number; targets: Target[] }[] = outline.prose.map((p) => ({ order: p.order, targets: findTargets(p.text) }));
  for (const r of read) {
    const chain = ancestry(r);
    const units = chain.find((c) => c.units)?.units ?? null;
    const inSection = (kind: RegExp) => chain.some((c) => isSection(c.heading, kind));
    const hasText = r.text.title !== "" || r.text.body !== "";
    const isTask = r.item.children.length === 0 && hasText && (units !== null || (!inSection(PROSE_HEADING) && !inSection(GUARANTEE_HEADING)));
    if (!isTask) {
      placed.push({ order: r.item.order, targets: r.text.paragraphs.flatMap(findTargets) });
      continue;
    }
    tasks.push({
      chapter: r.item.path[0] ?? r.item.number,
      number: r.item.number,
      path: r.item.path,
      title: r.text.title,
      body: r.text.body,
      leadUnits: units?.leadUnits ?? [],
      responsibleUnits: units?.responsibleUnits ?? [],
      targets: findTargets(r.text.text),
    });
  }

  const chapters = read.filter((r) => r.item.parent === null).map((r) => ({ number: r.item.number, title: r.heading }));
  const targets = placed.sort((a, b) => a.order - b.order).flatMap((p) => p.targets);
  return { chapters, tasks, targets };
}
