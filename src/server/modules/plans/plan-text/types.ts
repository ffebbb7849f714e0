/** What the plan-text parser returns (see ../shared/domain/plan-text.md). All text is NFKC-normalised. */

export type Comparator = ">" | ">=" | "<=" | "<" | "=";

/** A quantity the plan commits to, e.g. 高新技术企业突破15000家 → indicator 高新技术企业, ">", 15000, 家. */
export type Target = {
  text: string;
  indicator: string;
  comparator: Comparator;
  value: number;
  unit: string;
  year: number | null;
};

/** An outermost numbered heading (一、总体要求 → number "一", title "总体要求"). */
export type Chapter = { number: string; title: string };

export type ParsedTask = {
  /** The outermost number of the task's path. */
  chapter: string;
  number: string;
  /** The task's number and its numbered ancestors', outermost first: ["二", "(三)", "2"]. */
  path: string[];
  title: string;
  body: string;
  leadUnits: string[]; // 牵头单位
  responsibleUnits: string[]; // 责任单位, 配合单位, 参与单位 …
  targets: Target[];
};

export type ParsedPlan = {
  title: string;
  chapters: Chapter[];
  /** Targets stated outside any task (preamble, 总体要求, 工作目标 …). */
  targets: Target[];
  tasks: ParsedTask[];
};
