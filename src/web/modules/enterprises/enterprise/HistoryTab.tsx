/** 变更记录: the enterprise's audit events (profile, facts, years and their confirmation, certificates), newest first. */
import { Skeleton } from "antd";
import { useQuery } from "@tanstack/react-query";
import { enterpriseHistory, enterpriseKeys } from "../api.ts";
import { textOf, useEnterpriseLabels } from "../labels.ts";
import { FACT_SPECS, factFormValues } from "./facts.ts";
import { IP_SUBSETS, IP_WAYS, ipField, SCALAR_FIELDS, subsetField, yearFormValues } from "./figures.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { HistoryTimeline, type FieldFormat } from "../../../platform/history/HistoryTimeline.tsx";
import { IP_TYPES, type EnterpriseFacts, type IpOwned } from "../../../../shared/enterprise/record.ts";

const ORDER = ["year", "status", "returnReason", ...SCALAR_FIELDS, "ip", "tier", "number", "level", "validFrom", "validUntil", "confirmed", "domain", "industry", "foundedOn", "facts"];
// Who and when are the event's own header; ids and the city do not change.
const HIDDEN = ["orgId", "cityCode", "isDemo", "confirmedBy", "createdBy", "submittedAt", "confirmedAt"];
const OWN_LABELS = ["year", "status", "returnReason", "ip", "tier", "number", "level", "validFrom", "validUntil", "confirmed", "domain", "industry", "foundedOn", "facts"];

function useFieldFormat(): FieldFormat {
  const { t } = useI18n();
  const labels = useEnterpriseLabels();
  /** The facts given, as "label：value" (a yes/no as 是/否), so a change of facts reads without JSON. */
  const facts = (value: unknown) => {
    const form = factFormValues(typeof value === "object" && value !== null ? (value as EnterpriseFacts) : {});
    const parts = FACT_SPECS.flatMap((spec) => {
      const label = textOf(t, `enterprise.fact.${spec.path}`);
      if (spec.kind === "graded") {
        const grade = form[`${spec.path}.grade`];
        return grade ? [`${label}：${String(grade)} ${form[`${spec.path}.points`] ?? ""}`.trim()] : [];
      }
      const v = form[spec.path];
      if (v === null || v === undefined || v === "unknown") return [];
      const shown = v === "yes" || v === "no" ? t(`enterprise.tri.${v}`) : spec.kind === "enum" ? textOf(t, `enterprise.factOption.${spec.path}.${String(v)}`) : String(v);
      return [`${label}：${shown}`];
    });
    return parts.length ? parts.join("；") : "—";
  };
  /** IP held as "发明专利 自主研发 2 / 受让等 —；…", from the year's form values (so unknown reads —, never 0). */
  const ip = (value: unknown) => {
    const v = yearFormValues({ ip: typeof value === "object" && value !== null ? (value as IpOwned) : null });
    const shown = (x: number | null | undefined) => (typeof x === "number" ? String(x) : "—");
    const types = IP_TYPES.flatMap((type) => {
      const [self, acquired] = IP_WAYS.map((w) => v[ipField(type, w)]);
      return self === null && acquired === null ? [] : [`${t(`enterprise.ip.type.${type}`)} ${t("enterprise.ip.way.selfDeveloped")} ${shown(self)} / ${t("enterprise.ip.way.acquired")} ${shown(acquired)}`];
    });
    const subsets = IP_SUBSETS.flatMap((x) => (typeof v[subsetField(x)] === "number" ? [`${t(`enterprise.ip.subset.${x}`)} ${shown(v[subsetField(x)])}`] : []));
    return [...types, ...subsets].join("；") || "—";
  };
  return {
    order: ORDER,
    hidden: HIDDEN,
    label: (field) =>
      (SCALAR_FIELDS as readonly string[]).includes(field) ? textOf(t, `enterprise.year.${field}`) : OWN_LABELS.includes(field) ? textOf(t, `enterprise.history.field.${field}`) : field,
    value: (field, value) => {
      if (field === "facts") return facts(value);
      if (field === "ip") return ip(value);
      if (typeof value === "boolean" && field === "confirmed") return value ? t("enterprise.cert.confirmed") : t("enterprise.cert.pending");
      if (typeof value !== "string") return null;
      if (field === "status") return labels.yearStatus(value);
      if (field === "tier") return labels.tier(value);
      if (field === "level") return labels.level(value);
      if (field === "domain") return labels.domain(value);
      return null;
    },
  };
}

export function HistoryTab({ enterpriseId }: { enterpriseId: string }) {
  const fields = useFieldFormat();
  const history = useQuery({ queryKey: enterpriseKeys.history(enterpriseId), queryFn: () => enterpriseHistory(enterpriseId) });
  if (history.isError) return <ErrorAlert error={history.error} />;
  if (!history.data) return <Skeleton active />;
  return <HistoryTimeline events={history.data.items} fields={fields} />;
}
