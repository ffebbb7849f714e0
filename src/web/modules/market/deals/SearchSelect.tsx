/**
 * A select that asks the server as one types (organisations, published records): the results are the options, and
 * the chosen one keeps its name when the next search no longer returns it. Works as a form control (id, value,
 * onChange come from Form.Item).
 */
import { useState } from "react";
import { Select } from "antd";
import { keepPreviousData, useQuery, type QueryKey } from "@tanstack/react-query";
import { useI18n } from "../../../platform/i18n.tsx";

export type Choice = { value: string; label: string };

type Props = {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder: string;
  queryKey: (q: string) => QueryKey;
  search: (q: string) => Promise<Choice[]>;
  testId?: string;
};

export function SearchSelect({ id, value, onChange, placeholder, queryKey, search, testId }: Props) {
  const { t } = useI18n();
  const [q, setQ] = useState("");
  const [picked, setPicked] = useState<Choice | null>(null);
  const found = useQuery({ queryKey: queryKey(q), queryFn: () => search(q), placeholderData: keepPreviousData });
  const results = found.data ?? [];
  const options = picked && picked.value === value && !results.some((r) => r.value === picked.value) ? [picked, ...results] : results;
  return (
    <Select<string | null>
      id={id}
      data-testid={testId}
      value={value ?? undefined}
      onChange={(next) => {
        setPicked(options.find((o) => o.value === next) ?? null);
        onChange?.(next ?? null);
      }}
      options={options}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={found.isFetching}
      placeholder={placeholder}
      notFoundContent={found.isFetching ? null : t("common.noMatch")}
    />
  );
}
