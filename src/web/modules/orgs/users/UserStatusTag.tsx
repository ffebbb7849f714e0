/** A user's state at a glance: disabled, locked (with the time it ends), or active. */
import { useState } from "react";
import { Tag, Tooltip } from "antd";
import type { User } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { formatDateTime } from "../../../platform/format.ts";

export function UserStatusTag({ user }: { user: Pick<User, "disabled" | "lockedUntil"> }) {
  const { t, lang } = useI18n();
  // lockedUntil stays set after it passes (the server clears it at the next successful sign-in): compare with the clock once.
  const [now] = useState(() => Date.now());
  if (user.disabled) return <Tag>{t("user.disabled")}</Tag>;
  if (user.lockedUntil && Date.parse(user.lockedUntil) > now) {
    return (
      <Tooltip title={t("user.lockedUntil", { time: formatDateTime(user.lockedUntil, lang) })}>
        <Tag color="red">{t("user.locked")}</Tag>
      </Tooltip>
    );
  }
  return <Tag color="green">{t("user.active")}</Tag>;
}
