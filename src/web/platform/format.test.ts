import { describe, expect, test } from "vitest";
import { todayInShanghai } from "./format.ts";

describe("dates in Beijing time", () => {
  test("today is Beijing's date, whatever the browser's time zone", () => {
    expect(todayInShanghai(new Date("2024-12-31T16:30:00Z"))).toBe("2025-01-01");
    expect(todayInShanghai(new Date("2024-12-31T15:59:59Z"))).toBe("2024-12-31");
  });
});
