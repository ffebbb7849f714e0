/**
 * How the reserve page shows an entry: its path as a step indicator (后备 → 已申报 → 已认定/未通过/已退出), the moves
 * it may make next (the shared table the server enforces), and its 高企 readiness from the stored assessment. Pure.
 */
import { NEXT_STAGES, type ReserveStage } from "../../../../shared/enterprise/reserve.ts";
import type { HighTechSummary, StageMove } from "./api.ts";

export type StepStatus = "wait" | "process" | "finish" | "error";
export type Step = { stage: ReserveStage; status: StepStatus; date: string | null };

type EntryPath = { stage: ReserveStage; appliedOn: string | null; decidedOn: string | null };

/**
 * The steps of an entry's round. The last step names the outcome once there is one, 已认定 before. An entry
 * withdrawn before applying has no 已申报 step; an entry taken up again after a rejection starts a new round, so its
 * old dates are not shown on the new one.
 */
export function stageSteps(entry: EntryPath): Step[] {
  const reserve = (status: StepStatus): Step => ({ stage: "reserve", status, date: null });
  const applied = (status: StepStatus): Step => ({ stage: "applied", status, date: status === "finish" || status === "process" ? entry.appliedOn : null });
  switch (entry.stage) {
    case "reserve":
      return [reserve("process"), applied("wait"), { stage: "certified", status: "wait", date: null }];
    case "applied":
      return [reserve("finish"), applied("process"), { stage: "certified", status: "wait", date: null }];
    case "certified":
      return [reserve("finish"), applied("finish"), { stage: "certified", status: "finish", date: entry.decidedOn }];
    case "rejected":
      return [reserve("finish"), applied("finish"), { stage: "rejected", status: "error", date: entry.decidedOn }];
    case "withdrawn":
      return entry.appliedOn
        ? [reserve("finish"), applied("finish"), { stage: "withdrawn", status: "error", date: null }]
        : [reserve("finish"), { stage: "withdrawn", status: "error", date: null }];
  }
}

/** The moves offered for an entry: exactly those the server accepts from its stage. */
export const movesFrom = (stage: ReserveStage): readonly ReserveStage[] => NEXT_STAGES[stage];

/** What a move asks for before it is sent: a date, or the certificate that came of a 认定. */
export type MoveForm = "appliedOn" | "decidedOn" | "certificate" | "note";

export function moveForm(to: ReserveStage): MoveForm {
  if (to === "applied") return "appliedOn";
  if (to === "certified") return "certificate";
  if (to === "rejected") return "decidedOn";
  return "note";
}

/** What the move form holds: dates as the date inputs give them (YYYY-MM-DD, or "" when cleared). */
export type MoveValues = {
  appliedOn?: string;
  decidedOn?: string;
  note?: string;
  certificate?: { number?: string; year?: number | null; validFrom?: string; validUntil?: string };
};

const blank = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/** The request for a move: only what the move asks for; a note left empty keeps the entry's note as it was. */
export function moveOf(to: ReserveStage, v: MoveValues): StageMove {
  switch (moveForm(to)) {
    case "appliedOn":
      return { stage: to, appliedOn: blank(v.appliedOn) };
    case "decidedOn":
      return { stage: to, decidedOn: blank(v.decidedOn) };
    case "certificate":
      return {
        stage: to,
        decidedOn: blank(v.decidedOn),
        certificate: { number: v.certificate?.number?.trim() ?? "", year: v.certificate?.year ?? 0, validFrom: blank(v.certificate?.validFrom), validUntil: blank(v.certificate?.validUntil) },
      };
    case "note": {
      const note = blank(v.note);
      return note ? { stage: to, note } : { stage: to };
    }
  }
}

export type Readiness =
  | { kind: "unknown" }
  | { kind: "held" }
  | { kind: "eligible"; score: number | null }
  | { kind: "short"; unmet: number }
  /** The engine could not decide: a figure it needs is missing (never guessed). `unmet`: conditions already missed. */
  | { kind: "incomplete"; unmet: number };

/** 符合 / 差 N 项 / 数据不全 from the stored 高企 assessment; the engine decided it, the page only names it. */
export function readiness(summary: HighTechSummary | null): Readiness {
  if (!summary) return { kind: "unknown" };
  if (summary.held) return { kind: "held" };
  if (summary.eligible === true) return { kind: "eligible", score: summary.score };
  if (summary.eligible === false) return { kind: "short", unmet: summary.unmet };
  return { kind: "incomplete", unmet: summary.unmet };
}
