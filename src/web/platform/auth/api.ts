/** The auth API: who is signed in, sign in and out, password, API tokens. */
import { ApiError, api, setCsrfToken } from "../api/client.ts";

export type Membership = { id: string; orgId: string; orgName: string; orgKind: string; cityCode: string; role: string };
export type Me = {
  user: { id: string; username: string; displayName: string };
  memberships: Membership[];
  isAdmin: boolean;
  provinceWide: boolean;
  csrfToken: string | null;
  /** What the server's policies let this user do (GET /auth/me): the UI offers only these. */
  abilities: Record<string, boolean>;
};
export type ApiToken = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

export const ME_KEY = ["auth", "me"] as const;
export const TOKENS_KEY = ["auth", "tokens"] as const;

function remember(me: Me): Me {
  setCsrfToken(me.csrfToken);
  return me;
}

/** The signed-in user, or null when there is no session (401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return remember(await api.get<Me>("/auth/me"));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function login(input: { username: string; password: string }): Promise<Me> {
  return remember(await api.post<Me>("/auth/login", input));
}

export async function logout(): Promise<void> {
  await api.post("/auth/logout");
  setCsrfToken(null);
}

export const changePassword = (input: { currentPassword: string; newPassword: string }) => api.post<{ ok: true }>("/auth/password", input);
export const listTokens = () => api.get<{ items: ApiToken[] }>("/auth/tokens");
export const createToken = (name: string) => api.post<ApiToken & { token: string }>("/auth/tokens", { name });
export const revokeToken = (id: string) => api.delete<{ ok: true }>(`/auth/tokens/${encodeURIComponent(id)}`);

/** The abilities the server serves today; a name it does not send reads as "not allowed". */
export type Ability =
  | "createOrganisation"
  | "createUser"
  | "mergeOrganisation"
  | "confirmOrganisation"
  | "importPlan"
  | "closePlan"
  | "seeAllTasks"
  | "writeIndicatorValues";

export const can = (me: Me, ability: Ability): boolean => me.abilities[ability] === true;
