/** Every module has the same anatomy (../shared/DESIGN.md), so knowing one module is knowing all. */
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const modules = readdirSync(path.join(here, "modules"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe("repository layout", () => {
  it.each(["README.md", ".ci/run", "src/server/main.ts", "src/server/app.ts", "src/server/platform", "src/web", "src/shared", "src/cli", "migrations", "bench", "data", "docs"])("has %s", (p) => {
    expect(existsSync(path.join(root, p))).toBe(true);
  });

  it.each(modules)("module %s has index, schema, contract, routes, service, policy and tests", (name) => {
    const dir = path.join(here, "modules", name);
    for (const file of ["index.ts", "schema.ts", "contract.ts", "routes.ts", "policy.ts"]) expect(existsSync(path.join(dir, file)), file).toBe(true);
    expect(existsSync(path.join(dir, "service.ts")) || existsSync(path.join(dir, "service")), "service").toBe(true);
    expect(readdirSync(dir).some((f) => f.endsWith(".test.ts")), "tests beside the code").toBe(true);
  });
});
