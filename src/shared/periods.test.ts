import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  InvalidCalendarDateError,
  addDays,
  daysBetween,
  parsePeriodKey,
  periodOf,
  periodsBetween,
  reportDueDate,
  type PeriodKind,
} from "./periods.ts";

/** Dates 1900..2100 formatted by the platform's own ISO formatter, an independent reference for ours. */
const isoDate = fc
  .integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
const kind = fc.constantFrom<PeriodKind>("monthly", "quarterly");

describe("periodOf", () => {
  it("gives the calendar month", () => {
    expect(periodOf("monthly", "2024-03-15")).toEqual({ key: "2024-03", start: "2024-03-01", end: "2024-03-31" });
    expect(periodOf("monthly", "2024-11-30")).toEqual({ key: "2024-11", start: "2024-11-01", end: "2024-11-30" });
  });

  it("ends February on the 29th in leap years only (2000 is one, 1900 and 2023 are not)", () => {
    expect(periodOf("monthly", "2024-02-01").end).toBe("2024-02-29");
    expect(periodOf("monthly", "2000-02-10").end).toBe("2000-02-29");
    expect(periodOf("monthly", "1900-02-10").end).toBe("1900-02-28");
    expect(periodOf("monthly", "2023-02-28").end).toBe("2023-02-28");
  });

  it("gives the calendar quarter", () => {
    expect(periodOf("quarterly", "2024-01-01")).toEqual({ key: "2024-Q1", start: "2024-01-01", end: "2024-03-31" });
    expect(periodOf("quarterly", "2024-05-20")).toEqual({ key: "2024-Q2", start: "2024-04-01", end: "2024-06-30" });
    expect(periodOf("quarterly", "2024-09-30")).toEqual({ key: "2024-Q3", start: "2024-07-01", end: "2024-09-30" });
    expect(periodOf("quarterly", "2024-12-31")).toEqual({ key: "2024-Q4", start: "2024-10-01", end: "2024-12-31" });
  });

  it.each(["2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-1-01", "20240101", "2024-03-15T00:00:00Z", ""])(
    "throws InvalidCalendarDateError for %j",
    (date) => {
      expect(() => periodOf("monthly", date)).toThrow(InvalidCalendarDateError);
    },
  );

  it("contains its date, and its key parses back to itself", () => {
    fc.assert(
      fc.property(kind, isoDate, (k, date) => {
        const p = periodOf(k, date);
        expect(p.start <= date && date <= p.end).toBe(true);
        expect(parsePeriodKey(k, p.key)).toEqual({ ok: true, period: p });
      }),
    );
  });

  it("tiles the calendar: the day after a period's end starts the next period", () => {
    fc.assert(
      fc.property(kind, isoDate, (k, date) => {
        const p = periodOf(k, date);
        expect(periodOf(k, addDays(p.end, 1)).start).toBe(addDays(p.end, 1));
        expect(periodOf(k, p.start)).toEqual(p);
      }),
    );
  });
});

describe("periodsBetween", () => {
  it("lists every period touching the range, both ends included, oldest first", () => {
    expect(periodsBetween("monthly", "2024-01-15", "2024-04-02").map((p) => p.key)).toEqual(["2024-01", "2024-02", "2024-03", "2024-04"]);
    expect(periodsBetween("quarterly", "2024-11-30", "2025-04-01").map((p) => p.key)).toEqual(["2024-Q4", "2025-Q1", "2025-Q2"]);
  });

  it("gives one period for a one-day range and none for a reversed one", () => {
    expect(periodsBetween("monthly", "2024-03-31", "2024-03-31").map((p) => p.key)).toEqual(["2024-03"]);
    expect(periodsBetween("monthly", "2024-04-01", "2024-03-31")).toEqual([]);
  });

  it("refuses a malformed end date", () => {
    expect(() => periodsBetween("monthly", "2024-01-01", "2024-02-30")).toThrow(InvalidCalendarDateError);
  });

  it("is contiguous and covers exactly the range", () => {
    fc.assert(
      fc.property(kind, isoDate, fc.integer({ min: 0, max: 800 }), (k, start, length) => {
        const end = addDays(start, length);
        const periods = periodsBetween(k, start, end);
        expect(periods[0]).toEqual(periodOf(k, start));
        expect(periods[periods.length - 1]).toEqual(periodOf(k, end));
        for (let i = 1; i < periods.length; i++) expect(periods[i]?.start).toBe(addDays(periods[i - 1]?.end ?? "", 1));
      }),
    );
  });
});

describe("reportDueDate", () => {
  it("is the period's last day", () => {
    expect(reportDueDate(periodOf("monthly", "2024-02-10"))).toBe("2024-02-29");
    expect(reportDueDate(periodOf("quarterly", "2024-02-10"))).toBe("2024-03-31");
  });
});

describe("parsePeriodKey", () => {
  it("reads month and quarter keys", () => {
    expect(parsePeriodKey("monthly", "2024-02")).toEqual({ ok: true, period: { key: "2024-02", start: "2024-02-01", end: "2024-02-29" } });
    expect(parsePeriodKey("quarterly", "2025-Q4")).toEqual({ ok: true, period: { key: "2025-Q4", start: "2025-10-01", end: "2025-12-31" } });
  });

  it.each([
    ["monthly", "2024-3"],
    ["monthly", "2024-13"],
    ["monthly", "2024-00"],
    ["monthly", "2024-Q1"],
    ["monthly", " 2024-01"],
    ["monthly", "2024-01-01"],
    ["quarterly", "2024-Q0"],
    ["quarterly", "2024-Q5"],
    ["quarterly", "2024-q1"],
    ["quarterly", "2024-03"],
    ["quarterly", "24-Q1"],
  ] as const)("refuses %s key %j", (k, key) => {
    expect(parsePeriodKey(k, key)).toEqual({
      ok: false,
      error: { code: "period_key_malformed", key, expected: k === "monthly" ? "YYYY-MM" : "YYYY-Qn" },
    });
  });
});

describe("calendar arithmetic", () => {
  it("counts days across a leap day and a year's end", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2023-02-28", "2023-03-01")).toBe(1);
    expect(daysBetween("2024-12-31", "2024-12-24")).toBe(-7);
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
  });

  it("keeps years below 100 as written (Date.UTC would read 0050 as 1950)", () => {
    expect(addDays("0050-12-31", 1)).toBe("0051-01-01");
    expect(periodOf("monthly", "0050-02-03").end).toBe("0050-02-28");
  });

  it("addDays and daysBetween are inverse", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });
});

describe("a reversed range", () => {
  it("touches no period, even when both dates fall in the same one", () => {
    expect(periodsBetween("monthly", "2024-12-31", "2024-12-01")).toEqual([]);
    expect(periodsBetween("quarterly", "2024-02-10", "2024-01-05")).toEqual([]);
  });
});
