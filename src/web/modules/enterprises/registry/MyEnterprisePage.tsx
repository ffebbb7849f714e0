/**
 * 我的企业: an enterprise user's way in. One registered enterprise: straight to its page. Otherwise the enterprises
 * the user belongs to, registered ones to open and unregistered ones to register (登记本企业).
 */
import { useState } from "react";
import { Button, Card, List, Result, Skeleton, Tag } from "antd";
import { useQuery } from "@tanstack/react-query";
import { Link, Navigate } from "react-router-dom";
import { enterpriseKeys, myEnterprises } from "../api.ts";
import { RegisterDialog } from "./RegisterDialog.tsx";
import type { Ref } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";

export function MyEnterprisePage() {
  const { t } = useI18n();
  const mine = useQuery({ queryKey: enterpriseKeys.mine(), queryFn: myEnterprises });
  const [registering, setRegistering] = useState<Ref | null>(null);
  if (mine.isError) return <ErrorAlert error={mine.error} />;
  if (!mine.data) return <Skeleton active />;
  const { items, unregistered } = mine.data;
  const only = items.length === 1 && unregistered.length === 0 ? items[0] : undefined;
  if (only) return <Navigate to={`/enterprises/${only.id}`} replace />;
  if (items.length === 0 && unregistered.length === 0) return <Result status="info" title={t("nav.enterpriseMine")} subTitle={t("enterprise.mine.none")} />;
  const rows = [...items.map((r) => ({ ...r, registered: true })), ...unregistered.map((r) => ({ ...r, registered: false }))];
  return (
    <Card title={t("nav.enterpriseMine")}>
      <List
        dataSource={rows}
        renderItem={(row) => (
          <List.Item
            actions={[
              row.registered ? (
                <Link key="open" to={`/enterprises/${row.id}`}>
                  {t("enterprise.mine.open")}
                </Link>
              ) : (
                <Button key="register" type="primary" onClick={() => setRegistering(row)}>
                  {t("enterprise.mine.register")}
                </Button>
              ),
            ]}
          >
            <List.Item.Meta
              title={row.registered ? <Link to={`/enterprises/${row.id}`}>{row.name}</Link> : row.name}
              description={row.registered ? <Tag color="success">{t("enterprise.mine.registered")}</Tag> : t("enterprise.mine.unregistered")}
            />
          </List.Item>
        )}
      />
      {registering ? <RegisterDialog org={registering} onClose={() => setRegistering(null)} /> : null}
    </Card>
  );
}
