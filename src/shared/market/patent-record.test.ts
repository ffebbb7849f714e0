import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkPatentRecord, normalizeIpc, parseLegalStatus, parsePatentType, splitNames, type PatentRecordInput } from "./patent-record.ts";
import { patentCheckChar } from "../patent-number.ts";
import { loadVectors } from "../../../test/support/vectors.ts";

/**
 * Any UTF-16 text: every code unit (NUL, controls, lone surrogates) or every code point (astral planes). Built from
 * integers because fc.string({ unit: "binary" }) takes seconds per thousand runs under vitest.
 */
const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 }).map((u) => String.fromCharCode(...u));
const anyCodePoints = fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 60 }).map((c) => String.fromCodePoint(...c));

const today = "2026-03-15";
const row: PatentRecordInput = {
  applicationNo: "ZL 202110123456.7",
  type: "发明",
  legalStatus: "有效",
  ipc: "G06N 3/08；H04B10/25",
  applicants: "武汉光谷科技有限公司；华中科技大学",
  inventors: "张三、李四，王五",
  filingDate: "2021-03-01",
  grantDate: "2023-05-09",
};
const issuesOf = (input: Partial<PatentRecordInput>) => {
  const r = checkPatentRecord({ ...row, ...input }, today);
  return r.ok ? [] : r.issues;
};

describe("checkPatentRecord", () => {
  it("normalises a good row", () => {
    expect(checkPatentRecord(row, today)).toEqual({
      ok: true,
      record: {
        applicationNo: "202110123456.7",
        type: "invention",
        pct: false,
        legalStatus: "in_force",
        ipc: ["G06N 3/08", "H04B 10/25"],
        applicants: ["武汉光谷科技有限公司", "华中科技大学"],
        inventors: ["张三", "李四", "王五"],
        filingDate: "2021-03-01",
        grantDate: "2023-05-09",
      },
    });
  });

  it("names the expected check character when it is wrong or missing", () => {
    expect(issuesOf({ applicationNo: "202110123456.0" })).toEqual([{ path: "applicationNo", key: "patent.checksum", params: { expected: "7", actual: "0" } }]);
    expect(issuesOf({ applicationNo: "202110123456" })).toEqual([{ path: "applicationNo", key: "patent.missing_check", params: { digits: 12, expected: "7" } }]);
  });

  it("wants an application number, not a publication number", () => {
    expect(issuesOf({ applicationNo: "CN101234567A", type: null })).toEqual([{ path: "applicationNo", key: "market.patent_application_number_required" }]);
  });

  it("takes the type from the number when none is given, and refuses one that disagrees", () => {
    const utility = `202120123456.${patentCheckChar("202120123456")}`;
    const r = checkPatentRecord({ ...row, applicationNo: utility, type: null }, today);
    expect(r.ok && r.record.type).toBe("utility_model");
    expect(issuesOf({ applicationNo: utility })).toEqual([{ path: "type", key: "market.patent_type_mismatch", params: { given: "发明", number: utility } }]);
    expect(issuesOf({ type: "专利" })).toEqual([{ path: "type", key: "market.patent_type_invalid", params: { value: "专利" } }]);
  });

  it("reads PCT national-phase numbers (8, 9) as inventions and utility models", () => {
    const pct = `202180012345.${patentCheckChar("202180012345")}`;
    const r = checkPatentRecord({ ...row, applicationNo: pct, type: "invention" }, today);
    expect(r.ok && r.record).toMatchObject({ type: "invention", pct: true });
  });

  it("accepts an 8-digit number only for a filing before 2003-10-01", () => {
    const old = `98123456.${patentCheckChar("98123456")}`;
    const ok = checkPatentRecord({ ...row, applicationNo: old, type: null, filingDate: "1998-05-01", grantDate: "2001-01-01" }, today);
    expect(ok.ok && ok.record).toMatchObject({ applicationNo: old, type: "invention" });
    expect(issuesOf({ applicationNo: old, filingDate: "2003-10-01" })).toEqual([{ path: "filingDate", key: "market.patent_old_number_late", params: { filing: "2003-10-01" } }]);
  });

  it("checks the legal status against the grant date", () => {
    expect(issuesOf({ legalStatus: "授权中" })).toEqual([{ path: "legalStatus", key: "market.legal_status_invalid", params: { value: "授权中" } }]);
    expect(issuesOf({ legalStatus: "审中" })).toEqual([{ path: "grantDate", key: "market.patent_pending_granted" }]);
    expect(issuesOf({ legalStatus: "审中", grantDate: null })).toEqual([]);
    for (const status of ["有效", "届满", "无效"]) {
      expect(issuesOf({ legalStatus: status, grantDate: "" })).toEqual([{ path: "grantDate", key: "market.patent_grant_required", params: { status } }]);
    }
    expect(issuesOf({ legalStatus: "失效", grantDate: null })).toEqual([]);
  });

  it("checks dates: real, not in the future, not before the Patent Law, grant not before filing", () => {
    expect(issuesOf({ filingDate: "2021-02-29" })).toEqual([{ path: "filingDate", key: "market.date_invalid", params: { value: "2021-02-29" } }]);
    expect(issuesOf({ grantDate: "2026-03-16" })).toEqual([{ path: "grantDate", key: "market.date_in_future", params: { value: "2026-03-16" } }]);
    expect(issuesOf({ grantDate: today })).toEqual([]);
    expect(issuesOf({ filingDate: "1985-03-31" })).toEqual([{ path: "filingDate", key: "market.patent_date_before_1985", params: { value: "1985-03-31" } }]);
    expect(issuesOf({ grantDate: "2021-02-28" })).toEqual([{ path: "grantDate", key: "market.patent_grant_before_filing", params: { grant: "2021-02-28", filing: "2021-03-01" } }]);
    expect(issuesOf({ grantDate: "2021-03-01" })).toEqual([]);
  });

  it("wants an applicant and reports every problem at once", () => {
    const issues = issuesOf({ applicationNo: "2021101234560", applicants: " ；、 ", ipc: "G06N", legalStatus: "?" });
    expect(issues.map((i) => `${i.path}:${i.key}`)).toEqual([
      "applicationNo:patent.checksum",
      "legalStatus:market.legal_status_invalid",
      "ipc:market.ipc_invalid",
      "applicants:market.applicant_required",
    ]);
  });

  it("bounds names and their number", () => {
    expect(issuesOf({ inventors: ["甲".repeat(201)] })).toEqual([{ path: "inventors.0", key: "market.name_too_long", params: { max: 200 } }]);
    expect(issuesOf({ applicants: Array.from({ length: 51 }, (_, i) => `单位${i}`) })).toEqual([{ path: "applicants", key: "market.names_too_many", params: { max: 50 } }]);
  });

  it("accepts every valid application number of the shared vectors", () => {
    const vectors = loadVectors<{ valid: { number: string; normalized: string; format: string }[] }>("patentNumber");
    for (const v of vectors.valid.filter((x) => x.format !== "publication")) {
      const old = v.format === "application-pre2003";
      const r = checkPatentRecord({ ...row, applicationNo: v.number, type: null, filingDate: old ? "2000-01-01" : null, grantDate: "2024-01-01" }, today);
      expect(r.ok && r.record.applicationNo, v.number).toBe(v.normalized);
    }
  });

  it("never throws, whatever the strings", () => {
    const text = fc.oneof(fc.string(), anyUnits, anyCodePoints);
    fc.assert(
      fc.property(fc.record({ applicationNo: text, type: fc.option(text), legalStatus: text, ipc: fc.option(text), applicants: text, inventors: fc.option(text), filingDate: fc.option(text), grantDate: fc.option(text) }), (input) => {
        const r = checkPatentRecord(input, today);
        return r.ok || r.issues.length > 0;
      }),
      { numRuns: 1_000 },
    );
  });
});

