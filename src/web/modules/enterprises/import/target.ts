/** The registry import (POST /enterprises/import) for the shared upload: its path and its summary, checked. Pure. */
import { isInt, type Json } from "../../../platform/import/sse.ts";
import type { ImportTarget } from "../../../platform/import/upload.ts";
import type { ImportSummary } from "../types.ts";

export function enterpriseSummaryOf({ rows, created, updated, years, certificates }: Json): ImportSummary | null {
  return isInt(rows) && isInt(created) && isInt(updated) && isInt(years) && isInt(certificates) ? { rows, created, updated, years, certificates } : null;
}

export const ENTERPRISE_IMPORT: ImportTarget<ImportSummary> = { path: "/enterprises/import", summaryOf: enterpriseSummaryOf };
