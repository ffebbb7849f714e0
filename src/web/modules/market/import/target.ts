/**
 * The marketplace's bulk import (POST /market/import/{kind}, all or nothing per file) for the shared upload: the
 * path of the kind, the organisation the records belong to, and the summary (新增, 更新), checked. Pure.
 */
import { isInt, type Json } from "../../../platform/import/sse.ts";
import type { ImportTarget } from "../../../platform/import/upload.ts";
import { KIND_PATH, type Kind } from "../types.ts";

/** The order the import page offers the kinds in: 专利, 科技成果, 技术需求, 专家. */
export const IMPORT_KINDS: readonly Kind[] = ["patent", "achievement", "demand", "expert"];
/** The phases the server reports for this import (it does not re-assess, as the registry import does). */
export const MARKET_IMPORT_PHASES = ["read", "check", "write"] as const;

export type MarketImportSummary = { rows: number; created: number; updated: number };

export function marketSummaryOf({ rows, created, updated }: Json): MarketImportSummary | null {
  return isInt(rows) && isInt(created) && isInt(updated) ? { rows, created, updated } : null;
}

/** The import of `kind` records for `orgId` (null: an admin's patents, which need no owner). */
export function marketImport(kind: Kind, orgId: string | null): ImportTarget<MarketImportSummary> {
  return { path: `/market/import/${KIND_PATH[kind]}`, fields: orgId ? { orgId } : {}, summaryOf: marketSummaryOf };
}

export const templatePath = (kind: Kind) => `/market/import/${KIND_PATH[kind]}/template.xlsx`;
