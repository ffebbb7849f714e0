/**
 * 培育评估: the enterprise against every tier on a date (today unless chosen) — a card per tier, the nearest tier
 * not yet held highlighted, a chart of how close each is — and the same report as a Word document.
 */
import { useState } from "react";
import { Alert, Button, Col, Form, Input, Row, Skeleton, Space } from "antd";
import { FileWordOutlined } from "@ant-design/icons";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { downloadGapReport, enterpriseKeys, getAssessment } from "../api.ts";
import { TierCard } from "./TierCard.tsx";
import { ClosenessChart } from "./ClosenessChart.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";

export function AssessmentTab({ enterpriseId }: { enterpriseId: string }) {
  const { t, lang } = useI18n();
  const [date, setDate] = useState("");
  const assessment = useQuery({ queryKey: enterpriseKeys.assessment(enterpriseId, date, lang), queryFn: () => getAssessment(enterpriseId, date), placeholderData: keepPreviousData });
  const report = useMutation({ mutationFn: () => downloadGapReport(enterpriseId, date) });
  const data = assessment.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Space wrap align="end">
        <Form.Item label={t("enterprise.assess.date")} extra={t("enterprise.assess.dateHelp")} style={{ marginBottom: 0 }}>
          <Input type="date" value={date} onChange={(e) => setDate(e.target.value)} aria-label={t("enterprise.assess.date")} style={{ width: 180 }} />
        </Form.Item>
        <Button icon={<FileWordOutlined />} loading={report.isPending} onClick={() => report.mutate()}>
          {t("enterprise.assess.download")}
        </Button>
      </Space>
      <ErrorAlert error={assessment.error ?? report.error} />
      {!data ? (
        assessment.isError ? null : <Skeleton active />
      ) : (
        <>
          <Alert
            type={data.nearest ? "info" : "success"}
            showIcon
            data-testid="nearest-tier"
            title={
              data.nearest
                ? t("enterprise.assess.nearest", { tier: data.nearest.tierName, unmet: data.nearest.unmet, date: data.assessedOn })
                : t("enterprise.assess.noNearest", { date: data.assessedOn })
            }
          />
          <ClosenessChart tiers={data.tiers} nearest={data.nearest?.tier ?? null} />
          <Row gutter={[16, 16]}>
            {data.tiers.map((tier) => (
              <Col key={tier.tier} xs={24} xl={12}>
                <TierCard tier={tier} nearest={tier.tier === data.nearest?.tier} />
              </Col>
            ))}
          </Row>
        </>
      )}
    </Space>
  );
}
