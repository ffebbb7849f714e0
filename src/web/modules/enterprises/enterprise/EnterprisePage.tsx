/**
 * An enterprise (企业档案): name, 统一社会信用代码, city and the certificates it holds, then its tabs — 基本情况,
 * 年度数据, 资质证书, 培育评估, 变更记录. The tab is in the URL (?tab=), so a link opens the tab it names.
 */
import type { ReactNode } from "react";
import { Card, Descriptions, Skeleton, Space, Tabs, Tag, Typography } from "antd";
import { useQuery } from "@tanstack/react-query";
import { useParams, useSearchParams } from "react-router-dom";
import { enterpriseKeys, getEnterprise } from "../api.ts";
import { useEnterpriseLabels } from "../labels.ts";
import { FactsTab } from "./FactsTab.tsx";
import { YearsTab } from "./YearsTab.tsx";
import { CertificatesTab } from "./CertificatesTab.tsx";
import { HistoryTab } from "./HistoryTab.tsx";
import { AssessmentTab } from "../assessment/AssessmentTab.tsx";
import type { EnterpriseDetail } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";

const TABS = ["facts", "years", "certificates", "assessment", "history"] as const;
type Tab = (typeof TABS)[number];
const isTab = (v: string | null): v is Tab => v !== null && (TABS as readonly string[]).includes(v);

function Header({ enterprise }: { enterprise: EnterpriseDetail }) {
  const { t } = useI18n();
  const { cityLabel } = useLabels();
  const labels = useEnterpriseLabels();
  // The tiers held today (the stored assessment: a confirmed certificate valid now), each with its latest certificate.
  const heldTiers = new Set(enterprise.assessments.filter((a) => a.held).map((a) => a.tier));
  const held = [...heldTiers].flatMap((tier) => enterprise.certificates.filter((c) => c.tier === tier && c.confirmed).slice(0, 1));
  const pending = enterprise.certificates.filter((c) => !c.confirmed);
  return (
    <Card
      title={
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {enterprise.name}
          </Typography.Title>
          {enterprise.isDemo ? <Tag color="orange">{t("enterprise.demo")}</Tag> : null}
        </Space>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        items={[
          { key: "creditCode", label: t("enterprise.field.creditCode"), children: enterprise.creditCode ?? "—" },
          { key: "city", label: t("enterprise.field.cityCode"), children: [cityLabel(enterprise.cityCode), enterprise.districtCode].filter(Boolean).join(" · ") },
          { key: "domain", label: t("enterprise.field.domain"), children: [enterprise.domain ? labels.domain(enterprise.domain) : null, enterprise.industry].filter(Boolean).join(" · ") || "—" },
          { key: "foundedOn", label: t("enterprise.field.foundedOn"), children: enterprise.foundedOn ?? "—" },
          {
            key: "certificates",
            label: t("enterprise.field.certificates"),
            span: "filled",
            children: (
              <Space size={4} wrap data-testid="enterprise-certificates">
                {held.length + pending.length === 0 ? t("enterprise.cert.none") : null}
                {held.map((c) => (
                  <Tag key={c.id} color="blue">
                    {`${labels.tier(c.tier)} ${c.year}`}
                  </Tag>
                ))}
                {pending.map((c) => (
                  <Tag key={c.id} color="default">
                    {`${labels.tier(c.tier)} ${c.year}（${t("enterprise.cert.pending")}）`}
                  </Tag>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

export function EnterprisePage() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const asked = params.get("tab");
  const tab: Tab = isTab(asked) ? asked : "facts";
  const enterprise = useQuery({ queryKey: enterpriseKeys.one(id), queryFn: () => getEnterprise(id) });
  if (enterprise.isError) return <ErrorAlert error={enterprise.error} />;
  if (!enterprise.data) return <Skeleton active />;
  const e = enterprise.data;
  const content: Record<Tab, () => ReactNode> = {
    facts: () => <FactsTab key={e.updatedAt} enterprise={e} />,
    years: () => <YearsTab enterprise={e} />,
    certificates: () => <CertificatesTab enterprise={e} />,
    assessment: () => <AssessmentTab enterpriseId={e.id} />,
    history: () => <HistoryTab enterpriseId={e.id} />,
  };
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Header enterprise={e} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === "facts" ? {} : { tab: key }, { replace: true })}
          destroyOnHidden
          items={TABS.map((key) => ({ key, label: t(`enterprise.tab.${key}`), children: key === tab ? content[key]() : null }))}
        />
      </Card>
    </Space>
  );
}
