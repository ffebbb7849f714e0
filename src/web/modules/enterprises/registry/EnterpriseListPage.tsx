/** 企业登记库: the enterprises this user may see, with search, filters (city, 填报状态, 持有资质, 可申报), paging and export. */
import { useState } from "react";
import { Button, Select, Space, Table, Tag } from "antd";
import { ImportOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router-dom";
import { enterpriseKeys, exportEnterprises, listEnterprises } from "../api.ts";
import { canEnterprise } from "../access.ts";
import { useEnterpriseLabels, YEAR_STATUS_COLOR } from "../labels.ts";
import { RegisterDialog } from "./RegisterDialog.tsx";
import type { EnterpriseListItem } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { useListParams } from "../../../platform/useListParams.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { useMe } from "../../../platform/auth/session.tsx";
import { ListCard } from "../../../platform/list/ListCard.tsx";
import { CITIES } from "../../../../shared/regions.ts";

const FILTERS = ["cityCode", "status", "holds", "eligibleFor"] as const;

export function EnterpriseListPage() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const { cityLabel } = useLabels();
  const labels = useEnterpriseLabels();
  const list = useListParams(FILTERS);
  const [registering, setRegistering] = useState(false);
  const filters = { q: list.q, ...list.filters };
  const query = { ...filters, page: list.page, pageSize: list.pageSize };
  const enterprises = useQuery({ queryKey: enterpriseKeys.list(query), queryFn: () => listEnterprises(query), placeholderData: keepPreviousData });
  const manages = canEnterprise(me, "manageRegistry");
  const filter = (name: (typeof FILTERS)[number], options: { value: string; label: string }[], width: number) => (
    <Select
      value={list.filters[name]}
      onChange={(value?: string) => list.set({ [name]: value })}
      options={options}
      allowClear
      placeholder={t(`enterprise.filter.${name}`)}
      aria-label={t(`enterprise.filter.${name}`)}
      style={{ width }}
    />
  );

  return (
    <>
      <ListCard
        title={t("nav.enterprises")}
        create={manages ? { label: t("enterprise.register"), onClick: () => setRegistering(true) } : null}
        onExport={() => void exportEnterprises(filters)}
        search={{ value: list.q, placeholder: t("enterprise.searchPlaceholder"), onSearch: (q) => list.set({ q }) }}
        filters={
          <>
            {filter("cityCode", CITIES.map((c) => ({ value: c.code, label: cityLabel(c.code) })), 130)}
            {filter("status", labels.yearStatusOptions, 130)}
            {filter("holds", labels.tierOptions, 200)}
            {filter("eligibleFor", labels.tierOptions, 200)}
            {manages ? (
              <Button icon={<ImportOutlined />} onClick={() => navigate("/enterprises/import")}>
                {t("enterprise.import")}
              </Button>
            ) : null}
          </>
        }
      >
        <ErrorAlert error={enterprises.error} />
        <Table<EnterpriseListItem>
          rowKey="id"
          data-testid="enterprise-table"
          loading={enterprises.isFetching}
          dataSource={enterprises.data?.items ?? []}
          scroll={{ x: true }}
          pagination={{
            current: list.page,
            pageSize: list.pageSize,
            total: enterprises.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t("common.total", { total }),
            onChange: (page, pageSize) => list.set({ page, pageSize }),
          }}
          columns={[
            {
              title: t("enterprise.field.name"),
              dataIndex: "name",
              render: (name: string, row) => (
                <Space size={4} wrap>
                  <Link to={`/enterprises/${row.id}`}>{name}</Link>
                  {row.isDemo ? <Tag color="orange">{t("enterprise.demo")}</Tag> : null}
                </Space>
              ),
            },
            { title: t("enterprise.field.creditCode"), dataIndex: "creditCode", render: (code: string | null) => code ?? "—" },
            { title: t("enterprise.field.cityCode"), dataIndex: "cityCode", render: (code: string) => <span style={{ whiteSpace: "nowrap" }}>{cityLabel(code)}</span> },
            { title: t("enterprise.field.domain"), dataIndex: "domain", render: (d: string | null, row) => [d ? labels.domain(d) : null, row.industry].filter(Boolean).join(" · ") || "—" },
            {
              title: t("enterprise.field.latestStatus"),
              key: "latest",
              render: (_, row) =>
                row.latestYear === null ? (
                  <Tag>{t("enterprise.years.none")}</Tag>
                ) : (
                  <Space size={4}>
                    <span>{row.latestYear}</span>
                    {row.latestStatus ? <Tag color={YEAR_STATUS_COLOR[row.latestStatus]}>{labels.yearStatus(row.latestStatus)}</Tag> : null}
                  </Space>
                ),
            },
            { title: t("enterprise.field.certificates"), dataIndex: "certificates", render: (tiers: string[]) => (tiers.length ? tiers.map((x) => <Tag key={x} color="blue">{labels.tier(x)}</Tag>) : "—") },
            { title: t("enterprise.field.eligible"), dataIndex: "eligible", render: (tiers: string[]) => (tiers.length ? tiers.map((x) => <Tag key={x} color="green">{labels.tier(x)}</Tag>) : "—") },
          ]}
        />
      </ListCard>
      {registering ? <RegisterDialog onClose={() => setRegistering(false)} /> : null}
    </>
  );
}
