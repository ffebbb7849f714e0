/** Setting the scene through the API, as an administrator would, before the browser plays the journey. */
type Session = { cookie: string; csrf: string };

async function call<T>(baseUrl: string, method: string, path: string, session: Session | null, body?: unknown): Promise<{ status: number; body: T; setCookie: string | null }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (session) {
    headers.cookie = session.cookie;
    if (method !== "GET") headers["x-csrf-token"] = session.csrf;
  }
  const res = await fetch(`${baseUrl}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as T, setCookie: res.headers.get("set-cookie") };
}

export async function apiSignIn(baseUrl: string, username: string, password: string): Promise<Session> {
  const res = await call<{ csrfToken: string }>(baseUrl, "POST", "/auth/login", null, { username, password });
  const cookie = res.setCookie?.split(";")[0];
  if (res.status !== 200 || !cookie) throw new Error(`API sign-in as ${username} answered ${res.status}`);
  return { cookie, csrf: res.body.csrfToken };
}

/** Creates a member of the first organisation the administrator sees; returns the new user's id. */
export async function createMember(baseUrl: string, admin: Session, username: string, password: string): Promise<string> {
  const orgs = await call<{ items: { id: string }[] }>(baseUrl, "GET", "/orgs?pageSize=1", admin);
  const orgId = orgs.body.items[0]?.id;
  if (!orgId) throw new Error("no organisation to make the user a member of");
  const created = await call<{ id: string }>(baseUrl, "POST", "/users", admin, {
    username,
    displayName: username,
    password,
    memberships: [{ orgId, role: "member" }],
  });
  if (created.status !== 201) throw new Error(`creating ${username} answered ${created.status}: ${JSON.stringify(created.body)}`);
  return created.body.id;
}

/** Creates a user holding `role` in the organisation named exactly `orgName`; returns the organisation's id. */
export async function createUserIn(baseUrl: string, admin: Session, user: { username: string; password: string; orgName: string; role: string }): Promise<string> {
  const orgs = await call<{ items: { id: string; name: string }[] }>(baseUrl, "GET", `/orgs?q=${encodeURIComponent(user.orgName)}&pageSize=50`, admin);
  const orgId = orgs.body.items.find((o) => o.name === user.orgName)?.id;
  if (!orgId) throw new Error(`no organisation named ${user.orgName}`);
  const created = await call<{ id: string }>(baseUrl, "POST", "/users", admin, {
    username: user.username,
    displayName: user.username,
    password: user.password,
    memberships: [{ orgId, role: user.role }],
  });
  if (created.status !== 201) throw new Error(`creating ${user.username} answered ${created.status}: ${JSON.stringify(created.body)}`);
  return orgId;
}
