/**
 * The enterprises module in the UI (企业培育): the registry and its import, an enterprise's page, 我的企业, and the
 * 高企后备库 and 培育漏斗 pages (reserve/, funnel/); navigation entries by ability, pages loaded on demand.
 */
import { createElement } from "react";
import { BankOutlined, FilterOutlined, ShopOutlined, StarOutlined } from "@ant-design/icons";
import type { RouteObject } from "react-router-dom";
import type { NavItem } from "../../platform/layout/nav.ts";
import { canEnterprise } from "./access.ts";

export const enterprisesNav: NavItem[] = [
  { path: "/enterprises", icon: createElement(BankOutlined), label: "nav.enterprises", visible: (me) => canEnterprise(me, "manageRegistry") || canEnterprise(me, "seeFunnel") },
  // An enterprise user's own enterprise page (/enterprises/:id) lights up 我的企业 when the registry entry is not theirs to see.
  { path: "/enterprises/mine", icon: createElement(ShopOutlined), label: "nav.enterpriseMine", visible: (me) => canEnterprise(me, "ownEnterprise"), also: ["/enterprises"] },
  { path: "/enterprises/reserve", icon: createElement(StarOutlined), label: "nav.enterpriseReserve", visible: (me) => canEnterprise(me, "seeFunnel") },
  { path: "/enterprises/funnel", icon: createElement(FilterOutlined), label: "nav.enterpriseFunnel", visible: (me) => canEnterprise(me, "seeFunnel") },
];

export const enterprisesRoutes: RouteObject[] = [
  { path: "enterprises", lazy: async () => ({ Component: (await import("./registry/EnterpriseListPage.tsx")).EnterpriseListPage }) },
  { path: "enterprises/import", lazy: async () => ({ Component: (await import("./import/EnterpriseImportPage.tsx")).EnterpriseImportPage }) },
  { path: "enterprises/mine", lazy: async () => ({ Component: (await import("./registry/MyEnterprisePage.tsx")).MyEnterprisePage }) },
  { path: "enterprises/reserve", lazy: async () => ({ Component: (await import("./reserve/ReservePage.tsx")).ReservePage }) },
  { path: "enterprises/funnel", lazy: async () => ({ Component: (await import("./funnel/FunnelPage.tsx")).FunnelPage }) },
  { path: "enterprises/:id", lazy: async () => ({ Component: (await import("./enterprise/EnterprisePage.tsx")).EnterprisePage }) },
];
