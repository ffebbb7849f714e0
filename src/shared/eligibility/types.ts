/**
 * The shapes every eligibility engine shares (../shared/domain/high-tech-enterprise.md, tech-sme.md,
 * specialized-sme.md): a result with its rule set, conditions, sub-scores, what is provisional and what is missing.
 */
import type { MessageKey, MessageParams } from "../i18n/index.ts";

export const TIERS = ["high-tech", "tech-sme", "innovative-sme", "specialized-sme", "little-giant"] as const;
export type Tier = (typeof TIERS)[number];

export type RuleSetId = "HTE-2016" | "MOST-2017-115" | "MIIT-2022-63" | "MIIT-2026-2";

/** One input field that is wrong, impossible or missing; `key` is an i18n message key. */
export type FieldIssue = { path: string; key: MessageKey; params?: MessageParams };

/** pct: percent (a ratio 0.064 is reported as 6.4); wan: 万元. */
export type Unit = "pct" | "wan" | "persons" | "items" | "points" | "years" | "days";
export type Op = ">=" | ">" | "<=" | "<";

/** value null: the threshold itself depends on a missing figure (e.g. the 高企 R&D tier on last year's sales). */
type Threshold = { kind: "threshold"; op: Op; value: number | null; unit: Unit };
type Flag = { kind: "flag"; value: boolean };
export type Option = (Threshold | Flag) & { label: string };
/** What a condition asks for: a threshold, a yes/no fact, or any one of several (e.g. 营业收入 or 股权融资). */
export type Requirement = Threshold | Flag | { kind: "anyOf"; options: Option[] };

export type Actual = number | boolean | string | null;

/**
 * basic: 基本条件, always required. required: the tier's other conditions, always required.
 * main / direct: two alternative paths — all `main` conditions (e.g. the score) or any one `direct` condition (直通/直接确认).
 * info: reported, never decisive.
 */
export type ConditionGroup = "basic" | "required" | "main" | "direct" | "info";

/**
 * data: computed from figures; declaration: the enterprise's own statement (e.g. no major incident);
 * expert: a judgement the rules leave to the expert panel, taken as input; provincial: set by the province;
 * platform: computed by an official platform (e.g. MIIT's 专精特新发展评价), taken as input.
 */
export type Basis = "data" | "declaration" | "expert" | "provincial" | "platform";

/** The parts of a ratio condition, so a gap can say what it would take (e.g. 约 96 万元 more R&D). */
export type Lever = {
  numerator: number;
  denominator: number;
  /** true when the numerator is part of the denominator (科技人员 ⊂ 职工总数): adding to it adds to both. */
  partOfWhole: boolean;
  unit: "wan" | "persons";
};

export type Condition = {
  id: string;
  /** zh-CN, in the words of the rule. */
  label: string;
  /** zh-CN short name of the figure compared (研发费用占比), for the gap report. */
  measure?: string;
  /** Where the rule is written, e.g. 国科发火〔2016〕32号 第十一条（四）. */
  article: string;
  group: ConditionGroup;
  basis: Basis;
  required: Requirement;
  /** In the requirement's unit; an array for anyOf, in the order of its options. null: not known. */
  actual: Actual | Actual[];
  /** null: a figure it needs is missing. */
  met: boolean | null;
  lever?: Lever;
};

/** A rule the domain files mark unconfirmed or secondary, used in this result. */
export type ProvisionalRule = { id: string; rule: string; why: string };

/** One scored item: its points, the maximum, and where the rules give one, the grade and its range of points. */
export type ScoreItem = {
  id: string;
  label: string;
  subscore: string;
  points: number | null;
  max: number;
  basis: Basis;
  grade?: string;
  range?: [number, number];
};

export type Derived = Record<string, number | string | boolean | null>;

export type AssessmentResult = {
  tier: Tier;
  ruleSet: RuleSetId;
  assessedOn: string;
  /** null: undecided because a figure is missing (never guessed); false is given only when decided. */
  eligible: boolean | null;
  score: number | null;
  subscores: Record<string, number | null>;
  conditions: Condition[];
  /** Ids of the conditions that keep the enterprise out (an alternative path met makes the other path's misses irrelevant). */
  failedConditions: string[];
  /** Tiers with 直通/直接确认 conditions: whether any holds (independent of the basic conditions). */
  directQualification?: boolean | null;
  scoreItems: ScoreItem[];
  /** Where experts choose points inside a grade's range: the lowest and highest total the grades allow. */
  scoreRange?: { min: number; max: number };
  derived: Derived;
  provisional: boolean;
  provisionalRules: ProvisionalRule[];
  incomplete: boolean;
  missing: FieldIssue[];
};
