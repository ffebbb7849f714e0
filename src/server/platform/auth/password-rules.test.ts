import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { passwordProblem, randomPassword } from "./password-rules.ts";

describe("password rules", () => {
  it("needs 8 characters", () => {
    expect(passwordProblem("Ab1!xyz")?.key).toBe("password.too_short");
    expect(passwordProblem("Ab1!xyzw")).toBeNull();
  });
  it("needs 3 of 4 classes", () => {
    expect(passwordProblem("abcdefgh1")?.key).toBe("password.classes");
    expect(passwordProblem("abcdefg1A")).toBeNull();
    expect(passwordProblem("abcdefg1!")).toBeNull();
    expect(passwordProblem("ABCDEFGH!")?.key).toBe("password.classes");
  });
  it("refuses the username", () => {
    expect(passwordProblem("Admin123!", "admin123!")?.key).toBe("password.same_as_username");
  });
  it("makes random passwords that pass", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        expect(passwordProblem(randomPassword(bytes))).toBeNull();
      }),
    );
  });
});
