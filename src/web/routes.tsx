/**
 * The app's pages: sign-in and the public portal outside the session, everything else inside the session and the
 * layout, module by module.
 */
import { Button, Result, Spin } from "antd";
import { createBrowserRouter, Link } from "react-router-dom";
import { UserOutlined } from "@ant-design/icons";
import { LoginPage } from "./platform/auth/LoginPage.tsx";
import { RequireAuth } from "./platform/auth/session.tsx";
import { AppLayout } from "./platform/layout/AppLayout.tsx";
import type { NavItem } from "./platform/layout/nav.ts";
import { useI18n } from "./platform/i18n.tsx";
import { homeNav, homeRoutes } from "./modules/home/index.ts";
import { orgsNav, orgsRoutes } from "./modules/orgs/index.ts";
import { plansNav, plansRoutes } from "./modules/plans/index.ts";
import { enterprisesNav, enterprisesRoutes } from "./modules/enterprises/index.ts";
import { marketLinks, marketNav, marketRoutes, portalRoutes } from "./modules/market/index.ts";
import { dealsNav, dealsRoutes } from "./modules/market/deals/routes.ts";

const nav: NavItem[] = [...homeNav, ...plansNav, ...enterprisesNav, ...marketNav, ...dealsNav, ...orgsNav, { path: "/account", icon: <UserOutlined />, label: "nav.account" }];

function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t("notFound.title")}
      extra={
        <Link to="/">
          <Button type="primary">{t("notFound.home")}</Button>
        </Link>
      }
    />
  );
}

export const router = createBrowserRouter([
  {
    // Shown while the first page's code loads (pages are split into chunks loaded on demand).
    HydrateFallback: () => <Spin fullscreen />,
    children: [
      { path: "/login", Component: LoginPage },
      ...portalRoutes,
      {
        Component: RequireAuth,
        children: [
          {
            element: <AppLayout nav={nav} links={marketLinks} />,
            children: [
              ...homeRoutes,
              ...plansRoutes,
              ...enterprisesRoutes,
              ...marketRoutes,
              ...dealsRoutes,
              ...orgsRoutes,
              { path: "account", lazy: async () => ({ Component: (await import("./platform/auth/AccountPage.tsx")).AccountPage }) },
              { path: "*", Component: NotFound },
            ],
          },
        ],
      },
    ],
  },
]);
