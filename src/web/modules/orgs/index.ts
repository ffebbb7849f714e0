/** The orgs module in the UI: organisations and users, their navigation entries and their pages (loaded on demand). */
import { createElement } from "react";
import { ApartmentOutlined, TeamOutlined } from "@ant-design/icons";
import type { RouteObject } from "react-router-dom";
import type { NavItem } from "../../platform/layout/nav.ts";
import { can } from "../../platform/auth/api.ts";

export const orgsNav: NavItem[] = [
  { path: "/orgs", icon: createElement(ApartmentOutlined), label: "nav.orgs" },
  // Everyone may list users (they see at least themselves), but only managers have a list worth a menu entry.
  { path: "/users", icon: createElement(TeamOutlined), label: "nav.users", visible: (me) => can(me, "createUser") },
];

export const orgsRoutes: RouteObject[] = [
  { path: "orgs", lazy: async () => ({ Component: (await import("./organisations/OrgListPage.tsx")).OrgListPage }) },
  { path: "orgs/new", lazy: async () => ({ Component: (await import("./organisations/OrgCreatePage.tsx")).OrgCreatePage }) },
  { path: "orgs/:id", lazy: async () => ({ Component: (await import("./organisations/OrgDetailPage.tsx")).OrgDetailPage }) },
  { path: "orgs/:id/edit", lazy: async () => ({ Component: (await import("./organisations/OrgEditPage.tsx")).OrgEditPage }) },
  { path: "users", lazy: async () => ({ Component: (await import("./users/UserListPage.tsx")).UserListPage }) },
  { path: "users/new", lazy: async () => ({ Component: (await import("./users/UserCreatePage.tsx")).UserCreatePage }) },
  { path: "users/:id", lazy: async () => ({ Component: (await import("./users/UserDetailPage.tsx")).UserDetailPage }) },
];
