/**
 * The public portal's frame (科技成果与需求公开检索): the platform's name, the portal's title, the language switch
 * and 登录 (or the way back to the workspace for someone signed in). No session is needed to read anything here.
 */
import { Button, Layout, Space, Typography } from "antd";
import { Link, Outlet, useLocation, useNavigate } from "react-router-dom";
import { useMeQuery } from "../../../platform/auth/session.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { LanguageSwitch } from "../../../platform/LanguageSwitch.tsx";

export function PortalLayout() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMeQuery();
  const signedIn = Boolean(me.data);
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header style={{ background: "#fff", padding: "0 24px", display: "flex", alignItems: "center", justifyContent: "space-between", borderBottom: "1px solid #f0f0f0" }}>
        <Space size="middle">
          <Link to="/portal">
            <Typography.Text strong style={{ fontSize: 16 }}>
              {t("app.title")}
            </Typography.Text>
          </Link>
          <Typography.Text type="secondary">{t("portal.title")}</Typography.Text>
        </Space>
        <Space size="large">
          <LanguageSwitch />
          {signedIn ? (
            <Button onClick={() => navigate("/")}>{t("portal.workspace")}</Button>
          ) : (
            <Button type="primary" data-testid="portal-sign-in" onClick={() => navigate(`/login?next=${encodeURIComponent(location.pathname + location.search)}`)}>
              {t("portal.signIn")}
            </Button>
          )}
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1200, width: "100%", margin: "0 auto" }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
