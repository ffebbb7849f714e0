import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { patentCheckChar, validatePatentNumber } from "./patent-number.ts";
import { loadVectors } from "../../test/support/vectors.ts";

type Vectors = {
  valid: { number: string; normalized: string; format: string }[];
  invalid: { number: string; reason: string; expectedCheck: string | null }[];
};
const vectors = loadVectors<Vectors>("patentNumber");
const YEAR = 2026;

describe("专利申请号 / 公布号 (ZC 0006-2003, ZC 0007)", () => {
  it.each(vectors.valid)("accepts $number", ({ number, normalized, format }) => {
    expect(validatePatentNumber(number, YEAR)).toEqual({ valid: true, normalized, format });
  });

  it.each(vectors.invalid)("rejects $number as $reason", ({ number, reason, expectedCheck }) => {
    const result = validatePatentNumber(number, YEAR);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.reason).toBe(reason);
    expect(result.expected ?? null).toBe(expectedCheck);
  });

  it("computes the worked example of the standard", () => {
    expect(patentCheckChar("202110123456")).toBe("7");
  });

  it("rejects a year after the current one and accepts the current one", () => {
    const body = `${YEAR}10000001`;
    expect(validatePatentNumber(`${body}.${patentCheckChar(body)}`, YEAR).valid).toBe(true);
    const next = `${YEAR + 1}10000001`;
    const result = validatePatentNumber(`${next}.${patentCheckChar(next)}`, YEAR);
    expect(!result.valid && result.reason).toBe("year");
  });

  it("accepts every well-formed 12-digit number with its own check character and rejects any other", () => {
    const number = fc
      .tuple(fc.integer({ min: 2003, max: YEAR }), fc.constantFrom("1", "2", "3", "8", "9"), fc.stringMatching(/^[0-9]{7}$/))
      .map(([y, t, s]) => `${y}${t}${s}`);
    fc.assert(
      fc.property(number, fc.constantFrom(..."0123456789X"), (digits, check) => {
        expect(validatePatentNumber(`${digits}.${check}`, YEAR).valid).toBe(check === patentCheckChar(digits));
      }),
    );
  });
});
