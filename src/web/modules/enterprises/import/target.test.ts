import { describe, expect, test } from "vitest";
import { importEventOf } from "../../../platform/import/sse.ts";
import { enterpriseSummaryOf } from "./target.ts";

describe("the registry import's summary", () => {
  test("rows, enterprises created and updated, yearly records and certificates", () => {
    expect(importEventOf({ event: "result", data: '{"rows":3,"created":1,"updated":2,"years":3,"certificates":1}' }, enterpriseSummaryOf)).toEqual({
      type: "result",
      summary: { rows: 3, created: 1, updated: 2, years: 3, certificates: 1 },
    });
  });

  test("a count missing or not a whole number: not a summary", () => {
    expect(enterpriseSummaryOf({ rows: 3, created: 1, updated: 2, years: 3 })).toBeNull();
    expect(enterpriseSummaryOf({ rows: 3, created: 1.5, updated: 2, years: 3, certificates: 0 })).toBeNull();
  });
});
