/**
 * A published record on the portal (/portal/:kind/:id): its public fields and the 联系对接 action. A record that is
 * not published (or does not exist) is not found, as the server answers.
 */
import { Button, Card, Result, Skeleton, Space } from "antd";
import { ArrowLeftOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { useLocation, useNavigate, useParams } from "react-router-dom";
import { getRecord, marketKeys } from "../api.ts";
import { kindOfPath } from "../types.ts";
import { RecordDetails } from "../record/RecordDetails.tsx";
import { RecordTitle } from "../record/RecordHeader.tsx";
import { ContactAction } from "../record/ContactAction.tsx";
import { useMeQuery } from "../../../platform/auth/session.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { ApiError } from "../../../platform/api/client.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";

export function PortalRecordPage() {
  const { kind: segment, id = "" } = useParams();
  const kind = kindOfPath(segment);
  const { t } = useI18n();
  const navigate = useNavigate();
  // Back to the search the reader came from; straight to the portal when they opened this page first.
  const location = useLocation();
  const me = useMeQuery();
  const record = useQuery({ queryKey: marketKeys.record(kind ?? "achievement", id), queryFn: () => getRecord(kind ?? "achievement", id), enabled: kind !== null });
  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => (location.key === "default" ? navigate("/portal") : navigate(-1))} style={{ paddingLeft: 0 }}>
      {t("portal.back")}
    </Button>
  );
  if (kind === null || (record.error instanceof ApiError && record.error.status === 404)) {
    return <Result status="404" title={t("notFound.title")} extra={back} />;
  }
  if (record.isError) return <ErrorAlert error={record.error} />;
  const r = record.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      {back}
      <Card title={r ? <RecordTitle record={r} showState={false} /> : null}>
        {r ? (
          <Space orientation="vertical" size="large" style={{ width: "100%" }}>
            <RecordDetails record={r} />
            <ContactAction record={r} me={me.data ?? null} />
          </Space>
        ) : (
          <Skeleton active />
        )}
      </Card>
    </Space>
  );
}
