/**
 * 技术合同成交: the deals this user is party to or oversees (the server scopes the list), filtered by the year signed
 * and a city (seller's or buyer's), paged; exported as .xlsx as filtered; 登记成交 for those who may register.
 */
import { useState } from "react";
import { App, Button, Card, Select, Space, Table, Tag, Typography } from "antd";
import { DownloadOutlined, PlusOutlined } from "@ant-design/icons";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { allDeals, dealKeys, listDeals, type Deal, type DealFilters } from "./api.ts";
import { seesDeals } from "./access.ts";
import { DealDialog } from "./DealDialog.tsx";
import { useDealLabels } from "./labels.ts";
import { dealSheet, type DealColumn } from "./table.ts";
import { recentYears, yearParam } from "./years.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { useListParams } from "../../../platform/useListParams.ts";
import { useMe } from "../../../platform/auth/session.tsx";
import { ErrorAlert, errorMessage } from "../../../platform/ErrorAlert.tsx";
import { saveBlob } from "../../../platform/api/client.ts";
import { todayInShanghai } from "../../../platform/format.ts";
// The registry's one-sheet .xlsx writer, built in the browser (no server export of deals exists).
import { toXlsx } from "../../../platform/xlsx.ts";
import { CITIES } from "../../../../shared/regions.ts";

const FILTERS = ["year", "city"] as const;
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function DealListPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const me = useMe();
  const { cityLabel } = useLabels();
  const labels = useDealLabels();
  const list = useListParams(FILTERS);
  const [registering, setRegistering] = useState(false);
  const year = yearParam(list.filters.year);
  const city = CITIES.some((c) => c.code === list.filters.city) ? list.filters.city : undefined;
  const filters: DealFilters = { year, city };
  const query = { ...filters, page: list.page, pageSize: list.pageSize };
  const deals = useQuery({ queryKey: dealKeys.list(query), queryFn: () => listDeals(query), placeholderData: keepPreviousData });
  const money = (n: number | null) => (n === null ? "—" : new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n));

  const exporting = useMutation({
    mutationFn: async () => {
      const heading = (c: DealColumn) => t(`deals.field.${c}`);
      const sheet = dealSheet(await allDeals(filters), { heading, city: cityLabel, contractType: labels.contractType, domain: labels.domain });
      saveBlob(new Blob([toXlsx(t("deals.exportName"), sheet)], { type: XLSX_MIME }), `${t("deals.exportName")}.xlsx`);
    },
    onError: (error) => void message.error(errorMessage(error, t)),
  });

  return (
    <>
      <Card
        title={t("deals.title")}
        extra={
          <Space>
            <Button icon={<DownloadOutlined />} loading={exporting.isPending} onClick={() => exporting.mutate()}>
              {t("common.exportXlsx")}
            </Button>
            {seesDeals(me) ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
                {t("deals.register")}
              </Button>
            ) : null}
          </Space>
        }
      >
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            value={year}
            onChange={(next?: number) => list.set({ year: next })}
            options={recentYears(Number(todayInShanghai().slice(0, 4)), year).map((y) => ({ value: y, label: t("deals.yearOption", { year: y }) }))}
            allowClear
            placeholder={t("deals.filter.year")}
            aria-label={t("deals.filter.year")}
            style={{ width: 130 }}
          />
          <Select
            value={city}
            onChange={(next?: string) => list.set({ city: next })}
            options={CITIES.map((c) => ({ value: c.code, label: cityLabel(c.code) }))}
            allowClear
            placeholder={t("deals.filter.city")}
            aria-label={t("deals.filter.city")}
            style={{ width: 190 }}
          />
        </Space>
        <ErrorAlert error={deals.error} />
        <Table<Deal>
          rowKey="id"
          data-testid="deal-table"
          loading={deals.isFetching}
          dataSource={deals.data?.items ?? []}
          scroll={{ x: true }}
          locale={{ emptyText: t("deals.empty") }}
          pagination={{
            current: list.page,
            pageSize: list.pageSize,
            total: deals.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t("common.total", { total }),
            onChange: (page, pageSize) => list.set({ page, pageSize }),
          }}
          columns={[
            {
              title: t("deals.field.title"),
              dataIndex: "title",
              render: (title: string, row) => (
                <Space size={4} wrap>
                  <span>{title}</span>
                  {row.isDemo ? <Tag color="orange">{t("deals.demo")}</Tag> : null}
                </Space>
              ),
            },
            { title: t("deals.field.sellerName"), key: "seller", render: (_, row) => <Party name={row.sellerName} city={cityLabel(row.sellerCity)} /> },
            { title: t("deals.field.buyerName"), key: "buyer", render: (_, row) => <Party name={row.buyerName} city={cityLabel(row.buyerCity)} /> },
            { title: t("deals.field.contractType"), dataIndex: "contractType", render: (code: string) => labels.contractType(code) },
            { title: t("deals.field.amount"), dataIndex: "amount", align: "right", render: (n: number) => money(n) },
            { title: t("deals.field.techTransactionAmount"), dataIndex: "techTransactionAmount", align: "right", render: (n: number | null) => money(n) },
            { title: t("deals.field.signedOn"), dataIndex: "signedOn", render: (d: string) => <span style={{ whiteSpace: "nowrap" }}>{d}</span> },
            { title: t("deals.field.registrationNo"), dataIndex: "registrationNo", render: (n: string | null) => n ?? "—" },
            { title: t("deals.field.domain"), dataIndex: "domain", render: (d: string | null) => (d ? labels.domain(d) : "—") },
          ]}
        />
      </Card>
      {registering ? <DealDialog onClose={() => setRegistering(false)} /> : null}
    </>
  );
}

function Party({ name, city }: { name: string; city: string }) {
  return (
    <Space orientation="vertical" size={0}>
      <span>{name}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {city}
      </Typography.Text>
    </Space>
  );
}
