import { describe, expect, test } from "vitest";
import { importEventOf } from "../../../platform/import/sse.ts";
import { marketImport, marketSummaryOf, templatePath } from "./target.ts";

describe("the marketplace import", () => {
  test("posts to the kind's path, with the owner organisation when there is one", () => {
    expect(marketImport("achievement", "6f1c2a7e-0000-4000-8000-000000000001")).toMatchObject({ path: "/market/import/achievements", fields: { orgId: "6f1c2a7e-0000-4000-8000-000000000001" } });
    expect(marketImport("patent", null)).toMatchObject({ path: "/market/import/patents", fields: {} });
    expect(templatePath("expert")).toBe("/market/import/experts/template.xlsx");
  });

  test("its summary: rows, created and updated (the kind the server echoes is not needed)", () => {
    expect(importEventOf({ event: "result", data: '{"kind":"achievement","rows":3,"created":2,"updated":1}' }, marketSummaryOf)).toEqual({ type: "result", summary: { rows: 3, created: 2, updated: 1 } });
    expect(marketSummaryOf({ kind: "achievement", rows: 3, created: 2 })).toBeNull();
    expect(marketSummaryOf({ rows: "3", created: 2, updated: 1 })).toBeNull();
  });
});
