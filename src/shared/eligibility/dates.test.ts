import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { daysBetween, isIsoDate } from "./dates.ts";

/** The Date round trip dates.ts once used, as the reference. */
function reference(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / 86_400_000;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const dates = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.tuple(fc.integer({ min: 1890, max: 2110 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 27, max: 31 })).map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("2026-02-30", "2024-02-29", "2100-02-29", "2000-02-29", "0099-01-01", "0100-03-01", "2026-1-01", "2026-01-01\n", " 2026-01-01", "２０２６-01-01", "2026/01/01"),
);

describe("calendar dates", () => {
  it("tell real dates and count days as the Date round trip does", () => {
    fc.assert(
      fc.property(dates, dates, (a, b) => {
        expect(isIsoDate(a)).toBe(reference(a) !== null);
        expect(daysBetween(a, b)).toBe((reference(b) ?? 0) - (reference(a) ?? 0));
      }),
      { numRuns: 20000 },
    );
  });
});
