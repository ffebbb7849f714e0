/** The seed plan, copied from a web page with its navigation and footer, parses to exactly its expected import. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parsePlanText } from "./parse.ts";

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../..");
const seeds = path.resolve(repositoryRoot, "../shared/seeds");
const read = (name: string) => readFileSync(path.join(seeds, name), "utf8");

describe("the seed plan (光谷科创大走廊行动方案 2023—2025)", () => {
  it("parses to the expected JSON exactly", () => {
    const expected: unknown = JSON.parse(read("guanggu-corridor-action-plan-2023-2025.expected.json"));
    expect(parsePlanText(read("guanggu-corridor-action-plan-2023-2025.txt"))).toEqual(expected);
  });
});
