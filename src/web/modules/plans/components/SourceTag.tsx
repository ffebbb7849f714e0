/** Where a figure comes from (官方/二手来源/预计/下限/示例数据), with the source's title, note and link on hover. */
import { Tag, Tooltip } from "antd";
import { SOURCE_TAG, usePlanLabels } from "../labels.ts";
import type { SourceKind } from "../types.ts";

type Props = { kind: SourceKind; source?: string; sourceUrl?: string | null; note?: string | null };

export function SourceTag({ kind, source, sourceUrl, note }: Props) {
  const labels = usePlanLabels();
  const detail = source ? (
    <div>
      <div>{source}</div>
      {note ? <div style={{ opacity: 0.8 }}>{note}</div> : null}
      {sourceUrl ? (
        <a href={sourceUrl} target="_blank" rel="noreferrer noopener" style={{ color: "#91caff", wordBreak: "break-all" }}>
          {sourceUrl}
        </a>
      ) : null}
    </div>
  ) : undefined;
  return (
    <Tooltip title={detail}>
      <Tag color={SOURCE_TAG[kind]} data-testid={kind === "demo" ? "demo-badge" : undefined} style={{ marginInlineEnd: 0 }}>
        {labels.sourceKind(kind)}
      </Tag>
    </Tooltip>
  );
}
