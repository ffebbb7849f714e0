/** Who is calling and from where: what every service function receives besides its input. */
import type { Db } from "./db.ts";

import { ROLES, type Role } from "../../shared/roles.ts";

export { ROLES, type Role };

export type ActorMembership = {
  id: string;
  orgId: string;
  orgName: string;
  orgKind: string;
  cityCode: string;
  role: Role;
};

export type Actor = {
  userId: string;
  username: string;
  displayName: string;
  memberships: ActorMembership[];
  /** Holds the admin role somewhere: the platform's administrators. */
  isAdmin: boolean;
  /** Belongs to an organisation of the province (420000): provincial departments see every city. */
  provinceWide: boolean;
  /** The cities of the actor's organisations. */
  cityCodes: string[];
};

export type RequestMeta = {
  actor: Actor | null;
  clientIp: string | null;
  requestId: string | null;
  /** Names the actor of writes that no user makes (seeding, CLI). */
  systemName?: string;
};

export type Ctx = RequestMeta & { db: Db };

export const PROVINCE_CODE = "420000";

export function buildActor(user: { id: string; username: string; displayName: string }, memberships: ActorMembership[]): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    memberships,
    isAdmin: memberships.some((m) => m.role === "admin"),
    provinceWide: memberships.some((m) => m.cityCode === PROVINCE_CODE),
    cityCodes: [...new Set(memberships.map((m) => m.cityCode))],
  };
}

/** True when the actor holds one of the roles in an organisation of the given city (or province-wide). */
export function hasRoleIn(actor: Actor, cityCode: string, roles: readonly Role[]): boolean {
  return actor.memberships.some(
    (m) => roles.includes(m.role) && (m.cityCode === cityCode || m.cityCode === PROVINCE_CODE),
  );
}
