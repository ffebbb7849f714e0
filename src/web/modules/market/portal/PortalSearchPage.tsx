/**
 * 公开检索: any text, the kind tabs with their counts, filters (city, domain, year; patent type and 高价值 on the
 * patent tab; minimum TRL and transfer mode on the achievement tab), relevance or newest first, and pages. The
 * search, tab, filters and page live in the URL, so a search can be bookmarked and shared.
 */
import { Card, Checkbox, Empty, Input, List, Pagination, Segmented, Select, Space, Tabs, Tag, Typography } from "antd";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { marketKeys, searchMarket } from "../api.ts";
import { KIND_COLOR, TRL_LEVELS, useMarketLabels } from "../labels.ts";
import { isKind, KIND_PATH, KINDS, type Facet, type Kind, type SearchHit, type SearchQuery } from "../types.ts";
import { Snippet } from "./Snippet.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { useListParams } from "../../../platform/useListParams.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { CITIES } from "../../../../shared/regions.ts";
import { PATENT_TYPES } from "../../../../shared/market/patent-record.ts";

const FILTERS = ["kind", "city", "domain", "type", "year", "maturity", "transferMode", "highValue", "sort"] as const;
/** Filters that only one kind has: leaving its tab drops them. */
const KIND_FILTERS: Record<Kind, readonly (typeof FILTERS)[number][]> = { patent: ["type", "highValue"], achievement: ["maturity", "transferMode"], demand: [], expert: [] };
const ONLY_ONE_KIND = ["type", "highValue", "maturity", "transferMode"] as const;
const YEARS = 30;

const countOf = (facets: Facet[] | undefined, value: string) => facets?.find((f) => f.value === value)?.count ?? 0;
/** A count as shown: "1000+" when the server counted only the first matches of a kind (totalExact false: a lower bound). */
const shown = (n: number, exact: boolean | undefined) => (exact === false ? `${n}+` : String(n));

function ResultItem({ hit }: { hit: SearchHit }) {
  const labels = useMarketLabels();
  const { cityLabel } = useLabels();
  return (
    <List.Item data-testid="search-result" data-kind={hit.kind}>
      <Space orientation="vertical" size={4} style={{ width: "100%" }}>
        <Space wrap>
          <Tag color={KIND_COLOR[hit.kind]}>{labels.kind(hit.kind)}</Tag>
          <Link to={`/portal/${KIND_PATH[hit.kind]}/${hit.id}`}>
            <Typography.Text strong>{hit.title}</Typography.Text>
          </Link>
        </Space>
        <Snippet html={hit.snippet} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[cityLabel(hit.cityCode), hit.domain ? labels.domain(hit.domain) : null, hit.date].filter(Boolean).join(" · ")}
        </Typography.Text>
      </Space>
    </List.Item>
  );
}

