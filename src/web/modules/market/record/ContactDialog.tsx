/**
 * 联系对接 on a supply (an achievement, a patent, an expert): who owns it and how to reach them — the contact the
 * owner gave with an achievement, the applicants of a patent, the expert's organisation. For signed-in readers.
 */
import { Button, Descriptions, Modal, Skeleton, Typography } from "antd";
import { useQuery } from "@tanstack/react-query";
import { getRecord, marketKeys } from "../api.ts";
import { recordTitle, type Kind, type MarketRecord } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";

function contactItems(r: MarketRecord, t: ReturnType<typeof useI18n>["t"]) {
  const owner = { key: "owner", label: t("contact.owner"), children: r.orgName ?? "—" };
  switch (r.kind) {
    case "achievement":
      return [
        owner,
        { key: "contactName", label: t("market.field.contactName"), children: r.contactName ?? "—" },
        { key: "contactPhone", label: t("market.field.contactPhone"), children: r.contactPhone ?? "—" },
        { key: "contactEmail", label: t("market.field.contactEmail"), children: r.contactEmail ?? "—" },
      ];
    case "patent":
      return [owner, { key: "applicants", label: t("market.field.applicants"), children: r.applicants.join("；") || "—" }];
    case "expert":
      return [{ key: "name", label: t("market.field.name"), children: [r.name, r.title].filter(Boolean).join(" · ") }, owner];
    case "demand":
      return [owner];
  }
}

const hasContact = (r: MarketRecord) => r.kind !== "achievement" || Boolean(r.contactName || r.contactPhone || r.contactEmail);

export function ContactDialog({ kind, id, onClose }: { kind: Exclude<Kind, "demand">; id: string; onClose: () => void }) {
  const { t } = useI18n();
  const record = useQuery({ queryKey: marketKeys.record(kind, id), queryFn: () => getRecord(kind, id) });
  const r = record.data;
  return (
    <Modal
      open
      title={t("contact.title", { title: r ? recordTitle(r) : "" })}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t("contact.close")}</Button>}
      destroyOnHidden
    >
      <ErrorAlert error={record.error} />
      {r ? (
        <div data-testid="contact-details">
          <Descriptions size="small" column={1} items={contactItems(r, t)} />
          {hasContact(r) ? null : <Typography.Paragraph type="secondary">{t("contact.noContact")}</Typography.Paragraph>}
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t("contact.demandHint")}
          </Typography.Paragraph>
        </div>
      ) : record.isPending ? (
        <Skeleton active />
      ) : null}
    </Modal>
  );
}
