/** The orgs module's records as the API serves them (see the server's orgs/contract.ts). */
export type OrgStatus = "active" | "pending" | "archived";

export type Organisation = {
  id: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  kind: string;
  cityCode: string;
  districtCode: string | null;
  isZone: boolean;
  creditCode: string | null;
  parentId: string | null;
  status: OrgStatus;
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  website: string | null;
  description: string | null;
  createdAt: string;
  updatedAt: string;
  abilities?: { read: boolean; update: boolean };
};

/** What the create and edit form sends; empty optional fields are sent as null. */
export type OrgInput = {
  name: string;
  kind: string;
  cityCode: string;
  shortName?: string | null;
  aliases?: string[];
  districtCode?: string | null;
  isZone?: boolean;
  creditCode?: string | null;
  parentId?: string | null;
  address?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  website?: string | null;
  description?: string | null;
  status?: OrgStatus;
};

export type OrgListQuery = { q?: string; kind?: string; cityCode?: string; status?: string; page: number; pageSize: number };

export type UserMembership = { id: string; orgId: string; orgName: string; orgKind: string; cityCode: string; role: string };

export type User = {
  id: string;
  username: string;
  displayName: string;
  disabled: boolean;
  lockedUntil: string | null;
  createdAt: string;
  memberships: UserMembership[];
};

export type MembershipInput = { orgId: string; role: string };
export type UserCreateInput = { username: string; displayName: string; password: string; memberships: MembershipInput[] };
export type UserListQuery = { q?: string; orgId?: string; page: number; pageSize: number };
