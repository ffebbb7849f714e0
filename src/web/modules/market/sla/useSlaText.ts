/** The words of the response-time chart and its numbers in the reader's language (the SLA page and the dashboard card). */
import { useMemo } from "react";
import type { SlaText } from "./slaChart.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";

export function useSlaText(): SlaText {
  const { t } = useI18n();
  const { cityLabel } = useLabels();
  return useMemo(
    () => ({
      city: cityLabel,
      bucket: (id) => t(`sla.bucket.${id}`),
      cityColumn: t("sla.city"),
      responded: t("sla.responded"),
      waiting: t("sla.waiting"),
      overdue: t("sla.overdueCount"),
      p50: t("sla.p50"),
      p90: t("sla.p90"),
    }),
    [t, cityLabel],
  );
}
