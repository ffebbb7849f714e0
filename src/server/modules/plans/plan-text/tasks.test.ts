import { describe, expect, it } from "vitest";
import { buildOutline } from "./outline.ts";
import { readTasks } from "./tasks.ts";

const tasksOf = (lines: string[], outside: string[] = []) => readTasks(buildOutline(lines), outside);
const summary = (lines: string[], outside: string[] = []) =>
  tasksOf(lines, outside).tasks.map((t) => [t.path.join(" "), t.leadUnits, t.responsibleUnits]);

describe("which items are tasks", () => {
  it("takes the deepest numbered items with text, not the headings above them", () => {
    expect(tasksOf(["一、任务", "(一)平台", "1.建设平台。", "2.运营平台。", "(二)企业。"]).tasks.map((t) => t.path)).toEqual([
      ["一", "(一)", "1"],
      ["一", "(一)", "2"],
      ["一", "(二)"],
    ]);
  });

  it.each(["总体要求", "指导思想", "基本原则", "工作目标", "主要目标", "发展背景", "面临形势"])(
    "finds no task in a chapter of prose (%s)",
    (heading) => {
      expect(tasksOf([`一、${heading}`, "(一)坚持创新引领。", "(二)坚持开放合作。"]).tasks).toEqual([]);
    },
  );

  it.each(["保障措施", "组织实施", "强化保障", "加强组织保障"])("takes only attributed items of %s as tasks", (heading) => {
    const { tasks } = tasksOf([`五、${heading}`, "(一)加强组织领导。建立协调机制。(牵头单位:省科技厅)", "(二)加大资金投入。统筹用好资金。"]);
    expect(tasks.map((t) => t.path)).toEqual([["五", "(一)"]]);
  });

  it("takes an attributed item as a task even in a chapter of prose", () => {
    expect(tasksOf(["一、总体要求", "(一)建立统计监测制度。(省统计局负责)"]).tasks.map((t) => t.path)).toEqual([["一", "(一)"]]);
  });

  it("takes the items of any other chapter as tasks, attributed or not", () => {
    expect(tasksOf(["二、科技共兴", "(一)组织联合攻关。聚焦重点领域。"]).tasks).toHaveLength(1);
  });

  it("lets an item without attribution inherit its nearest attributed ancestor's", () => {
    const lines = ["二、任务(牵头单位:省发改委)", "(一)平台(牵头单位:省科技厅;责任单位:省财政厅)", "1.建设。", "(二)企业", "2.培育。", "3.服务。(省经信厅负责)"];
    expect(summary(lines)).toEqual([
      ["二 (一) 1", ["省科技厅"], ["省财政厅"]],
      ["二 (二) 2", ["省发改委"], []],
      ["二 (二) 3", ["省经信厅"], []],
    ]);
  });
});

describe("the first-listed-leads rule", () => {
  const items = ["一、任务", "1.建设。(省科技厅、省财政厅负责)", "2.运营。(省发改委、省科技厅负责,列第一位者为牵头单位,下同)", "3.培育。(省经信厅、省财政厅负责)"];

  it("carries a rule stated in an attribution with 下同 forward only", () => {
    expect(summary(items)).toEqual([
      ["一 1", [], ["省科技厅", "省财政厅"]],
      ["一 2", ["省发改委"], ["省科技厅"]],
      ["一 3", ["省经信厅"], ["省财政厅"]],
    ]);
  });

  it("keeps a rule stated in an attribution without 下同 to that attribution", () => {
    expect(summary(items.map((l) => l.replace(",下同", "")))[2]).toEqual(["一 3", [], ["省经信厅", "省财政厅"]]);
  });

  it("applies a rule stated in a note or the preamble to every attribution", () => {
    expect(summary(items.slice(0, 2), ["注:列第一位者为牵头单位。"])[0]).toEqual(["一 1", ["省科技厅"], ["省财政厅"]]);
  });

  it("applies a rule stated in a heading to every attribution", () => {
    expect(summary(["一、任务(各项任务排在首位的为牵头单位)", "1.建设。(省科技厅、省财政厅负责)"])).toEqual([
      ["一 1", ["省科技厅"], ["省财政厅"]],
    ]);
    expect(tasksOf(["一、任务(各项任务排在首位的为牵头单位)", "1.建设。"]).chapters).toEqual([{ number: "一", title: "任务" }]);
  });
});

describe("targets inside and outside tasks", () => {
  it("puts a task's targets in the task and the rest at the top level, in document order", () => {
    const read = tasksOf(["二、主要目标", "到2025年,平台超过100个。", "三、任务", "(一)建设平台。到2025年,基地超过20个。"]);
    expect(read.targets.map((t) => t.text)).toEqual(["平台超过100个"]);
    expect(read.tasks[0]?.targets.map((t) => t.text)).toEqual(["基地超过20个"]);
  });

  it("reads a task as one paragraph and a prose item paragraph by paragraph", () => {
    const read = tasksOf(["一、总体要求", "到2025年,大走廊建设取得明显成效。", "高新技术企业突破15000家。", "二、任务", "1.培育企业", "到2025年,培育企业。", "高新技术企业突破20000家,科技型企业持续增长。"]);
    expect(read.targets.map((t) => t.year)).toEqual([null]);
    expect(read.tasks[0]?.targets.map((t) => t.year)).toEqual([2025]);
  });
});
