/** A page's heading row: its title and, when it shows demo values, the 示例数据 badge; its own controls on the right. */
import type { ReactNode } from "react";
import { Space, Typography } from "antd";
import { DemoBadge } from "./DemoBadge.tsx";

type Props = { title: ReactNode; demo?: boolean; extra?: ReactNode };

export function PageHeading({ title, demo = false, extra }: Props) {
  return (
    <Space wrap style={{ justifyContent: "space-between", width: "100%" }}>
      <Space wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <DemoBadge show={demo} />
      </Space>
      {extra}
    </Space>
  );
}
