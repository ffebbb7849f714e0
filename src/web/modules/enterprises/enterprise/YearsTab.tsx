/**
 * 年度数据: the years on record (state 草稿/待确认/已确认/已退回, the return reason, the growth each year shows) and
 * the form of the year chosen or added.
 */
import { useMemo, useState } from "react";
import { Button, Empty, InputNumber, Space, Table, Tag, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { useEnterpriseLabels, YEAR_STATUS_COLOR } from "../labels.ts";
import { formatRate, YearForm } from "./YearForm.tsx";
import { todayInShanghai } from "../../../platform/format.ts";
import type { EnterpriseDetail, YearView } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { formatDateTime } from "../../../platform/format.ts";
import { growthRates } from "../../../../shared/enterprise/growth.ts";

export function YearsTab({ enterprise }: { enterprise: EnterpriseDetail }) {
  const { t, lang } = useI18n();
  const labels = useEnterpriseLabels();
  const lastYear = Number(todayInShanghai().slice(0, 4)) - 1;
  const years = enterprise.years;
  const [open, setOpen] = useState<number | null>(() => (years.length ? null : enterprise.abilities.edit ? lastYear : null));
  const [adding, setAdding] = useState<number | null>(lastYear);
  const growth = useMemo(() => new Map(growthRates(years).map((g) => [g.year, g])), [years]);
  const rows = [...years].sort((a, b) => b.year - a.year);

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      {enterprise.abilities.edit ? (
        <Space wrap>
          <InputNumber data-testid="year-input" aria-label={t("enterprise.years.year")} value={adding} onChange={(v) => setAdding(typeof v === "number" ? v : null)} precision={0} min={1990} max={lastYear + 1} style={{ width: 120 }} />
          <Button data-testid="year-open" icon={<PlusOutlined />} disabled={adding === null} onClick={() => setOpen(adding)}>
            {years.some((y) => y.year === adding) ? t("enterprise.years.edit") : t("enterprise.years.add")}
          </Button>
        </Space>
      ) : null}
      {rows.length ? (
        <Table<YearView>
          rowKey="year"
          size="small"
          data-testid="years-table"
          pagination={false}
          scroll={{ x: true }}
          dataSource={rows}
          rowClassName={(row) => (row.year === open ? "ant-table-row-selected" : "")}
          columns={[
            { title: t("enterprise.years.year"), dataIndex: "year" },
            {
              title: t("enterprise.years.status"),
              dataIndex: "status",
              render: (_: string, row) => (
                <Space orientation="vertical" size={0}>
                  <Tag color={YEAR_STATUS_COLOR[row.status]}>{labels.yearStatus(row.status)}</Tag>
                  {row.status === "returned" && row.returnReason ? <Typography.Text type="danger">{t("enterprise.years.returnedBecause", { reason: row.returnReason })}</Typography.Text> : null}
                </Space>
              ),
            },
            { title: t("enterprise.growth.revenueGrowth"), key: "revenueGrowth", render: (_, row) => formatRate(growth.get(row.year)?.revenueGrowth ?? null, lang) },
            { title: t("enterprise.growth.netAssetsGrowth"), key: "netAssetsGrowth", render: (_, row) => formatRate(growth.get(row.year)?.netAssetsGrowth ?? null, lang) },
            { title: t("enterprise.growth.rdRatio"), key: "rdRatio", render: (_, row) => formatRate(growth.get(row.year)?.rdRatio ?? null, lang) },
            { title: t("common.updatedAt"), dataIndex: "updatedAt", render: (v: string) => formatDateTime(v, lang) },
            {
              title: t("common.actions"),
              key: "actions",
              render: (_, row) => (
                <Button size="small" type="link" onClick={() => setOpen(row.year)}>
                  {enterprise.abilities.edit ? t("enterprise.years.edit") : t("enterprise.years.view")}
                </Button>
              ),
            },
          ]}
        />
      ) : (
        <Empty description={t("enterprise.years.empty")} />
      )}
      {open !== null ? <YearForm key={`${open}-${years.find((y) => y.year === open)?.updatedAt ?? "new"}`} enterprise={enterprise} year={open} stored={years.find((y) => y.year === open)} onClose={() => setOpen(null)} /> : null}
    </Space>
  );
}
