import { describe, expect, test } from "vitest";
import { dealSheet, type DealTableText } from "./table.ts";
import type { Deal } from "./api.ts";

const deal: Deal = {
  id: "d1",
  title: "光纤预制棒工艺许可",
  supplyKind: null,
  supplyId: null,
  demandId: null,
  sellerOrgId: "s",
  buyerOrgId: "b",
  sellerCity: "420200",
  buyerCity: "420100",
  sellerName: "湖北理工学院",
  buyerName: "长飞光纤光缆股份有限公司",
  amount: 120.5,
  signedOn: "2026-05-01",
  contractType: "licensing",
  registrationNo: null,
  registeredAmount: 120.5,
  techTransactionAmount: 100,
  domain: "光电子信息",
  isDemo: false,
  createdAt: "2026-05-02T00:00:00.000Z",
};

const text: DealTableText = {
  heading: (c) => c,
  city: (code) => ({ "420100": "武汉市", "420200": "黄石市" })[code] ?? code,
  contractType: (code) => `type:${code}`,
  domain: (value) => `domain:${value}`,
};

describe("the deals sheet", () => {
  test("a heading row, then one row per deal with names and numbers", () => {
    const [heading, row] = dealSheet([deal], text);
    expect(heading?.[0]).toBe("title");
    expect(row).toEqual(["光纤预制棒工艺许可", "湖北理工学院", "黄石市", "长飞光纤光缆股份有限公司", "武汉市", "type:licensing", 120.5, 120.5, 100, "2026-05-01", null, "domain:光电子信息"]);
  });

  test("no deals, the headings alone", () => {
    expect(dealSheet([], text)).toHaveLength(1);
  });
});
