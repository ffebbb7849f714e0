/** 工作台, the first page after signing in. */
import { createElement } from "react";
import { DashboardOutlined } from "@ant-design/icons";
import type { RouteObject } from "react-router-dom";
import type { NavItem } from "../../platform/layout/nav.ts";

export const homeNav: NavItem[] = [{ path: "/", icon: createElement(DashboardOutlined), label: "nav.home" }];

export const homeRoutes: RouteObject[] = [{ index: true, lazy: async () => ({ Component: (await import("./HomePage.tsx")).HomePage }) }];
