/**
 * A record's public fields, one layout per kind, for the portal and the record's page alike. Patent: application
 * number, type, legal status, IPC, applicants, inventors, dates and the 高价值 answer with its categories;
 * achievement: TRL, transfer modes, price or 面议, owner; demand: budget, deadline, enterprise; expert: fields and
 * organisation. Contact details are not here: the contact action shows them to signed-in readers.
 */
import type { ReactNode } from "react";
import { Descriptions, Space, Tag, Typography } from "antd";
import { useMarketLabels } from "../labels.ts";
import type { MarketRecord, Patent } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { formatDateTime } from "../../../platform/format.ts";

type Item = { key: string; label: string; children: ReactNode; span?: number | "filled" };

const tags = (values: readonly string[], label: (v: string) => string = (v) => v) =>
  values.length ? (
    <Space size={4} wrap>
      {values.map((v) => (
        <Tag key={v}>{label(v)}</Tag>
      ))}
    </Space>
  ) : (
    "—"
  );

export function HighValueTag({ patent }: { patent: Pick<Patent, "highValue" | "highValueCategories"> }) {
  const { t } = useI18n();
  const labels = useMarketLabels();
  if (!patent.highValue) return <>{t("market.hv.no")}</>;
  return (
    <Space size={4} wrap data-testid="high-value">
      <Tag color="gold">{t("market.highValue")}</Tag>
      {patent.highValueCategories.map((c) => (
        <Tag key={c}>{labels.highValueCategory(c)}</Tag>
      ))}
    </Space>
  );
}

function itemsOf(r: MarketRecord, labels: ReturnType<typeof useMarketLabels>, t: ReturnType<typeof useI18n>["t"], lang: ReturnType<typeof useI18n>["lang"], cityLabel: (c: string) => string): Item[] {
  const city = { key: "city", label: t("market.field.city"), children: cityLabel(r.cityCode) };
  const domain = { key: "domain", label: t("market.field.domain"), children: labels.domain(r.domain) };
  switch (r.kind) {
    case "achievement":
      return [
        { key: "owner", label: t("market.field.owner"), children: r.orgName ?? "—" },
        city,
        domain,
        { key: "trl", label: t("market.field.trl"), children: labels.trl(r.trl) },
        { key: "transferModes", label: t("market.field.transferModes"), children: tags(r.transferModes, labels.transferMode) },
        { key: "price", label: t("market.field.price"), children: <span data-testid="record-price">{labels.money(r.price, r.negotiable)}</span> },
      ];
    case "patent":
      return [
        { key: "applicationNo", label: t("market.field.applicationNo"), children: <Typography.Text copyable>{r.applicationNo}</Typography.Text> },
        { key: "type", label: t("market.field.type"), children: labels.patentType(r.type) },
        { key: "legalStatus", label: t("market.field.legalStatus"), children: labels.legalStatus(r.legalStatus) },
        { key: "ipc", label: t("market.field.ipc"), children: tags(r.ipc) },
        { key: "applicants", label: t("market.field.applicants"), children: r.applicants.join("；") || "—" },
        { key: "inventors", label: t("market.field.inventors"), children: r.inventors.join("；") || "—" },
        { key: "filingDate", label: t("market.field.filingDate"), children: r.filingDate ?? "—" },
        { key: "grantDate", label: t("market.field.grantDate"), children: r.grantDate ?? "—" },
        city,
        domain,
        { key: "highValue", label: t("market.field.highValue"), children: <HighValueTag patent={r} />, span: "filled" },
      ];
    case "demand":
      return [
        { key: "enterprise", label: t("market.field.enterprise"), children: r.orgName ?? "—" },
        city,
        domain,
        { key: "budget", label: t("market.field.budget"), children: labels.money(r.budget, r.negotiable) },
        { key: "deadline", label: t("market.field.deadline"), children: r.deadline ?? "—" },
        { key: "publishedAt", label: t("market.field.publishedAt"), children: r.publishedAt ? formatDateTime(r.publishedAt, lang) : "—" },
      ];
    case "expert":
      return [
        { key: "organisation", label: t("market.field.organisation"), children: r.orgName ?? "—" },
        { key: "expertTitle", label: t("market.field.expertTitle"), children: r.title ?? "—" },
        city,
        domain,
        { key: "fields", label: t("market.field.fields"), children: tags(r.fields), span: "filled" },
      ];
  }
}

/** The record's long text: what it is about. */
export function bodyOf(r: MarketRecord): string {
  switch (r.kind) {
    case "achievement":
      return r.summary;
    case "patent":
      return r.abstract;
    case "demand":
      return r.description;
    case "expert":
      return r.bio;
  }
}

export function RecordDetails({ record }: { record: MarketRecord }) {
  const { t, lang } = useI18n();
  const labels = useMarketLabels();
  const { cityLabel } = useLabels();
  const body = bodyOf(record);
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} items={itemsOf(record, labels, t, lang, cityLabel)} data-testid="record-details" />
      {body ? (
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }} data-testid="record-body">
          {body}
        </Typography.Paragraph>
      ) : null}
    </Space>
  );
}
