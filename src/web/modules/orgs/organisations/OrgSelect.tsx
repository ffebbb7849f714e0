/** Picks an organisation by typing part of its name (or credit code); the server searches within the user's scope. */
import { useState } from "react";
import { Select } from "antd";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { listOrgs, orgKeys } from "../api.ts";
import { useLabels } from "../../../platform/labels.ts";
import { useI18n } from "../../../platform/i18n.tsx";

type Props = {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The current value's name, when the form opens on an existing choice. */
  currentLabel?: string;
  excludeId?: string;
};

export function OrgSelect({ id, value, onChange, currentLabel, excludeId }: Props) {
  const { t } = useI18n();
  const { cityLabel } = useLabels();
  const [q, setQ] = useState("");
  const query = { q, page: 1, pageSize: 20 };
  const found = useQuery({ queryKey: orgKeys.list(query), queryFn: () => listOrgs(query), placeholderData: keepPreviousData });
  const options = (found.data?.items ?? [])
    .filter((o) => o.id !== excludeId)
    .map((o) => ({ value: o.id, label: `${o.name} · ${cityLabel(o.cityCode)}` }));
  if (value && currentLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: currentLabel });
  return (
    <Select<string | null>
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      options={options}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={found.isFetching}
      placeholder={t("org.searchPlaceholder")}
      notFoundContent={found.isFetching ? null : t("common.noMatch")}
    />
  );
}
