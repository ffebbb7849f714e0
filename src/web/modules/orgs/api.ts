/** The orgs module's API calls and their query keys (organisations, users, memberships, histories). */
import { api, type Page } from "../../platform/api/client.ts";
import type { HistoryEvent } from "../../platform/history/changes.ts";
import type { MembershipInput, Organisation, OrgInput, OrgListQuery, User, UserCreateInput, UserListQuery } from "./types.ts";

const path = (...parts: string[]) => parts.map(encodeURIComponent).join("/");

export const orgKeys = {
  all: ["orgs"] as const,
  list: (q: OrgListQuery) => ["orgs", "list", q] as const,
  one: (id: string) => ["orgs", "one", id] as const,
  history: (id: string) => ["orgs", "history", id] as const,
};

export const userKeys = {
  all: ["users"] as const,
  list: (q: UserListQuery) => ["users", "list", q] as const,
  one: (id: string) => ["users", "one", id] as const,
  history: (id: string) => ["users", "history", id] as const,
};

export const listOrgs = (q: OrgListQuery) => api.get<Page<Organisation>>("/orgs", q);
export const getOrg = (id: string) => api.get<Organisation>(`/orgs/${path(id)}`);
export const createOrg = (input: OrgInput) => api.post<Organisation>("/orgs", input);
export const updateOrg = (id: string, input: Partial<OrgInput>) => api.patch<Organisation>(`/orgs/${path(id)}`, input);
export const mergeOrg = (id: string, intoId: string) => api.post<{ id: string }>(`/orgs/${path(id, "merge")}`, { intoId });
export const orgHistory = (id: string) => api.get<{ items: HistoryEvent[] }>(`/orgs/${path(id)}/history`);

export const listUsers = (q: UserListQuery) => api.get<Page<User>>("/users", q);
export const getUser = (id: string) => api.get<User>(`/users/${path(id)}`);
export const createUser = (input: UserCreateInput) => api.post<User>("/users", input);
export const updateUser = (id: string, input: { displayName?: string; disabled?: boolean }) => api.patch<User>(`/users/${path(id)}`, input);
export const grantMembership = (userId: string, input: MembershipInput) => api.post<User>(`/users/${path(userId)}/memberships`, input);
export const revokeMembership = (userId: string, membershipId: string) => api.delete<User>(`/users/${path(userId, "memberships", membershipId)}`);
export const userHistory = (id: string) => api.get<{ items: HistoryEvent[] }>(`/users/${path(id)}/history`);
