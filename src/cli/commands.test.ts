import { describe, expect, it } from "vitest";
import { runCli } from "./commands.ts";
import { loadVectors, SHARED_DIR } from "../../test/support/vectors.ts";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

async function run(...argv: string[]) {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await runCli(argv, { out: (l) => lines.push(l), err: (l) => errors.push(l) });
  return { code, out: lines.join("\n"), err: errors.join("\n") };
}

type CreditVectors = { valid: { code: string; normalized?: string }[]; invalid: { code: string; reason: string; expectedCheck: string | null }[] };
type PatentVectors = { valid: { number: string; normalized: string; format: string }[]; invalid: { number: string; reason: string; expectedCheck: string | null }[] };

describe("corridor check credit-code", () => {
  const v = loadVectors<CreditVectors>("creditCode");
  it.each(v.valid)("$code is valid (exit 0)", async ({ code, normalized }) => {
    const r = await run("check", "credit-code", code, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ valid: true, normalized: normalized ?? code });
  });
  it.each(v.invalid)("$code is invalid: $reason (exit 1)", async ({ code, reason, expectedCheck }) => {
    const r = await run("check", "credit-code", code, "--json");
    expect(r.code).toBe(1);
    const body = JSON.parse(r.out) as { valid: boolean; reason: string; expected?: string };
    expect(body).toMatchObject({ valid: false, reason });
    expect(body.expected ?? null).toBe(expectedCheck);
  });
  it("exits 2 without a code", async () => {
    expect((await run("check", "credit-code")).code).toBe(2);
  });
});

describe("corridor check patent-number", () => {
  const v = loadVectors<PatentVectors>("patentNumber");
  it.each(v.valid)("$number is valid (exit 0)", async ({ number, normalized, format }) => {
    const r = await run("check", "patent-number", number, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ valid: true, normalized, format });
  });
  it.each(v.invalid)("$number is invalid: $reason (exit 1)", async ({ number, reason, expectedCheck }) => {
    const r = await run("check", "patent-number", number, "--json");
    expect(r.code).toBe(1);
    const body = JSON.parse(r.out) as { reason: string; expected?: string };
    expect(body.reason).toBe(reason);
    expect(body.expected ?? null).toBe(expectedCheck);
  });
});

describe("corridor usage", () => {
  it("prints help and exits 0 with --help on every command", async () => {
    for (const cmd of [["serve"], ["migrate"], ["seed"], ["user", "create"], ["audit", "verify"], ["check", "credit-code"], ["check", "patent-number"]]) {
      const r = await run(...cmd, "--help");
      expect(r.code, cmd.join(" ")).toBe(0);
      expect(r.out).toContain("corridor");
    }
  });
  it("exits 2 on an unknown command or flag", async () => {
    expect((await run("frobnicate")).code).toBe(2);
    expect((await run("check", "credit-code", "x", "--bogus")).code).toBe(2);
    expect((await run("user", "create", "--username", "a")).code).toBe(2);
    expect((await run("user", "create", "--username", "abc", "--password", "Corridor-2026", "--role", "king")).code).toBe(2);
  });
});

describe("corridor plan parse", () => {
  const seed = `${SHARED_DIR}/seeds/guanggu-corridor-action-plan-2023-2025`;
  // The first plan command loads the server's modules (exceljs, docx, mammoth …): give the import time on a loaded machine.
  it("prints the seed's expected import exactly", { timeout: 60_000 }, async () => {
    const r = await run("plan", "parse", `${seed}.txt`, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(JSON.parse(readFileSync(`${seed}.expected.json`, "utf8")));
  });
  it("exits 2 on a missing file and on an empty one", { timeout: 60_000 }, async () => {
    expect((await run("plan", "parse", "/nonexistent/plan.txt")).code).toBe(2);
    const dir = mkdtempSync(path.join(os.tmpdir(), "corridor-plan-"));
    writeFileSync(path.join(dir, "empty.txt"), "  \n");
    const r = await run("plan", "parse", path.join(dir, "empty.txt"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("文本为空");
  });
});
