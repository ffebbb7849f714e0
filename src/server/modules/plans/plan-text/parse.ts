/**
 * parsePlanText: the plain text of a Chinese government plan (行动方案, 实施方案, 若干措施, 分工方案,
 * 重点工作责任分解) into its title, chapters, tasks with their lead and responsible units, and targets.
 * Pure: text in, structure out. The rules are ../shared/domain/plan-text.md; each step lives in its own file.
 */
import { removeChrome } from "./chrome.ts";
import { toSourceLines } from "./normalize.ts";
import { buildOutline } from "./outline.ts";
import { readTasks } from "./tasks.ts";
import { findTitle } from "./title.ts";
import type { ParsedPlan } from "./types.ts";

export type { Chapter, Comparator, ParsedPlan, ParsedTask, Target } from "./types.ts";

export function parsePlanText(text: string): ParsedPlan {
  const lines = removeChrome(toSourceLines(text));
  const { title, bodyStart } = findTitle(lines);
  const outline = buildOutline(lines.slice(bodyStart).map((l) => l.text));
  const beforeBody = lines.slice(0, bodyStart).map((l) => l.text);
  const outside = [...beforeBody, ...outline.prose.map((p) => p.text)];
  const { chapters, tasks, targets } = readTasks(outline, outside);
  return { title, chapters, targets, tasks };
}
