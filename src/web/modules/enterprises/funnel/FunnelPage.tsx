/**
 * 高企培育漏斗: for the corridor (the cities this reader may see, summed) or one city, and a year: the funnel
 * 登记 → 科小 → 后备库 → 已申报 → 新认定, the stages per city, five years of valid 高企 (the very count the plan's
 * 高企 KPI takes from the registry), the certificates expiring, each figure's 统计口径, and the numbers as tables.
 */
import { useMemo } from "react";
import { Alert, Col, Empty, Row, Select, Skeleton, Space, Typography } from "antd";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { funnelKeys, getFunnel } from "./api.ts";
import { cityBarOption, funnelOption, funnelTable, scopeCounts, trendOption, trendTable, validByYear, yearTable, type CountName, type FunnelText } from "./funnelCharts.ts";
import { KeyFigures } from "./KeyFigures.tsx";
import { NumbersCard } from "./NumbersCard.tsx";
import { yearChoices, yearOf } from "../reserve/years.ts";
import { ChartCard } from "../../../platform/charts/ChartCard.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { useListParams } from "../../../platform/useListParams.ts";
import { todayInShanghai } from "../../../platform/format.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { PageHeading } from "../../../platform/PageHeading.tsx";
import { CITIES } from "../../../../shared/regions.ts";

const PARAMS = ["year", "cityCode"] as const;

export function FunnelPage() {
  const { t } = useI18n();
  const { cityLabel } = useLabels();
  const params = useListParams(PARAMS);
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const year = yearOf(params.filters.year, thisYear);
  const funnel = useQuery({ queryKey: funnelKeys.one(year), queryFn: () => getFunnel(year), placeholderData: keepPreviousData });
  const view = funnel.data;
  const rows = useMemo(() => view?.rows ?? [], [view]);
  const trend = useMemo(() => view?.trend ?? [], [view]);
  const cityCount = rows.length;
  const text: FunnelText = useMemo(
    () => ({
      count: (name: CountName) => t(`cultivation.funnel.count.${name}`),
      city: cityLabel,
      cityColumn: t("cultivation.city"),
      year: t("cultivation.year"),
      stage: t("cultivation.funnel.stage"),
      enterprises: t("cultivation.funnel.enterprises"),
      conversion: t("cultivation.funnel.conversion"),
      // The sum of the cities this reader sees is the corridor's only when they see all five.
      corridor: cityCount === CITIES.length ? t("cultivation.funnel.corridor") : t("cultivation.funnel.citiesTotal", { count: cityCount }),
    }),
    [t, cityLabel, cityCount],
  );
  // A reader of one city sees that city; a city this reader may not see (an old bookmark, say) falls back to the sum.
  const cityCode = cityCount === 1 ? rows[0]?.cityCode : rows.some((r) => r.cityCode === params.filters.cityCode) ? params.filters.cityCode : undefined;
  const scope = cityCode ? cityLabel(cityCode) : text.corridor;
  const counts = useMemo(() => scopeCounts(rows, cityCode), [rows, cityCode]);
  const options = useMemo(
    () => ({ funnel: funnelOption(counts, text), cities: cityBarOption(rows, text), trend: trendOption(trend, cityCode, scope, text) }),
    [counts, rows, trend, cityCode, scope, text],
  );

  if (funnel.isError) return <ErrorAlert error={funnel.error} />;
  if (!view) return <Skeleton active />;
  const shownYear = view.year;
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }} data-testid="funnel-page" data-year={shownYear} data-scope={cityCode ?? "corridor"}>
      <PageHeading
        title={t("cultivation.funnel.title")}
        demo={view.demo}
        extra={
          <Space wrap>
            <Select
              value={year}
              onChange={(next: number) => params.set({ year: next })}
              options={yearChoices(thisYear, year).map((y) => ({ value: y, label: t("cultivation.yearOption", { year: y }) }))}
              style={{ width: 110 }}
              aria-label={t("cultivation.year")}
            />
            <Select
              value={cityCode ?? ""}
              onChange={(next: string) => params.set({ cityCode: next || undefined })}
              options={[...(cityCount > 1 ? [{ value: "", label: text.corridor }] : []), ...rows.map((r) => ({ value: r.cityCode, label: cityLabel(r.cityCode) }))]}
              style={{ width: 140 }}
              aria-label={t("cultivation.funnel.scope")}
            />
          </Space>
        }
      />
      {view.demo ? <Alert type="warning" showIcon title={t("cultivation.funnel.demoNote")} /> : null}
      {rows.length === 0 ? (
        <Empty description={t("cultivation.funnel.noCities")} />
      ) : (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <ChartCard
                testId="funnel-chart"
                title={t("cultivation.funnel.funnelChart", { scope, year: shownYear })}
                name={t("cultivation.funnel.file.funnel", { scope, year: shownYear })}
                option={options.funnel}
                height={340}
                data={funnelTable(counts, text)}
              />
            </Col>
            <Col xs={24} xl={12}>
              <KeyFigures counts={counts} year={shownYear} definitions={view.definitions} countName={text.count} />
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <ChartCard testId="funnel-cities" title={t("cultivation.funnel.byCity", { year: shownYear })} name={t("cultivation.funnel.file.cities", { year: shownYear })} option={options.cities} height={320} data={yearTable(rows, text)} />
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard
                testId="funnel-trend"
                title={t("cultivation.funnel.trend", { scope })}
                name={t("cultivation.funnel.file.trend", { scope })}
                option={options.trend}
                height={260}
                data={{ columns: [text.year, text.count("validHighTech")], rows: validByYear(trend, cityCode).map((p) => [p.year, p.value]) }}
              >
                <Typography.Paragraph style={{ marginBottom: 4 }} data-testid="kpi-note">
                  {t("cultivation.funnel.kpiNote")}
                </Typography.Paragraph>
                <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                  {t("cultivation.funnel.definitionOf", { text: view.definitions.validHighTech ?? "—" })}
                </Typography.Paragraph>
              </ChartCard>
            </Col>
          </Row>
          <NumbersCard testId="funnel-numbers" title={t("cultivation.funnel.numbers", { year: shownYear })} name={t("cultivation.funnel.file.numbers", { year: shownYear })} data={yearTable(rows, text)} />
          <NumbersCard testId="funnel-trend-numbers" title={t("cultivation.funnel.trendNumbers")} name={t("cultivation.funnel.file.trendNumbers")} data={trendTable(trend, text)} />
        </>
      )}
    </Space>
  );
}
