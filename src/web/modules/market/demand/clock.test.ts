import { describe, expect, test } from "vitest";
import { durationParts, responseClock } from "./clock.ts";

const at = (iso: string) => new Date(iso);
const published = "2026-03-02T01:00:00.000Z";

describe("responseClock", () => {
  test("a draft has no clock", () => {
    expect(responseClock({ status: "draft", publishedAt: null, firstResponseAt: null }, at("2026-03-02T02:00:00Z"))).toEqual({ state: "draft" });
  });

  test("waiting within 48 hours, with the time left", () => {
    const c = responseClock({ status: "published", publishedAt: published, firstResponseAt: null }, at("2026-03-03T00:30:00Z"));
    expect(c).toEqual({ state: "waiting", sincePublishedMs: 23.5 * 3_600_000, leftMs: 24.5 * 3_600_000 });
  });

  test("overdue from the 48th hour on", () => {
    expect(responseClock({ status: "published", publishedAt: published, firstResponseAt: null }, at("2026-03-04T01:00:00Z")).state).toBe("overdue");
    expect(responseClock({ status: "published", publishedAt: published, firstResponseAt: null }, at("2026-03-04T00:59:59Z")).state).toBe("waiting");
  });

  test("a response stops the clock at the time it took", () => {
    const c = responseClock({ status: "published", publishedAt: published, firstResponseAt: "2026-03-02T04:15:00Z" }, at("2026-03-09T00:00:00Z"));
    expect(c).toMatchObject({ state: "responded", respondedAfterMs: 3.25 * 3_600_000 });
  });

  test("a closed demand keeps how long its first response took, if any", () => {
    expect(responseClock({ status: "closed", publishedAt: published, firstResponseAt: null }, at("2026-03-09T00:00:00Z"))).toEqual({ state: "closed", respondedAfterMs: null });
  });
});

describe("durationParts", () => {
  test("days, hours and minutes, rounded down", () => {
    expect(durationParts((47 * 60 + 59) * 60_000 + 59_000)).toEqual({ days: 1, hours: 23, minutes: 59 });
    expect(durationParts(-5)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });
});
