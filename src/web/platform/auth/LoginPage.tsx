/** Sign in. The server's refusals (wrong password, locked account with its minutes) are shown as it words them. */
import { Button, Card, Form, Input, Typography } from "antd";
import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router-dom";
import { login, ME_KEY } from "./api.ts";
import { useMeQuery } from "./session.tsx";
import { useI18n } from "../i18n.tsx";
import { ErrorAlert } from "../ErrorAlert.tsx";
import { LanguageSwitch } from "../LanguageSwitch.tsx";

type Credentials = { username: string; password: string };

/** Only paths of this app: a crafted ?next=https://elsewhere must not send a fresh session away. */
function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function LoginPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMeQuery();
  const signIn = useMutation({
    mutationFn: login,
    onSuccess: (data) => {
      queryClient.setQueryData(ME_KEY, data);
      navigate(safeNext(params.get("next")), { replace: true });
    },
  });
  if (me.data) return <Navigate to={safeNext(params.get("next"))} replace />;

  return (
    <div style={{ minHeight: "100vh", display: "flex", alignItems: "center", justifyContent: "center", background: "#f0f2f5" }}>
      <Card style={{ width: 380 }}>
        <div style={{ display: "flex", justifyContent: "flex-end" }}>
          <LanguageSwitch />
        </div>
        <Typography.Title level={3} style={{ textAlign: "center", marginTop: 8 }}>
          {t("app.title")}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: "center" }}>
          {t("login.subtitle")}
        </Typography.Paragraph>
        <ErrorAlert error={signIn.error} />
        <Form<Credentials> name="login" layout="vertical" onFinish={(values) => signIn.mutate(values)} requiredMark={false}>
          <Form.Item name="username" label={t("login.username")} rules={[{ required: true, message: t("form.required") }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t("login.password")} rules={[{ required: true, message: t("form.required") }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
            {t("login.submit")}
          </Button>
        </Form>
        {/* The marketplace's public portal needs no account (src/web/modules/market, routes.tsx). */}
        <div style={{ textAlign: "center", marginTop: 16 }}>
          <Link to="/portal" data-testid="portal-link">
            {t("login.portal")}
          </Link>
        </div>
      </Card>
    </div>
  );
}
