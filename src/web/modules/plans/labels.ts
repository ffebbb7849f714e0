/** Names and colours of the plans module's enumerations in the UI language: lights, report states, sources, verdicts. */
import { useMemo } from "react";
import { useI18n } from "../../platform/i18n.tsx";
import type { Assessment, Comparator, Light, PeriodKind, ProjectionMethod, ReportState, SourceKind, TodoKind } from "./types.ts";

/** The traffic light's colours, used by tags, dots and charts alike. */
export const LIGHT_COLORS: Record<Light, string> = { green: "#52c41a", yellow: "#faad14", red: "#f5222d" };
export const LIGHT_TAG: Record<Light, string> = { green: "success", yellow: "warning", red: "error" };
export const STATE_TAG: Record<ReportState, string> = { submitted: "processing", approved: "success", returned: "error" };
export const SOURCE_TAG: Record<SourceKind, string> = { official: "green", secondary: "blue", forecast: "purple", lower_bound: "cyan", registry: "geekblue", demo: "orange" };
export const ASSESSMENT_TAG: Record<Assessment, string> = { on_track: "success", at_risk: "warning", off_track: "error" };
const COMPARATOR_TEXT: Record<Comparator, string> = { ">": ">", ">=": "≥", "<=": "≤", "<": "<", "=": "=" };

export function usePlanLabels() {
  const { t } = useI18n();
  return useMemo(
    () => ({
      light: (l: Light) => t(`light.${l}`),
      state: (s: ReportState) => t(`report.state.${s}`),
      sourceKind: (k: SourceKind) => t(`source.${k}`),
      assessment: (a: Assessment | null) => (a ? t(`kpi.assessment.${a}`) : t("kpi.assessment.none")),
      method: (m: ProjectionMethod) => t(`kpi.method.${m}`),
      periodKind: (k: PeriodKind) => t(`plan.periodKind.${k}`),
      todoKind: (k: TodoKind) => t(`todo.kind.${k}`),
      comparator: (c: Comparator) => COMPARATOR_TEXT[c],
      planStatus: (s: string) => (s === "active" ? t("plan.status.active") : s === "closed" ? t("plan.status.closed") : s),
    }),
    [t],
  );
}

/** A number as the pages show it: at most two decimals, grouped by the language's convention. */
export function formatNumber(value: number | null | undefined, lang: string, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);
}
