/** One standing fact in the form: 是/否/未知, a number, a choice, or an expert's grade with its points. */
import { Form, InputNumber, Radio, Select, Space } from "antd";
import type { FactSpec } from "./facts.ts";
import { textOf } from "../labels.ts";
import { useI18n } from "../../../platform/i18n.tsx";

// The facts' texts are looked up by path; facts.test.ts checks every key is in both dictionaries.
type Props = { spec: FactSpec; errors: Record<string, string[]> };

const status = (messages: string[] | undefined) => (messages?.length ? { validateStatus: "error" as const, help: messages.map((m) => <div key={m}>{m}</div>) } : {});

export function FactField({ spec, errors }: Props) {
  const { t } = useI18n();
  const label = textOf(t, `enterprise.fact.${spec.path}`);
  const help = textOf(t, `enterprise.factHelp.${spec.path}`);
  if (spec.kind === "bool") {
    return (
      <Form.Item name={spec.path} label={label} extra={help} {...status(errors[spec.path])}>
        <Radio.Group
          optionType="button"
          size="small"
          aria-label={label}
          options={[
            { value: "yes", label: t("enterprise.tri.yes") },
            { value: "no", label: t("enterprise.tri.no") },
            { value: "unknown", label: t("enterprise.tri.unknown") },
          ]}
        />
      </Form.Item>
    );
  }
  if (spec.kind === "number") {
    return (
      <Form.Item name={spec.path} label={label} extra={help} {...status(errors[spec.path])}>
        <InputNumber style={{ width: "100%" }} aria-label={label} />
      </Form.Item>
    );
  }
  if (spec.kind === "enum") {
    return (
      <Form.Item name={spec.path} label={label} extra={help} {...status(errors[spec.path])}>
        <Select allowClear aria-label={label} placeholder={t("enterprise.tri.unknown")} options={spec.values.map((v) => ({ value: v, label: textOf(t, `enterprise.factOption.${spec.path}.${v}`) }))} />
      </Form.Item>
    );
  }
  const gradeField = `${spec.path}.grade`;
  const pointsField = `${spec.path}.points`;
  const gradeErrors = [...(errors[gradeField] ?? []), ...(errors[pointsField] ?? [])];
  return (
    <Form.Item label={label} extra={help} {...status(gradeErrors)}>
      <Space.Compact style={{ width: "100%" }}>
        <Form.Item name={gradeField} noStyle>
          <Select
            allowClear
            aria-label={`${label} ${t("enterprise.facts.grade")}`}
            placeholder={t("enterprise.facts.grade")}
            style={{ width: "60%" }}
            options={Object.entries(spec.grades).map(([grade, [min, max]]) => ({
              value: grade,
              label: t("enterprise.facts.gradeOption", { grade: grade === "none" ? t("enterprise.facts.gradeNone") : grade, range: min === max ? String(min) : `${min}–${max}` }),
            }))}
          />
        </Form.Item>
        <Form.Item name={pointsField} noStyle>
          <InputNumber aria-label={`${label} ${t("enterprise.facts.points")}`} placeholder={t("enterprise.facts.points")} precision={0} style={{ width: "40%" }} />
        </Form.Item>
      </Space.Compact>
    </Form.Item>
  );
}
