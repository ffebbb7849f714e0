/**
 * 联系对接 on a record's page. Anonymous readers are asked to sign in (and come back here); signed-in readers answer a
 * published demand in their organisation's name, or see a supply's owner and contact. A record of the reader's own
 * organisation says so instead.
 */
import { useState } from "react";
import { Button, Space, Tag, Typography } from "antd";
import { TeamOutlined } from "@ant-design/icons";
import { useLocation, useNavigate } from "react-router-dom";
import { ownsRecord } from "../access.ts";
import { ContactDialog } from "./ContactDialog.tsx";
import { RespondDialog } from "./RespondDialog.tsx";
import { ownerOrgOf, type MarketRecord } from "../types.ts";
import type { Me } from "../../../platform/auth/api.ts";
import { useI18n } from "../../../platform/i18n.tsx";

export function ContactAction({ record, me }: { record: MarketRecord; me: Me | null }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  if (!me) {
    return (
      <Space orientation="vertical" size={4} data-testid="contact-action">
        <Button type="primary" icon={<TeamOutlined />} onClick={() => navigate(`/login?next=${encodeURIComponent(location.pathname)}`)}>
          {t("contact.signIn")}
        </Button>
        <Typography.Text type="secondary">{t("contact.signInHint")}</Typography.Text>
      </Space>
    );
  }
  if (ownsRecord(me, ownerOrgOf(record))) return <Tag data-testid="contact-action">{t("contact.own")}</Tag>;
  if (record.kind === "demand" && record.status !== "published") return <Typography.Text type="secondary" data-testid="contact-action">{t("respond.closed")}</Typography.Text>;
  return (
    <span data-testid="contact-action">
      <Button type="primary" icon={<TeamOutlined />} onClick={() => setOpen(true)}>
        {t("contact.action")}
      </Button>
      {open && record.kind === "demand" ? <RespondDialog me={me} demand={{ id: record.id, title: record.title, orgId: record.orgId }} onClose={() => setOpen(false)} /> : null}
      {open && record.kind !== "demand" ? <ContactDialog kind={record.kind} id={record.id} onClose={() => setOpen(false)} /> : null}
    </span>
  );
}
