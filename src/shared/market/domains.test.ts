import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  CONTRACT_TYPES,
  contractTypeOf,
  contractTypesUnder,
  PLAN_DOMAINS,
  planDomain,
  readRegistrationNo,
  REJECTION_CASES,
  subTypeUnder,
  techContractRuleSetFor,
  TRANSFER_MODES,
  type TechContractRuleSet,
} from "./domains.ts";

describe("plan domains", () => {
  it("are the plan's six, in its order, with codes and English names", () => {
    expect(PLAN_DOMAINS.map((d) => d.name)).toEqual(["光电子信息", "新能源与智能网联汽车", "生命健康", "高端装备", "北斗", "人工智能"]);
    expect(new Set(PLAN_DOMAINS.map((d) => d.code)).size).toBe(6);
    expect(PLAN_DOMAINS.every((d) => /^[a-z]+$/.test(d.code) && d.nameEn.length > 0)).toBe(true);
  });

  it("are found by code or Chinese name", () => {
    expect(planDomain("beidou")?.name).toBe("北斗");
    expect(planDomain(" 人工智能 ")?.code).toBe("ai");
    expect(planDomain("半导体")).toBeNull();
  });
});

describe("transfer modes", () => {
  it("are 转让, 许可, 作价入股, 合作开发, each naming a contract type that exists (or none)", () => {
    expect(TRANSFER_MODES.map((m) => m.name)).toEqual(["转让", "许可", "作价入股", "合作开发"]);
    for (const mode of TRANSFER_MODES) {
      if (!mode.contract) continue;
      expect(CONTRACT_TYPES.map((t) => t.code)).toContain(mode.contract.type);
      if ("subType" in mode.contract) expect(contractTypeOf(mode.contract.subType)).toBe(mode.contract.type);
    }
  });
});

describe("technology contract rule sets", () => {
  it("choose by application date: MOST-2000 to 2026-02-28, MIIT-2026 (provisional) from 2026-03-01", () => {
    expect(techContractRuleSetFor("2000-02-15")).toBeNull();
    expect(techContractRuleSetFor("2000-02-16")).toEqual({ ruleSet: "MOST-2000", provisional: false });
    expect(techContractRuleSetFor("2026-02-28")).toEqual({ ruleSet: "MOST-2000", provisional: false });
    expect(techContractRuleSetFor("2026-03-01")).toEqual({ ruleSet: "MIIT-2026", provisional: true });
  });

  it("have licensing as a type of its own only under MIIT-2026", () => {
    expect(contractTypesUnder("MOST-2000").map((t) => t.code)).toEqual(["development", "transfer", "consulting", "service"]);
    expect(contractTypesUnder("MIIT-2026").map((t) => t.code)).toEqual(["development", "transfer", "licensing", "consulting", "service"]);
    const transfer2000 = contractTypesUnder("MOST-2000").find((t) => t.code === "transfer");
    const transfer2026 = contractTypesUnder("MIIT-2026").find((t) => t.code === "transfer");
    expect(transfer2000?.subTypes.map((s) => s.id)).toContain("transfer.patentLicence");
    expect(transfer2026?.subTypes.map((s) => s.id)).not.toContain("transfer.patentLicence");
  });

  it("map a patent licence between 技术转让 and 技术许可 (tc-type-map)", () => {
    expect(subTypeUnder("transfer.patentLicence", "MIIT-2026")).toBe("licence.patent");
    expect(subTypeUnder("licence.patent", "MOST-2000")).toBe("transfer.patentLicence");
    expect(subTypeUnder("licence.knowHow", "MOST-2000")).toBe("transfer.knowHow");
    expect(subTypeUnder("transfer.knowHow", "MIIT-2026")).toBe("transfer.knowHow");
    expect(subTypeUnder("dev.commissioned", "MIIT-2026")).toBe("dev.commissioned");
    expect(subTypeUnder("nonsense", "MOST-2000")).toBeNull();
  });

  it("always map a sub-type to one that exists under the target rule set, and back unchanged for licences", () => {
    const ids = CONTRACT_TYPES.flatMap((t) => t.subTypes.map((s) => s.id));
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom<TechContractRuleSet>("MOST-2000", "MIIT-2026"), (id, ruleSet) => {
        const mapped = subTypeUnder(id, ruleSet);
        const valid = contractTypesUnder(ruleSet).flatMap((t) => t.subTypes.map((s) => s.id));
        return mapped !== null && valid.includes(mapped);
      }),
    );
  });

  it("register training and brokerage by reference (tc-scope)", () => {
    const service = CONTRACT_TYPES.find((t) => t.code === "service");
    expect(service?.subTypes.filter((s) => s.byReference).map((s) => s.id)).toEqual(["service.training", "service.intermediary"]);
  });
});

describe("registration numbers and refusals", () => {
  it("read the 16-digit form and decode the older 14-digit one", () => {
    expect(readRegistrationNo("2024420100000123")).toEqual({ form: "16-digit", number: "2024420100000123" });
    expect(readRegistrationNo("12 42 01 03 000456")).toEqual({ form: "14-digit", number: "12420103000456", year: "12", province: "42", city: "01", point: "03", serial: "000456" });
    expect(readRegistrationNo("42010300045")).toBeNull();
    expect(readRegistrationNo("20244201000001X3")).toBeNull();
  });

  it("list each refusal case once, with the ids of tech-contracts.md", () => {
    const ids = REJECTION_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(["tc-written", "tc-other-contracts", "tc-reject-unclear", "tc-reject-seal", "tc-reject-other"]));
  });
});
