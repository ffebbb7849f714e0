/** The plans module in the UI (督办): dashboard, plans and their tasks, the to-do list, indicators; pages load on demand. */
import { createElement } from "react";
import { CheckSquareOutlined, FundOutlined, LineChartOutlined, ProfileOutlined } from "@ant-design/icons";
import type { RouteObject } from "react-router-dom";
import type { NavItem } from "../../platform/layout/nav.ts";

export const plansNav: NavItem[] = [
  { path: "/dashboard", icon: createElement(FundOutlined), label: "nav.dashboard" },
  { path: "/plans", icon: createElement(ProfileOutlined), label: "nav.plans", also: ["/tasks"] },
  { path: "/todo", icon: createElement(CheckSquareOutlined), label: "nav.todo" },
  { path: "/indicators", icon: createElement(LineChartOutlined), label: "nav.indicators" },
];

export const plansRoutes: RouteObject[] = [
  { path: "dashboard", lazy: async () => ({ Component: (await import("./dashboard/DashboardPage.tsx")).DashboardPage }) },
  { path: "plans", lazy: async () => ({ Component: (await import("./plan/PlanListPage.tsx")).PlanListPage }) },
  { path: "plans/import", lazy: async () => ({ Component: (await import("./import/PlanImportPage.tsx")).PlanImportPage }) },
  { path: "plans/:id", lazy: async () => ({ Component: (await import("./plan/PlanPage.tsx")).PlanPage }) },
  { path: "tasks/:id", lazy: async () => ({ Component: (await import("./task/TaskPage.tsx")).TaskPage }) },
  { path: "todo", lazy: async () => ({ Component: (await import("./todo/TodoPage.tsx")).TodoPage }) },
  { path: "indicators", lazy: async () => ({ Component: (await import("./indicators/IndicatorsPage.tsx")).IndicatorsPage }) },
];
