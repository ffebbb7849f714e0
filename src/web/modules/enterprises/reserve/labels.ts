/** Names of the reserve pool's stages, moves, sources and 高企 readiness in the UI language. */
import { useMemo } from "react";
import { useI18n } from "../../../platform/i18n.tsx";
import { RESERVE_STAGES, type ReserveStage } from "../../../../shared/enterprise/reserve.ts";
import type { Readiness } from "./stages.ts";

export const READINESS_COLOR: Record<Readiness["kind"], string> = { unknown: "default", held: "blue", eligible: "success", short: "warning", incomplete: "default" };

export function useReserveLabels() {
  const { t } = useI18n();
  return useMemo(() => {
    const stage = (s: ReserveStage) => t(`cultivation.stage.${s}`);
    const move = (to: ReserveStage) => t(`cultivation.move.${to}`);
    const source = (s: string) => (s === "engine" ? t("cultivation.reserve.source.engine") : t("cultivation.reserve.source.officer"));
    const readiness = (r: Readiness) => {
      switch (r.kind) {
        case "unknown":
          return t("cultivation.readiness.unknown");
        case "held":
          return t("cultivation.readiness.held");
        case "eligible":
          return r.score === null ? t("cultivation.readiness.eligible") : t("cultivation.readiness.eligibleScore", { score: r.score });
        case "short":
          return t("cultivation.readiness.short", { count: r.unmet });
        case "incomplete":
          return r.unmet > 0 ? t("cultivation.readiness.incompleteShort", { count: r.unmet }) : t("cultivation.readiness.incomplete");
      }
    };
    return { stage, move, source, readiness, stageOptions: RESERVE_STAGES.map((s) => ({ value: s, label: stage(s) })) };
  }, [t]);
}
