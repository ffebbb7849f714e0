/**
 * Property test: for every operation in the OpenAPI document, malformed path parameters, query strings and bodies
 * never make the server answer 5xx, signed in or not.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { createHarness, type Client, type Harness } from "../support/harness.ts";
import { engines } from "../support/engines.ts";

type Operation = { parameters?: { name: string; in: string }[]; requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> } };
type OpenApi = { paths: Record<string, Record<string, Operation>> };

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.constantFrom("", " ", "0", "-1", "1e309", "NaN", "null", "undefined", "../../etc/passwd", "%00", "'; drop table users; --", "\u0000", "９１４２", "a".repeat(5000), "00000000-0000-0000-0000-000000000000"),
  fc.integer().map(String),
  fc.uuid(),
);
const jsonValue = fc.oneof(nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(nasty, { maxLength: 3 }), fc.dictionary(nasty, nasty, { maxKeys: 3 }));

function bodyFor(op: Operation) {
  const props = Object.keys(op.requestBody?.content?.["application/json"]?.schema?.properties ?? {});
  const shaped = props.length
    ? fc.record(Object.fromEntries(props.map((p) => [p, jsonValue])), { requiredKeys: [] }).map((o) => JSON.stringify(o))
    : fc.constant("{}");
  return fc.oneof(shaped, jsonValue.map((v) => JSON.stringify(v)), fc.string(), fc.constantFrom("{", "[1,2", "\"unterminated", "{\"a\":1}}", ""));
}

function queryFor(op: Operation) {
  const names = (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name);
  const keys = fc.oneof(fc.constantFrom(...(names.length ? names : ["q"])), fc.string({ maxLength: 10 }));
  return fc.array(fc.tuple(keys, nasty), { maxLength: 5 }).map((pairs) => new URLSearchParams(pairs).toString());
}

describe.each(engines())("malformed input on %s", (engine) => {
  let h: Harness;
  let admin: Client;
  let doc: OpenApi;
  beforeAll(async () => {
    h = await createHarness(engine);
    const session = await h.as("admin");
    const token = ((await session.post("/api/v1/auth/tokens", { name: "fuzz" })).body as { token: string }).token;
    admin = h.anonymous();
    admin.headers.authorization = `Bearer ${token}`;
    doc = (await admin.get("/api/v1/openapi.json")).body as OpenApi;
  });
  afterAll(async () => h?.dispose());

  it("has operations to test", () => {
    expect(Object.keys(doc.paths).length).toBeGreaterThanOrEqual(15);
  });

  it("never answers 5xx to any operation in the OpenAPI document", { timeout: 300_000 }, async () => {
    const failures: string[] = [];
    const reached = new Set<string>();
    for (const [template, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        await fc.assert(
          fc.asyncProperty(fc.array(nasty, { minLength: 3, maxLength: 3 }), queryFor(op), bodyFor(op), fc.boolean(), async (params, query, body, signedIn) => {
            let i = 0;
            const path = template.replace(/\{[^}]+\}/g, () => encodeURIComponent(params[i++] ?? ""));
            const client = signedIn ? admin : h.anonymous();
            const res = await client.request(method.toUpperCase(), `${path}${query ? `?${query}` : ""}`, method === "get" ? undefined : body);
            // The operation itself answered (not the catch-all for unknown paths): the test reaches the route.
            if ((res.body as { error?: { message?: string } })?.error?.message?.startsWith("接口不存在") !== true) reached.add(`${method} ${template}`);
            if (res.status >= 500) failures.push(`${method.toUpperCase()} ${path}?${query} ${body.slice(0, 200)} → ${res.status} ${res.text.slice(0, 200)}`);
            return res.status < 500;
          }),
          { numRuns: 60 },
        ).catch(() => undefined);
      }
    }
    expect(failures).toEqual([]);
    const operations = Object.entries(doc.paths).flatMap(([t, ops]) => Object.keys(ops).map((m) => `${m} ${t}`));
    expect(operations.filter((o) => !reached.has(o))).toEqual([]);
  });
});
