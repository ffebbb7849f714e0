/**
 * 登记成交: a technology contract between a seller (技术输出方) and a buyer (技术吸纳方), picked by name from the
 * organisations the user may see, with its 技术合同认定登记 fields (tech-contracts.md §4): type, 合同登记编号,
 * 合同成交额 and 技术交易额, checked as they are typed (技术交易额 ≤ 合同成交额); optionally the achievement, patent
 * or demand it came from. The server decides again; its field errors land under their fields.
 */
import { useState } from "react";
import { App, Col, Divider, Form, Input, InputNumber, Modal, Row, Select } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { dealKeys, registerDeal, searchOrgs, searchRecords, type ContractType, type DealInput, type SupplyKind } from "./api.ts";
import { techAmountExcess } from "./amounts.ts";
import { useDealLabels } from "./labels.ts";
import { SearchSelect, type Choice } from "./SearchSelect.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { todayInShanghai } from "../../../platform/format.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { applyServerErrors } from "../../../platform/forms/serverErrors.ts";
import type { FieldIssue } from "../../../platform/api/client.ts";

type Values = {
  title?: string;
  sellerOrgId?: string | null;
  buyerOrgId?: string | null;
  amount?: number | null;
  signedOn?: string;
  contractType?: ContractType;
  domain?: string;
  registrationNo?: string;
  registeredAmount?: number | null;
  techTransactionAmount?: number | null;
  supplyKind?: SupplyKind | "none";
  supplyId?: string | null;
  demandId?: string | null;
};
const FIELDS = ["title", "sellerOrgId", "buyerOrgId", "amount", "signedOn", "contractType", "domain", "registrationNo", "registeredAmount", "techTransactionAmount", "supplyKind", "supplyId", "demandId"] as const;
const MAX_AMOUNT = 1e9; // the server's Money bound, 万元

const blank = (s: string | undefined) => (s?.trim() ? s.trim() : null);
const numberOrNull = (n: number | null | undefined) => (n === undefined ? null : n);

function toInput(v: Values): DealInput {
  const supplyKind = v.supplyKind && v.supplyKind !== "none" ? v.supplyKind : null;
  return {
    title: v.title?.trim() ?? "",
    sellerOrgId: v.sellerOrgId ?? "",
    buyerOrgId: v.buyerOrgId ?? "",
    amount: v.amount ?? 0,
    signedOn: v.signedOn ?? "",
    contractType: v.contractType ?? "development",
    domain: v.domain ?? null,
    registrationNo: blank(v.registrationNo),
    registeredAmount: numberOrNull(v.registeredAmount),
    techTransactionAmount: numberOrNull(v.techTransactionAmount),
    supplyKind,
    supplyId: supplyKind ? (v.supplyId ?? null) : null,
    demandId: v.demandId ?? null,
  };
}

