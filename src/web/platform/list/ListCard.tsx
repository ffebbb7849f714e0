/**
 * The frame every list page shares: title, the create button when the user may create, the export of the list as it
 * is filtered (.xlsx from the server, same scope and filters), the search box, then the page's own filters and table.
 */
import type { ReactNode } from "react";
import { Button, Card, Input, Space } from "antd";
import { DownloadOutlined, PlusOutlined } from "@ant-design/icons";
import { useI18n } from "../i18n.tsx";

type Props = {
  title: string;
  create?: { label: string; onClick: () => void } | null;
  onExport: () => void;
  search: { value: string; placeholder: string; onSearch: (q: string) => void; width?: number };
  filters?: ReactNode;
  children: ReactNode;
};

export function ListCard({ title, create, onExport, search, filters, children }: Props) {
  const { t } = useI18n();
  return (
    <Card
      title={title}
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} onClick={onExport}>
            {t("common.exportXlsx")}
          </Button>
          {create ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={create.onClick}>
              {create.label}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          key={search.value}
          defaultValue={search.value}
          placeholder={search.placeholder}
          allowClear
          onSearch={search.onSearch}
          style={{ width: search.width ?? 280 }}
          aria-label={t("common.search")}
        />
        {filters}
      </Space>
      {children}
    </Card>
  );
}
