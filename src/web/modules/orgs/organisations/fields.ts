/** The organisation's fields: their labels (for the form, the detail page and the history) and the form's values. */
import { isWebMessageKey, type Translate } from "../../../platform/i18n.tsx";
import type { Organisation, OrgInput, OrgStatus } from "../types.ts";

export const ORG_FIELDS = [
  "name",
  "shortName",
  "aliases",
  "kind",
  "cityCode",
  "districtCode",
  "isZone",
  "creditCode",
  "parentId",
  "status",
  "address",
  "contactName",
  "contactPhone",
  "website",
  "description",
] as const;

export const ORG_STATUSES: readonly OrgStatus[] = ["active", "pending", "archived"];

export function orgFieldLabel(field: string, t: Translate): string {
  const key = `org.field.${field}`;
  return isWebMessageKey(key) ? t(key) : field;
}

export function orgStatusLabel(status: string, t: Translate): string {
  const key = `org.status.${status}`;
  return isWebMessageKey(key) ? t(key) : status;
}

/** The form holds strings ("" for nothing); the API wants null for an optional field left empty. */
export type OrgFormValues = {
  name: string;
  kind: string;
  cityCode: string;
  shortName?: string;
  aliases?: string[];
  districtCode?: string;
  isZone?: boolean;
  creditCode?: string;
  parentId?: string | null;
  address?: string;
  contactName?: string;
  contactPhone?: string;
  website?: string;
  description?: string;
  status?: OrgStatus;
};

const text = (value: string | undefined | null) => {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
};

export function toOrgInput(v: OrgFormValues): OrgInput {
  return {
    name: v.name.trim(),
    kind: v.kind,
    cityCode: v.cityCode,
    shortName: text(v.shortName),
    aliases: (v.aliases ?? []).map((a) => a.trim()).filter(Boolean),
    districtCode: text(v.districtCode),
    isZone: v.isZone ?? false,
    creditCode: text(v.creditCode),
    parentId: v.parentId ?? null,
    address: text(v.address),
    contactName: text(v.contactName),
    contactPhone: text(v.contactPhone),
    website: text(v.website),
    description: text(v.description),
    ...(v.status ? { status: v.status } : {}),
  };
}

export function toOrgFormValues(o: Organisation): OrgFormValues {
  return {
    name: o.name,
    kind: o.kind,
    cityCode: o.cityCode,
    shortName: o.shortName ?? "",
    aliases: o.aliases,
    districtCode: o.districtCode ?? "",
    isZone: o.isZone,
    creditCode: o.creditCode ?? "",
    parentId: o.parentId,
    address: o.address ?? "",
    contactName: o.contactName ?? "",
    contactPhone: o.contactPhone ?? "",
    website: o.website ?? "",
    description: o.description ?? "",
    status: o.status,
  };
}
