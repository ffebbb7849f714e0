import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { creditCodeCheckChar, validateCreditCode } from "./credit-code.ts";
import { loadVectors } from "../../test/support/vectors.ts";

type Vectors = {
  valid: { code: string; name: string; normalized?: string }[];
  invalid: { code: string; reason: string; expectedCheck: string | null }[];
};
const vectors = loadVectors<Vectors>("creditCode");

describe("统一社会信用代码 (GB 32100-2015)", () => {
  it.each(vectors.valid)("accepts $code ($name)", ({ code, normalized }) => {
    const result = validateCreditCode(code);
    expect(result.valid).toBe(true);
    expect(result.normalized).toBe(normalized ?? code);
  });

  it.each(vectors.invalid)("rejects $code as $reason", ({ code, reason, expectedCheck }) => {
    const result = validateCreditCode(code);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.reason).toBe(reason);
    expect(result.expected ?? null).toBe(expectedCheck);
  });

  it("names the expected check character in the message", () => {
    const result = validateCreditCode("914200007570131370");
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.message).toEqual({ key: "creditCode.checksum", params: { expected: "P", actual: "0" } });
  });

  it("suggests the digit for a confusable letter", () => {
    const result = validateCreditCode("9142010056835939OC");
    expect(!result.valid && result.message.params).toMatchObject({ position: 17, char: "O", suggest: "0" });
  });

  const charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const first17 = fc
    .tuple(
      fc.constantFrom(...charset),
      fc.constantFrom(...charset),
      fc.stringMatching(/^[0-9]{6}$/),
      fc.array(fc.constantFrom(...charset), { minLength: 9, maxLength: 9 }),
    )
    .map(([a, b, region, rest]) => a + b + region + rest.join(""));

  it("accepts any 17 characters with their computed check character, and no other", () => {
    fc.assert(
      fc.property(first17, fc.constantFrom(...charset), (body, last) => {
        const result = validateCreditCode(body + last);
        expect(result.valid).toBe(last === creditCodeCheckChar(body));
      }),
    );
  });
});
