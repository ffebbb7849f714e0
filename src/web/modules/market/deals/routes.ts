/**
 * The marketplace's deals, flows and SLA pages (技术合同成交, 五市技术流向, 需求响应时效): their navigation entries by
 * ability, in the 技术市场 group, and their routes, pages loaded on demand. Kept apart from the market module's
 * index.ts (portal, records, matches) so that both can grow side by side; src/web/routes.tsx takes both.
 */
import { createElement } from "react";
import { ClockCircleOutlined, NodeIndexOutlined, SwapOutlined } from "@ant-design/icons";
import type { RouteObject } from "react-router-dom";
import type { NavItem } from "../../../platform/layout/nav.ts";
import { oversees, seesDeals } from "./access.ts";
import { marketGroup } from "../index.ts";

export const dealsNav: NavItem[] = [
  { path: "/market/deals", icon: createElement(SwapOutlined), label: "nav.deals", group: marketGroup, visible: seesDeals },
  { path: "/market/flows", icon: createElement(NodeIndexOutlined), label: "nav.flows", group: marketGroup, visible: (me) => oversees(me, "seeFlows") },
  { path: "/market/sla", icon: createElement(ClockCircleOutlined), label: "nav.sla", group: marketGroup, visible: (me) => oversees(me, "seeSla") },
];

export const dealsRoutes: RouteObject[] = [
  { path: "market/deals", lazy: async () => ({ Component: (await import("./DealListPage.tsx")).DealListPage }) },
  { path: "market/flows", lazy: async () => ({ Component: (await import("../flows/FlowsPage.tsx")).FlowsPage }) },
  { path: "market/sla", lazy: async () => ({ Component: (await import("../sla/SlaPage.tsx")).SlaPage }) },
];
