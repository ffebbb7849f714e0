/** 工作台: a greeting and a few counts (organisations in each city, users) as the user's scope lets them see. */
import { Card, Col, Row, Statistic, Typography } from "antd";
import { ApartmentOutlined, TeamOutlined } from "@ant-design/icons";
import { useQueries, useQuery } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { listOrgs, listUsers, orgKeys, userKeys } from "../orgs/api.ts";
import { useI18n } from "../../platform/i18n.tsx";
import { useLabels } from "../../platform/labels.ts";
import { useMe } from "../../platform/auth/session.tsx";

const countOnly = { page: 1, pageSize: 1 };

export function HomePage() {
  const { t } = useI18n();
  const me = useMe();
  const { cityOptions } = useLabels();
  const orgs = useQuery({ queryKey: orgKeys.list(countOnly), queryFn: () => listOrgs(countOnly) });
  const users = useQuery({ queryKey: userKeys.list(countOnly), queryFn: () => listUsers(countOnly) });
  const byCity = useQueries({
    queries: cityOptions.map((city) => {
      const query = { ...countOnly, cityCode: city.value };
      return { queryKey: orgKeys.list(query), queryFn: () => listOrgs(query) };
    }),
  });

  return (
    <>
      <Typography.Title level={4}>{t("home.welcome", { name: me.user.displayName })}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} lg={6}>
          <Card>
            <Link to="/orgs">
              <Statistic title={t("home.orgCount")} value={orgs.data?.total ?? "—"} loading={orgs.isPending} prefix={<ApartmentOutlined />} />
            </Link>
          </Card>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Card>
            <Link to="/users">
              <Statistic title={t("home.userCount")} value={users.data?.total ?? "—"} loading={users.isPending} prefix={<TeamOutlined />} />
            </Link>
          </Card>
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t("home.byCity")}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {cityOptions.map((city, i) => (
          <Col key={city.value} xs={12} sm={8} lg={4}>
            <Card size="small">
              <Link to={`/orgs?cityCode=${city.value}`}>
                <Statistic title={city.label} value={byCity[i]?.data?.total ?? "—"} loading={byCity[i]?.isPending} />
              </Link>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
