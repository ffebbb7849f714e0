import { describe, expect, it } from "vitest";
import { membershipPolicy, orgPolicy, userPolicy } from "./policy.ts";
import { buildActor, type ActorMembership, type Role } from "../../platform/context.ts";

const actor = (...ms: [cityCode: string, role: Role][]) =>
  buildActor(
    { id: "u1", username: "u", displayName: "U" },
    ms.map(([cityCode, role], i): ActorMembership => ({ id: `m${i}`, orgId: `o${i}`, orgName: "单位", orgKind: "enterprise", cityCode, role })),
  );
const WUHAN = { cityCode: "420100" };
const HUANGSHI = { cityCode: "420200" };

describe("orgs policy", () => {
  it("denies anonymous callers everything", () => {
    expect(orgPolicy.can(null, "read", WUHAN)).toBe(false);
    expect(orgPolicy.can(null, "create", WUHAN)).toBe(false);
  });
  it("lets members read their own city only", () => {
    const member = actor(["420100", "member"]);
    expect(orgPolicy.abilities(member, WUHAN)).toEqual({ read: true, create: false, update: false });
    expect(orgPolicy.can(member, "read", HUANGSHI)).toBe(false);
  });
  it("lets officers manage their city, and provincial officers every city", () => {
    expect(orgPolicy.can(actor(["420100", "officer"]), "update", WUHAN)).toBe(true);
    expect(orgPolicy.can(actor(["420100", "officer"]), "update", HUANGSHI)).toBe(false);
    expect(orgPolicy.can(actor(["420000", "officer"]), "update", HUANGSHI)).toBe(true);
    expect(orgPolicy.can(actor(["420000", "member"]), "read", HUANGSHI)).toBe(true);
    expect(orgPolicy.can(actor(["420000", "member"]), "update", HUANGSHI)).toBe(false);
  });
  it("keeps the admin role for admins to grant", () => {
    expect(membershipPolicy.can(actor(["420100", "officer"]), "grant", { cityCode: "420100", role: "admin" })).toBe(false);
    expect(membershipPolicy.can(actor(["420100", "officer"]), "grant", { cityCode: "420100", role: "expert" })).toBe(true);
    expect(membershipPolicy.can(actor(["420000", "admin"]), "grant", { cityCode: "421200", role: "admin" })).toBe(true);
  });
  it("lets a user read themselves and managers read their city's users", () => {
    expect(userPolicy.can(actor(["420100", "member"]), "read", { id: "u1", cityCodes: [] })).toBe(true);
    expect(userPolicy.can(actor(["420100", "member"]), "read", { id: "u2", cityCodes: ["420100"] })).toBe(false);
    expect(userPolicy.can(actor(["420100", "officer"]), "update", { id: "u2", cityCodes: ["420100"] })).toBe(true);
    expect(userPolicy.can(actor(["420100", "officer"]), "update", { id: "u2", cityCodes: ["421100"] })).toBe(false);
  });
});
