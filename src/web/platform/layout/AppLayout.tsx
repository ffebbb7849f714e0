/**
 * The frame of every signed-in page: left navigation by module (grouped where a module asks), a header with its
 * links, the language switch and the user.
 */
import { useState } from "react";
import { Avatar, Button, Dropdown, Layout, Menu, Space, Typography, type MenuProps } from "antd";
import { LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, Outlet, useLocation, useNavigate } from "react-router-dom";
import { useMe } from "../auth/session.tsx";
import { logout, ME_KEY } from "../auth/api.ts";
import { useI18n, type Translate } from "../i18n.tsx";
import { LanguageSwitch } from "../LanguageSwitch.tsx";
import type { HeaderLink, NavItem } from "./nav.ts";

type MenuItem = Required<MenuProps>["items"][number];
const groupKey = (item: NavItem) => (item.group ? `group:${item.group.label}` : null);

/** The menu's entries in order, entries of one group gathered under it where its first entry stands. */
function menuItems(items: NavItem[], t: Translate): MenuItem[] {
  const out: MenuItem[] = [];
  const groups = new Map<string, MenuItem[]>();
  for (const item of items) {
    const entry = { key: item.path, icon: item.icon, label: t(item.label) };
    const key = groupKey(item);
    const children = key === null ? undefined : groups.get(key);
    if (key === null || !item.group) out.push(entry);
    else if (children) children.push(entry);
    else {
      const first = [entry];
      groups.set(key, first);
      out.push({ key, icon: item.group.icon, label: t(item.group.label), children: first });
    }
  }
  return out;
}

/** The nav entry a path belongs to: the longest matching prefix, so /orgs/123 lights up 单位管理. */
function selectedKey(items: NavItem[], pathname: string): string {
  const under = (prefix: string) => (prefix === "/" ? pathname === "/" : pathname === prefix || pathname.startsWith(`${prefix}/`));
  const matches = items.flatMap((i) => [i.path, ...(i.also ?? [])].filter(under).map((prefix) => ({ key: i.path, length: prefix.length })));
  return matches.sort((a, b) => b.length - a.length)[0]?.key ?? "/";
}

export function AppLayout({ nav, links = [] }: { nav: NavItem[]; links?: HeaderLink[] }) {
  const me = useMe();
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [collapsed, setCollapsed] = useState(false);
  const visible = nav.filter((item) => item.visible?.(me) ?? true);
  const selected = selectedKey(visible, location.pathname);
  const current = visible.find((item) => item.path === selected);
  const openGroup = current ? groupKey(current) : null;
  const signOut = useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, null);
      navigate("/login", { replace: true });
    },
  });

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={208}>
        <div style={{ color: "#fff", padding: "16px", fontWeight: 600, whiteSpace: "nowrap", overflow: "hidden" }}>
          {collapsed ? t("app.shortTitle") : t("app.brand")}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selected]}
          defaultOpenKeys={openGroup ? [openGroup] : []}
          onClick={({ key }) => navigate(key)}
          items={menuItems(visible, t)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: "#fff", padding: "0 24px", display: "flex", alignItems: "center", justifyContent: "space-between" }}>
          <Typography.Text strong>{t("app.title")}</Typography.Text>
          <Space size="large">
            {links.map((link) => (
              <Link key={link.path} to={link.path}>
                <Space size={4}>
                  {link.icon}
                  {t(link.label)}
                </Space>
              </Link>
            ))}
            <LanguageSwitch />
            <Dropdown
              menu={{
                items: [{ key: "logout", icon: <LogoutOutlined />, label: t("auth.logout") }],
                onClick: ({ key }) => key === "logout" && signOut.mutate(),
              }}
            >
              <Button type="text" aria-label={t("auth.userMenu")}>
                <Avatar size="small" icon={<UserOutlined />} /> <span data-testid="current-user">{me.user.displayName}</span>
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