export function DealDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { cityLabel } = useLabels();
  const labels = useDealLabels();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [extra, setExtra] = useState<FieldIssue[]>([]);
  const supplyKind = Form.useWatch("supplyKind", form);
  const today = todayInShanghai();

  const save = useMutation({
    mutationFn: registerDeal,
    onSuccess: (_, input) => {
      void queryClient.invalidateQueries({ queryKey: ["market"] });
      void message.success(t("deals.registered", { title: input.title }));
      onClose();
    },
    onError: (error) => setExtra(applyServerErrors(form, error, FIELDS)),
  });

  const orgChoices = async (q: string): Promise<Choice[]> => (await searchOrgs(q)).items.map((o) => ({ value: o.id, label: `${o.name} · ${cityLabel(o.cityCode)}` }));
  const recordChoices = (kind: SupplyKind | "demand") => async (q: string): Promise<Choice[]> =>
    (await searchRecords(kind, q)).map((r) => ({ value: r.id, label: `${r.title} · ${cityLabel(r.cityCode)}` }));

  const required = { required: true, message: t("form.required") };
  const amountInput = <InputNumber min={0} max={MAX_AMOUNT} precision={2} style={{ width: "100%" }} />;
  const techRule = ({ getFieldValue }: { getFieldValue: (name: keyof Values) => unknown }) => ({
    validator: async (_: unknown, tech: number | null | undefined) => {
      const amount = getFieldValue("amount");
      const registered = getFieldValue("registeredAmount");
      const excess = techAmountExcess(tech, typeof amount === "number" ? amount : null, typeof registered === "number" ? registered : null);
      if (excess) throw new Error(t("deals.check.techExceeds", excess));
    },
  });
  const otherPartyRule = ({ getFieldValue }: { getFieldValue: (name: keyof Values) => unknown }) => ({
    validator: async (_: unknown, buyer: string | null | undefined) => {
      if (buyer && buyer === getFieldValue("sellerOrgId")) throw new Error(t("deals.check.sameParty"));
    },
  });
  const notFutureRule = {
    validator: async (_: unknown, date: string | undefined) => {
      if (date && date > today) throw new Error(t("deals.check.future"));
    },
  };

  return (
    <Modal open title={t("deals.register")} okText={t("deals.registerOk")} onOk={() => form.submit()} onCancel={onClose} okButtonProps={{ loading: save.isPending }} width={760} destroyOnHidden>
      <Form<Values>
        form={form}
        name="deal-register"
        layout="vertical"
        initialValues={{ signedOn: today, supplyKind: "none" }}
        onFinish={(v) => {
          setExtra([]);
          save.mutate(toInput(v));
        }}
      >
        <ErrorAlert error={save.error} extra={extra} />
        <Form.Item name="title" label={t("deals.field.title")} rules={[{ ...required, whitespace: true }, { min: 2, max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Divider titlePlacement="start">{t("deals.section.parties")}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="sellerOrgId" label={t("deals.field.sellerOrgId")} extra={t("deals.help.seller")} rules={[required]}>
              <SearchSelect placeholder={t("deals.orgPlaceholder")} queryKey={(q) => dealKeys.orgs(q)} search={orgChoices} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="buyerOrgId" label={t("deals.field.buyerOrgId")} dependencies={["sellerOrgId"]} rules={[required, otherPartyRule]}>
              <SearchSelect placeholder={t("deals.orgPlaceholder")} queryKey={(q) => dealKeys.orgs(q)} search={orgChoices} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="amount" label={t("deals.field.amount")} rules={[required]}>
              {amountInput}
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="signedOn" label={t("deals.field.signedOn")} rules={[required, notFutureRule]}>
              <Input type="date" max={today} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="domain" label={t("deals.field.domain")}>
              <Select options={labels.domainOptions} allowClear />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t("deals.section.registration")}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="contractType" label={t("deals.field.contractType")} rules={[required]}>
              <Select options={labels.contractTypeOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="registrationNo" label={t("deals.field.registrationNo")} extra={t("deals.help.registrationNo")} rules={[{ max: 40 }]}>
              <Input maxLength={40} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="registeredAmount" label={t("deals.field.registeredAmount")} extra={t("deals.help.registeredAmount")}>
              {amountInput}
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="techTransactionAmount"
              label={t("deals.field.techTransactionAmount")}
              extra={t("deals.help.techTransactionAmount")}
              dependencies={["amount", "registeredAmount"]}
              rules={[techRule]}
            >
              {amountInput}
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t("deals.section.links")}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="supplyKind" label={t("deals.field.supplyKind")}>
              <Select
                onChange={() => form.setFieldValue("supplyId", null)}
                options={(["none", "achievement", "patent"] as const).map((k) => ({ value: k, label: t(`deals.supplyKind.${k}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            {supplyKind === "achievement" || supplyKind === "patent" ? (
              <Form.Item name="supplyId" label={t("deals.field.supplyId")} rules={[required]}>
                <SearchSelect key={supplyKind} placeholder={t("deals.recordPlaceholder")} queryKey={(q) => dealKeys.records(supplyKind, q)} search={recordChoices(supplyKind)} />
              </Form.Item>
            ) : null}
          </Col>
          <Col span={24}>
            <Form.Item name="demandId" label={t("deals.field.demandId")}>
              <SearchSelect placeholder={t("deals.recordPlaceholder")} queryKey={(q) => dealKeys.records("demand", q)} search={recordChoices("demand")} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