describe("normalizeIpc", () => {
  it("writes symbols as G06N 3/08 from the usual spellings", () => {
    expect(normalizeIpc("G06N3/08, h04b 10/25、Ｇ０６Ｆ　１６／９５３５；G06N 3/080000 (2006.01)").codes).toEqual(["G06N 3/08", "H04B 10/25", "G06F 16/9535"]);
    expect(normalizeIpc("G06F0016/95").codes).toEqual(["G06F 16/95"]);
    expect(normalizeIpc("G06N 3/08 H04B 10/25").codes).toEqual(["G06N 3/08", "H04B 10/25"]);
    expect(normalizeIpc(["A61K 31/00", "a61k31/00"]).codes).toEqual(["A61K 31/00"]);
    expect(normalizeIpc("").codes).toEqual([]);
  });

  it("keeps the subgroup's own digits: 3/0805 is not 3/08", () => {
    expect(normalizeIpc("G06N 3/0805; G06N 3/10").codes).toEqual(["G06N 3/0805", "G06N 3/10"]);
  });

  it("reports what is not a symbol", () => {
    expect(normalizeIpc("G06N; Z01B 1/00; G00N 3/08; G06N 0/08; G06N 3/8; G06N 3/08x").invalid).toEqual(["G06N", "Z01B 1/00", "G00N 3/08", "G06N 0/08", "G06N 3/8", "G06N 3/08x"]);
  });
});

describe("splitNames", () => {
  it("splits on Chinese and ASCII semicolons, commas, 顿号 and new lines, each name once", () => {
    expect(splitNames("华为技术有限公司；华中科技大学，武汉大学、张三\n张三;  李 四 ")).toEqual(["华为技术有限公司", "华中科技大学", "武汉大学", "张三", "李 四"]);
  });

  it("keeps 'Co., Ltd.' with its company", () => {
    expect(splitNames("Huawei Technologies Co., Ltd.; Wuhan University, Corning Inc.")).toEqual(["Huawei Technologies Co., Ltd.", "Wuhan University", "Corning Inc."]);
  });

  it("takes a list as it is, trimmed", () => {
    expect(splitNames([" 甲公司 ", "乙，丙", ""])).toEqual(["甲公司", "乙,丙"]);
  });
});

describe("parseLegalStatus / parsePatentType", () => {
  it("reads the controlled words and their synonyms", () => {
    expect(["审中", "实质审查", "有效", "授权", "失效", "未缴年费", "届满", "无效", "宣告无效", " In Force "].map(parseLegalStatus)).toEqual([
      "pending", "pending", "in_force", "in_force", "lapsed", "lapsed", "expired", "invalidated", "invalidated", "in_force",
    ]);
    expect(parseLegalStatus("部分无效")).toBeNull();
    expect(["发明专利", "实用新型", "外观设计", "utility_model", "专利"].map(parsePatentType)).toEqual(["invention", "utility_model", "design", "utility_model", null]);
  });
});
