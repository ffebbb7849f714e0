/** Picks an organisation by typing part of its name (or credit code); the server searches within the user's scope. */
import { useState, type CSSProperties } from "react";
import { Select } from "antd";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { listOrgs, orgKeys } from "../api.ts";
import type { Organisation, OrgStatus } from "../types.ts";
import { useLabels } from "../../../platform/labels.ts";
import { useI18n } from "../../../platform/i18n.tsx";

type Props = {
  id?: string;
  value?: string | null;
  /** The organisation itself comes along when it was picked from the search results (its name, say). */
  onChange?: (value: string | null, org?: Organisation) => void;
  /** The current value's name, when the form opens on an existing choice. */
  currentLabel?: string;
  excludeId?: string;
  /** Only organisations in this status (the target of a merge must be an active one). */
  status?: OrgStatus;
  style?: CSSProperties;
};

export function OrgSelect({ id, value, onChange, currentLabel, excludeId, status, style }: Props) {
  const { t } = useI18n();
  const { cityLabel } = useLabels();
  const [q, setQ] = useState("");
  const query = { q, status, page: 1, pageSize: 20 };
  const found = useQuery({ queryKey: orgKeys.list(query), queryFn: () => listOrgs(query), placeholderData: keepPreviousData });
  const items = found.data?.items ?? [];
  const options = items
    .filter((o) => o.id !== excludeId)
    .map((o) => ({ value: o.id, label: `${o.name} · ${cityLabel(o.cityCode)}` }));
  if (value && currentLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: currentLabel });
  return (
    <Select<string | null>
      id={id}
      style={style}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null, items.find((o) => o.id === next))}
      options={options}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={found.isFetching}
      placeholder={t("org.searchPlaceholder")}
      notFoundContent={found.isFetching ? null : t("common.noMatch")}
    />
  );
}
