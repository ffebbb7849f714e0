/** 账户: who I am and where, my password, my API tokens. */
import { Card, Descriptions, Space, Tag } from "antd";
import { useMe } from "./session.tsx";
import { PasswordCard } from "./PasswordCard.tsx";
import { TokensCard } from "./TokensCard.tsx";
import { useI18n } from "../i18n.tsx";
import { useLabels } from "../labels.ts";

export function AccountPage() {
  const me = useMe();
  const { t } = useI18n();
  const { roleLabel, cityLabel } = useLabels();
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Card title={t("nav.account")}>
        <Descriptions
          column={1}
          items={[
            { key: "username", label: t("user.username"), children: me.user.username },
            { key: "displayName", label: t("user.displayName"), children: me.user.displayName },
            {
              key: "memberships",
              label: t("user.memberships"),
              children: me.memberships.length
                ? me.memberships.map((m) => <Tag key={m.id}>{`${m.orgName} · ${cityLabel(m.cityCode)} · ${roleLabel(m.role)}`}</Tag>)
                : "—",
            },
          ]}
        />
      </Card>
      <PasswordCard />
      <TokensCard />
    </Space>
  );
}
