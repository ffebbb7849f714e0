/**
 * The patent form's live checks: the same record check the server runs (src/shared/market/patent-record.ts, with the
 * application number's check character from src/shared/patent-number.ts), its issues sorted by form field, the type
 * the number says, and a preview of the 高价值 answer with the inputs the server gives the rule (a domestic holder;
 * in force when 有效). The server's pledge threshold is a setting: the preview uses the rule's default.
 */
import { checkPatentRecord, type PatentRecordInput, type PatentType } from "../../../../shared/market/patent-record.ts";
import { classifyHighValue, type HighValueResult } from "../../../../shared/market/high-value.ts";
import type { FieldIssue } from "../../../../shared/eligibility/index.ts";
import type { PatentValues } from "./values.ts";

const recordInputOf = (v: PatentValues): PatentRecordInput => ({
  applicationNo: v.applicationNo ?? "",
  type: v.type ?? null,
  legalStatus: v.legalStatus ?? "",
  ipc: v.ipc ?? "",
  applicants: v.applicants ?? "",
  inventors: v.inventors ?? "",
  filingDate: v.filingDate ?? null,
  grantDate: v.grantDate ?? null,
});

export const PATENT_CHECKED_FIELDS = ["applicationNo", "type", "legalStatus", "ipc", "applicants", "inventors", "filingDate", "grantDate"] as const;

/** The record check's issues by the form field they concern ("applicants.3" is the applicants field). */
export function patentIssues(v: PatentValues, today: string): Map<string, FieldIssue[]> {
  const checked = checkPatentRecord(recordInputOf(v), today);
  const byField = new Map<string, FieldIssue[]>();
  if (checked.ok) return byField;
  for (const issue of checked.issues) {
    const field = issue.path.split(".")[0] ?? issue.path;
    byField.set(field, [...(byField.get(field) ?? []), issue]);
  }
  return byField;
}

/** The type an application number stands for (its type digit), or null while the number is not a valid one. */
export function typeFromNumber(applicationNo: string, today: string): PatentType | null {
  const checked = checkPatentRecord({ applicationNo, legalStatus: "pending", applicants: "—" }, today);
  return checked.ok ? checked.record.type : null;
}

/** What the 高价值 rule says of the form as filled, or null while the record does not pass its checks. */
export function highValuePreview(v: PatentValues, today: string): HighValueResult | null {
  const checked = checkPatentRecord(recordInputOf(v), today);
  if (!checked.ok) return null;
  const r = checked.record;
  return classifyHighValue(
    {
      kind: r.type,
      valid: r.legalStatus === "in_force",
      domesticHolder: true,
      filingDate: r.filingDate,
      grantDate: r.grantDate,
      strategicEmergingIndustry: v.strategicEmerging ?? false,
      overseasFamilyGranted: v.overseasFamily ?? false,
      pledgeAmountYuan: typeof v.pledgeAmount === "number" ? v.pledgeAmount : null,
      nationalSciTechAward: v.nationalAward ?? false,
      chinaPatentAward: v.chinaPatentAward ?? false,
    },
    { asOf: today },
  );
}
