import { describe, expect, test } from "vitest";
import { issuesByField, YEAR_FIELD_NAMES, yearFiguresOf, yearFormValues, yearPayload } from "./figures.ts";
import { validateYear } from "../../../../shared/enterprise/validate.ts";
import { YEAR_COUNT_FIELDS, YEAR_MONEY_FIELDS } from "../../../../shared/enterprise/record.ts";

describe("year figures form ↔ payload", () => {
  test("every figure of the registry has a field (nothing the server stores is left off the form)", () => {
    for (const f of [...YEAR_MONEY_FIELDS, ...YEAR_COUNT_FIELDS]) expect(YEAR_FIELD_NAMES).toContain(f);
  });

  test("a stored year goes through the form and back unchanged", () => {
    const stored = {
      employees: 120,
      techStaff: 30,
      operatingRevenue: 5000.5,
      netAssets: -20,
      netProfit: 0,
      ip: { invention: { selfDeveloped: 3, acquired: 0 }, software: { selfDeveloped: 12, acquired: null }, highValueClassI: 1 },
    };
    const payload = yearPayload(yearFormValues({ year: 2024, ...stored }));
    expect(payload.employees).toBe(120);
    expect(payload.netAssets).toBe(-20);
    expect(payload.netProfit).toBe(0);
    expect(payload.ip).toEqual(stored.ip);
  });

  test("an empty field is sent as null, never left out or made 0; no IP at all is null", () => {
    const payload = yearPayload(yearFormValues(undefined));
    expect(payload.rdExpense).toBeNull();
    expect(payload.standardsLed).toBeNull();
    expect("equityFinancing" in payload).toBe(true);
    expect(payload.ip).toBeNull();
  });

  test("one part of a type given keeps the other as not known (null), not 0", () => {
    const values = yearFormValues(undefined);
    values["ip.utilityModel.acquired"] = 2;
    expect(yearPayload(values).ip).toEqual({ utilityModel: { selfDeveloped: null, acquired: 2 } });
  });

  test("the registry's checks read the form's figures and name the form's fields", () => {
    const values = yearFormValues({ employees: 10, techStaff: 12, ip: { invention: { selfDeveloped: 1, acquired: 0 }, plantVariety: { selfDeveloped: 0, acquired: 0 }, icLayout: { selfDeveloped: 0, acquired: 0 }, newDrug: { selfDeveloped: 0, acquired: 0 }, highValueClassI: 3 } });
    const issues = validateYear(yearFiguresOf(2024, values), { today: "2026-01-15" });
    const paths = issues.map((i) => i.path);
    expect(paths).toContain("techStaff");
    expect(paths).toContain("ip.highValueClassI");
    for (const p of paths) expect(YEAR_FIELD_NAMES).toContain(p);
  });

  test("issues by field; an issue naming no field goes under the form", () => {
    expect(issuesByField([{ path: "techStaff", message: "a" }, { path: "techStaff", message: "b" }, { path: "year", message: "c" }])).toEqual({ techStaff: ["a", "b"], "": ["c"] });
  });
});
