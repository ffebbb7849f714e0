/**
 * The technology marketplace in the UI (技术市场): the public portal (/portal, outside the session), the owner's
 * records (我的发布) with their forms and bulk import (批量导入, from 我的发布), and each record's page — a demand with its 48-hour clock, responses and
 * explained matches, an achievement with the demands it could serve; and the demand SLA's card for the 督办 dashboard.
 */
import { createElement, lazy, Suspense, type ReactElement } from "react";
import { SearchOutlined, ShopOutlined, UnorderedListOutlined } from "@ant-design/icons";
import type { RouteObject } from "react-router-dom";
import type { HeaderLink, NavGroup, NavItem } from "../../platform/layout/nav.ts";
import { useMe } from "../../platform/auth/session.tsx";
import { oversees } from "./deals/access.ts";
import { KIND_PATH, KINDS } from "./types.ts";

/** The 技术市场 group of the left navigation; other marketplace pages join it by naming it. */
export const marketGroup: NavGroup = { label: "nav.market", icon: createElement(ShopOutlined) };

export const marketNav: NavItem[] = [
  {
    path: "/market/mine",
    icon: createElement(UnorderedListOutlined),
    label: "nav.marketMine",
    group: marketGroup,
    visible: (me) => me.abilities.postDemand === true || me.abilities.publishSupply === true,
    also: ["/market/import", ...KINDS.map((k) => `/market/${KIND_PATH[k]}`)],
  },
];

export const marketLinks: HeaderLink[] = [{ path: "/portal", icon: createElement(SearchOutlined), label: "nav.portal" }];

export const marketRoutes: RouteObject[] = [
  { path: "market/mine", lazy: async () => ({ Component: (await import("./mine/MyRecordsPage.tsx")).MyRecordsPage }) },
  { path: "market/import", lazy: async () => ({ Component: (await import("./import/MarketImportPage.tsx")).MarketImportPage }) },
  ...KINDS.flatMap((kind): RouteObject[] => [
    { path: `market/${KIND_PATH[kind]}/new`, lazy: async () => ({ element: createElement((await import("./forms/RecordFormPage.tsx")).RecordFormPage, { kind }) }) },
    { path: `market/${KIND_PATH[kind]}/:id`, lazy: async () => ({ element: createElement((await import("./record/RecordPage.tsx")).RecordPage, { kind }) }) },
    { path: `market/${KIND_PATH[kind]}/:id/edit`, lazy: async () => ({ element: createElement((await import("./forms/RecordFormPage.tsx")).RecordFormPage, { kind }) }) },
  ]),
];

/** The public portal: no sign-in, its own light frame. */
export const portalRoutes: RouteObject[] = [
  {
    path: "/portal",
    lazy: async () => ({ Component: (await import("./portal/PortalLayout.tsx")).PortalLayout }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import("./portal/PortalSearchPage.tsx")).PortalSearchPage }) },
      { path: ":kind/:id", lazy: async () => ({ Component: (await import("./portal/PortalRecordPage.tsx")).PortalRecordPage }) },
    ],
  },
];

const SlaCard = lazy(async () => ({ default: (await import("./sla/SlaCard.tsx")).SlaCard }));

/**
 * 需求首次响应时效 as a card for the 督办 dashboard: the first-response times per city, the count overdue, a link to
 * the SLA page. Only for readers the SLA page is offered to (the seeSla ability); nothing for anyone else. Its code
 * (and the chart's) loads when first shown, not with the navigation.
 */
export function SlaDashboardCard(): ReactElement | null {
  const me = useMe();
  return oversees(me, "seeSla") ? createElement(Suspense, { fallback: null }, createElement(SlaCard)) : null;
}
