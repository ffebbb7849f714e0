/**
 * One printed unit name in the preview: the organisation it was matched to, an orange 待确认单位 when none was found,
 * or a choice among candidates when several were. Clicking it reassigns the name (in every task) to an existing
 * organisation; closing it removes the unit from this task only.
 */
import { Popover, Select, Space, Tag, Typography } from "antd";
import type { UnitChoice } from "./draft.ts";
import { OrgSelect } from "../../orgs/organisations/OrgSelect.tsx";
import { useI18n } from "../../../platform/i18n.tsx";

type Props = {
  name: string;
  choice: UnitChoice | undefined;
  onChoose: (org: { id: string; name: string }) => void;
  onRemove: () => void;
};

export function UnitChip({ name, choice, onChoose, onRemove }: Props) {
  const { t } = useI18n();
  const match = choice?.match ?? "unknown";
  const picker = (
    <Space orientation="vertical" style={{ width: 320 }}>
      <Typography.Text type="secondary">{t("import.reassignHelp", { name })}</Typography.Text>
      <OrgSelect
        value={choice?.orgId ?? null}
        currentLabel={choice?.orgName ?? undefined}
        status="active"
        style={{ width: "100%" }}
        onChange={(id, org) => {
          if (id && org) onChoose({ id, name: org.name });
        }}
      />
    </Space>
  );
  const label =
    match === "matched" ? (choice?.orgName ?? name) : match === "unknown" ? `${name} · ${t("import.unknownUnit")}` : `${name} · ${t("import.ambiguousUnit")}`;
  return (
    <Tag
      color={match === "unknown" ? "orange" : match === "ambiguous" ? "gold" : "blue"}
      closable
      closeIcon={<span aria-label={t("import.removeUnit", { name })}>×</span>}
      onClose={(e) => {
        e.preventDefault();
        onRemove();
      }}
      data-testid="unit-chip"
      data-match={match}
      style={{ marginBottom: 4 }}
    >
      <Popover trigger="click" title={t("import.reassignTitle")} content={picker}>
        <a title={name !== choice?.orgName ? name : undefined}>{label}</a>
      </Popover>
      {match === "ambiguous" && choice ? (
        <Select
          size="small"
          style={{ minWidth: 160, marginLeft: 6 }}
          placeholder={t("import.pickCandidate")}
          aria-label={t("import.pickCandidate")}
          options={choice.candidates.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(id: string) => {
            const picked = choice.candidates.find((c) => c.id === id);
            if (picked) onChoose(picked);
          }}
        />
      ) : null}
    </Tag>
  );
}
