import { describe, expect, test } from "vitest";
import { highValuePreview, patentIssues, typeFromNumber } from "./patentChecks.ts";
import { patentCheckChar } from "../../../../shared/patent-number.ts";
import { translate } from "../../../../shared/i18n/index.ts";
import type { PatentValues } from "./values.ts";

const digits = "202110123456";
const good = `${digits}.${patentCheckChar(digits)}`;
const wrongCheck = `${digits}.${patentCheckChar(digits) === "1" ? "2" : "1"}`;
const today = "2026-03-02";
const base: PatentValues = { applicationNo: good, legalStatus: "in_force", applicants: "华中科技大学", filingDate: "2012-03-01", grantDate: "2015-06-01" };

describe("patent form checks", () => {
  test("a wrong check character is put on the number, naming the right one", () => {
    const issues = patentIssues({ ...base, applicationNo: wrongCheck }, today).get("applicationNo") ?? [];
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue && translate("zh-CN", issue.key, issue.params)).toContain(`应为“${patentCheckChar(digits)}”`);
  });

  test("a type that disagrees with the number's type digit, IPC and names are checked field by field", () => {
    const issues = patentIssues({ ...base, type: "design", ipc: "G06N 3/08；XYZ", applicants: "" }, today);
    expect(issues.get("type")?.[0]?.key).toBe("market.patent_type_mismatch");
    expect(issues.get("ipc")?.[0]?.params).toEqual({ value: "XYZ" });
    expect(issues.get("applicants")?.[0]?.key).toBe("market.applicant_required");
    expect(issues.has("applicationNo")).toBe(false);
  });

  test("a granted state without a grant date, and a grant before filing", () => {
    expect(patentIssues({ ...base, grantDate: "" }, today).get("grantDate")?.[0]?.key).toBe("market.patent_grant_required");
    expect(patentIssues({ ...base, grantDate: "2011-01-01" }, today).get("grantDate")?.[0]?.key).toBe("market.patent_grant_before_filing");
    expect(patentIssues(base, today).size).toBe(0);
  });

  test("the number names its type", () => {
    expect(typeFromNumber(good, today)).toBe("invention");
    expect(typeFromNumber("202120123456", today)).toBeNull();
  });

  test("the 高价值 preview: in force and maintained more than ten years", () => {
    const result = highValuePreview(base, today);
    expect(result?.highValue).toBe(true);
    expect(result?.categories).toContain("hvp-maintained-10y");
    expect(highValuePreview({ ...base, legalStatus: "lapsed" }, today)?.highValue).toBe(false);
    expect(highValuePreview({ ...base, applicationNo: wrongCheck }, today)).toBeNull();
  });
});