export function PortalSearchPage() {
  const { t } = useI18n();
  const labels = useMarketLabels();
  const { cityLabel } = useLabels();
  const list = useListParams(FILTERS, 20);
  const f = list.filters;
  const kind = isKind(f.kind) ? f.kind : undefined;
  const applies = (name: (typeof ONLY_ONE_KIND)[number]) => kind !== undefined && KIND_FILTERS[kind].includes(name);
  const common = { q: list.q || undefined, city: f.city, domain: f.domain, year: f.year };
  const query: SearchQuery = {
    ...common,
    kind,
    type: applies("type") ? f.type : undefined,
    highValue: applies("highValue") && f.highValue === "true" ? "true" : undefined,
    maturity: applies("maturity") ? f.maturity : undefined,
    transferMode: applies("transferMode") ? f.transferMode : undefined,
    sort: f.sort === "date" ? "date" : "relevance",
    page: list.page,
    pageSize: list.pageSize,
  };
  const results = useQuery({ queryKey: marketKeys.search(query), queryFn: () => searchMarket(query), placeholderData: keepPreviousData });
  // The tabs count every kind under the filters all kinds share; on the 全部 tab the results' own facets say it.
  const countsQuery: SearchQuery = { ...common, page: 1, pageSize: 1 };
  const counts = useQuery({ queryKey: marketKeys.search(countsQuery), queryFn: () => searchMarket(countsQuery), enabled: kind !== undefined, placeholderData: keepPreviousData });
  const kindFacets = kind === undefined ? results.data?.facets.kind : counts.data?.facets.kind;
  const allCount = kind === undefined ? results.data?.total : counts.data?.total;
  const countsExact = kind === undefined ? results.data?.totalExact : counts.data?.totalExact;
  const data = results.data;
  const years = Array.from({ length: YEARS }, (_, i) => new Date().getFullYear() - i);
  const selectStyle = { width: 150 };

  const switchKind = (next: string) => {
    const dropped = Object.fromEntries(ONLY_ONE_KIND.filter((name) => !(isKind(next) && KIND_FILTERS[next].includes(name))).map((name) => [name, undefined]));
    list.set({ ...dropped, kind: next === "all" ? undefined : next });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t("portal.title")}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t("portal.subtitle")}</Typography.Paragraph>
        <Input.Search
          key={list.q}
          defaultValue={list.q}
          placeholder={t("portal.searchPlaceholder")}
          enterButton={t("portal.search")}
          size="large"
          allowClear
          maxLength={200}
          onSearch={(q) => list.set({ q: q.trim() })}
          aria-label={t("portal.search")}
          data-testid="portal-search"
        />
      </Card>
      <Card>
        <Tabs
          activeKey={kind ?? "all"}
          onChange={switchKind}
          items={[
            { key: "all", label: `${t("portal.allKinds")} ${allCount === undefined ? "" : shown(allCount, countsExact)}`.trim() },
            ...KINDS.map((k) => ({ key: k, label: <span data-testid={`kind-tab-${k}`}>{`${labels.kind(k)} ${shown(countOf(kindFacets, k), countsExact)}`}</span> })),
          ]}
        />
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            value={f.city}
            onChange={(city?: string) => list.set({ city })}
            options={CITIES.map((c) => ({ value: c.code, label: `${cityLabel(c.code)} (${shown(countOf(data?.facets.city, c.code), data?.totalExact)})` }))}
            allowClear
            placeholder={t("portal.filter.city")}
            aria-label={t("portal.filter.city")}
            style={selectStyle}
          />
          <Select
            value={f.domain}
            onChange={(domain?: string) => list.set({ domain })}
            options={labels.domainOptions.map((o) => ({ value: o.value, label: `${o.label} (${shown(countOf(data?.facets.domain, o.value), data?.totalExact)})` }))}
            allowClear
            placeholder={t("portal.filter.domain")}
            aria-label={t("portal.filter.domain")}
            style={{ width: 220 }}
          />
          <Select
            value={f.year}
            onChange={(year?: string) => list.set({ year })}
            options={years.map((y) => ({ value: String(y), label: t("portal.yearOption", { year: y }) }))}
            allowClear
            placeholder={t("portal.filter.year")}
            aria-label={t("portal.filter.year")}
            style={{ width: 120 }}
          />
          {applies("type") ? (
            <Select
              value={f.type}
              onChange={(type?: string) => list.set({ type })}
              options={PATENT_TYPES.map((v) => ({ value: v, label: labels.patentType(v) }))}
              allowClear
              placeholder={t("portal.filter.type")}
              aria-label={t("portal.filter.type")}
              style={selectStyle}
            />
          ) : null}
          {applies("highValue") ? (
            <Checkbox checked={f.highValue === "true"} onChange={(e) => list.set({ highValue: e.target.checked ? "true" : undefined })}>
              {t("portal.filter.highValue")}
            </Checkbox>
          ) : null}
          {applies("maturity") ? (
            <Select
              value={f.maturity}
              onChange={(maturity?: string) => list.set({ maturity })}
              options={TRL_LEVELS.map((trl) => ({ value: String(trl), label: t("portal.trlOption", { trl }) }))}
              allowClear
              placeholder={t("portal.filter.maturity")}
              aria-label={t("portal.filter.maturity")}
              style={selectStyle}
            />
          ) : null}
          {applies("transferMode") ? (
            <Select
              value={f.transferMode}
              onChange={(transferMode?: string) => list.set({ transferMode })}
              options={labels.transferModeOptions}
              allowClear
              placeholder={t("portal.filter.transferMode")}
              aria-label={t("portal.filter.transferMode")}
              style={selectStyle}
            />
          ) : null}
          <Segmented<"relevance" | "date">
            value={query.sort}
            onChange={(sort) => list.set({ sort: sort === "date" ? "date" : undefined })}
            options={[
              { value: "relevance", label: t("portal.sort.relevance") },
              { value: "date", label: t("portal.sort.date") },
            ]}
            aria-label={t("portal.sort")}
          />
        </Space>
        <ErrorAlert error={results.error} />
        <Space wrap style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary" data-testid="search-total">
            {data?.totalExact === false ? t("portal.totalAtLeast", { total: data.total }) : t("portal.total", { total: data?.total ?? 0 })}
          </Typography.Text>
          {data?.tokens.length ? <Typography.Text type="secondary">{t("portal.tokens", { tokens: data.tokens.join(" ") })}</Typography.Text> : null}
        </Space>
        <List<SearchHit>
          loading={results.isFetching}
          dataSource={data?.items ?? []}
          rowKey={(hit) => `${hit.kind}:${hit.id}`}
          locale={{ emptyText: <Empty description={t("portal.empty")} /> }}
          renderItem={(hit) => <ResultItem hit={hit} />}
        />
        {data && data.total > list.pageSize ? (
          <Pagination
            style={{ marginTop: 16, textAlign: "right" }}
            current={list.page}
            pageSize={list.pageSize}
            total={data.total}
            showSizeChanger
            showTotal={(total) => t("common.total", { total })}
            onChange={(page, pageSize) => list.set({ page, pageSize })}
          />
        ) : null}
      </Card>
    </Space>
  );
}
