/** Step three: the plan exists; the names no organisation was found for are now pending organisations for an admin. */
import { Button, Result, Space, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import type { PlanCreated } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";

export function ImportResult({ created, onAnother }: { created: PlanCreated; onAnother: () => void }) {
  const { t } = useI18n();
  return (
    <Result
      status="success"
      title={t("import.done", { count: created.tasks })}
      subTitle={
        created.pendingOrganisations.length ? (
          <Space orientation="vertical">
            <Typography.Text>{t("import.pendingCreated", { count: created.pendingOrganisations.length })}</Typography.Text>
            <Space wrap>
              {created.pendingOrganisations.map((name) => (
                <Tag key={name} color="orange">
                  {name}
                </Tag>
              ))}
            </Space>
          </Space>
        ) : (
          t("import.noPending")
        )
      }
      extra={[
        <Link key="open" to={`/plans/${created.id}`}>
          <Button type="primary">{t("import.openPlan")}</Button>
        </Link>,
        <Button key="again" onClick={onAnother}>
          {t("import.another")}
        </Button>,
      ]}
    />
  );
}
