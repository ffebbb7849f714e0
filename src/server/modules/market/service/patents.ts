/**
 * A patent record's derived fields before it is stored: the record checked and normalised by
 * src/shared/market/patent-record.ts (application number with its check digit, type from the number, legal status,
 * IPC, names, dates), and the 高价值 flag with its categories, derived from the data by src/shared/market/high-value.ts.
 */
import type { PatentInput } from "../contract.ts";
import { checkPatentRecord, type PatentRecord } from "../../../../shared/market/patent-record.ts";
import { classifyHighValue, DEFAULT_PLEDGE_THRESHOLD_YUAN } from "../../../../shared/market/high-value.ts";
import { fieldError, invalid } from "../../../platform/errors.ts";
import { todayInShanghai } from "../../../platform/clock.ts";

/** The high-value rule's setting the rules leave open (../shared/domain/high-value-patents.md `hvp-pledge`). */
export const HIGH_VALUE_SETTINGS = { pledgeThresholdYuan: Number(process.env.HIGH_VALUE_PLEDGE_YUAN ?? DEFAULT_PLEDGE_THRESHOLD_YUAN) };

export type CheckedPatent = Pick<PatentRecord, "applicationNo" | "type" | "legalStatus" | "ipc" | "applicants" | "inventors"> & {
  filingYear: number | null;
  highValue: boolean;
  highValueCategories: string[];
};

export function checkPatent(input: PatentInput, today = todayInShanghai()): CheckedPatent {
  const checked = checkPatentRecord(input, today);
  if (!checked.ok) throw invalid(checked.issues.map((i) => ({ path: i.path, key: i.key, ...(i.params ? { params: i.params } : {}) })));
  const r = checked.record;
  if (r.filingDate && r.filingDate > today) throw fieldError("filingDate", "market.date_in_future", { value: r.filingDate });
  const hv = classifyHighValue(
    {
      kind: r.type,
      valid: r.legalStatus === "in_force",
      domesticHolder: true,
      filingDate: r.filingDate,
      grantDate: r.grantDate,
      strategicEmergingIndustry: input.strategicEmerging,
      overseasFamilyGranted: input.overseasFamily,
      pledgeAmountYuan: input.pledgeAmount ?? null,
      nationalSciTechAward: input.nationalAward,
      chinaPatentAward: input.chinaPatentAward,
    },
    { asOf: today, pledgeThresholdYuan: HIGH_VALUE_SETTINGS.pledgeThresholdYuan },
  );
  return {
    applicationNo: r.applicationNo,
    type: r.type,
    legalStatus: r.legalStatus,
    ipc: r.ipc,
    applicants: r.applicants,
    inventors: r.inventors,
    filingYear: r.filingDate ? Number(r.filingDate.slice(0, 4)) : null,
    highValue: hv.highValue,
    highValueCategories: hv.categories,
  };
}
