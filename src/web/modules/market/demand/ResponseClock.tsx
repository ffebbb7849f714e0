/** A demand's 48-hour response clock in words (clock.ts), ticking once a minute while the page is open. */
import { useEffect, useState } from "react";
import { Alert } from "antd";
import { durationParts, responseClock } from "./clock.ts";
import type { Demand } from "../types.ts";
import { useI18n, type Translate } from "../../../platform/i18n.tsx";
import { formatDateTime } from "../../../platform/format.ts";

function useNow(everyMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

export function durationText(ms: number, t: Translate): string {
  const { days, hours, minutes } = durationParts(ms);
  if (days > 0) return t("duration.days", { days, hours });
  if (hours > 0) return t("duration.hours", { hours, minutes });
  return t("duration.minutes", { minutes });
}

export function ResponseClock({ demand }: { demand: Demand }) {
  const { t, lang } = useI18n();
  const now = useNow(60_000);
  const clock = responseClock(demand, now);
  const published = demand.publishedAt ? t("clock.publishedAt", { time: formatDateTime(demand.publishedAt, lang) }) : undefined;
  const shown = (() => {
    switch (clock.state) {
      case "draft":
        return { type: "info" as const, text: t("clock.draft") };
      case "waiting":
        return { type: "warning" as const, text: t("clock.waiting", { elapsed: durationText(clock.sincePublishedMs, t), left: durationText(clock.leftMs, t) }) };
      case "overdue":
        return { type: "error" as const, text: t("clock.overdue", { elapsed: durationText(clock.sincePublishedMs, t) }) };
      case "responded":
        return { type: "success" as const, text: t("clock.responded", { after: durationText(clock.respondedAfterMs, t) }) };
      case "closed":
        return { type: "info" as const, text: clock.respondedAfterMs === null ? t("clock.closedSilent") : t("clock.closedResponded", { after: durationText(clock.respondedAfterMs, t) }) };
    }
  })();
  return <Alert type={shown.type} showIcon title={shown.text} description={published} data-testid="response-clock" data-state={clock.state} />;
}
